#pragma once

#include "domain/council.h"

#include <QAbstractTableModel>
#include <optional>

namespace Bayon {

// The members of a body as the Council settings dialog edits them: one row a
// member with name, printed short name, position, organisation, role in the
// body and term (from, to). A term that ends before it begins is marked in
// the cell's colour and tooltip. The rows are a copy; the dialog saves them.
class CouncilMemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ShortNameColumn,
        PositionColumn,
        RoleColumn,
        FromColumn,
        ToColumn,
        OrganisationColumn,
        ColumnCount
    };

    explicit CouncilMemberModel(QObject* parent = nullptr);

    void setMembers(QList<CouncilMember> members);
    const QList<CouncilMember>& members() const { return m_members; }
    void insertMember(int row, const CouncilMember& member);
    void removeMember(int row);

    // "dd.MM.yyyy", also "yyyy-MM-dd"; an empty text is an open term (a null date).
    static std::optional<QDate> parseDate(const QString& text);
    // The message of a row's problem (the term's end before its start), or empty.
    static QString problemOf(const CouncilMember& member);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CouncilMember> m_members;
};

} // namespace Bayon
