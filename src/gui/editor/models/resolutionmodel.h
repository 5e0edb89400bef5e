#pragma once

#include "gui/editor/models/documenttablemodel.h"

namespace Bayon {

// The resolutions of the open meeting, numbered 1., 2., … by their order:
// text, kind, addressee, responsible persons, deadline and follow-up. The
// resolution editor changes the fields; this model lists and reorders them.
class ResolutionModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column {
        TextColumn,
        KindColumn,
        AddresseeColumn,
        ResponsibleColumn,
        DeadlineColumn,
        FollowUpColumn,
        ColumnCount
    };
    enum Roles { UidRole = Qt::UserRole + 1 };

    explicit ResolutionModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    bool move(int from, int to);
    // The text a list shows for a resolution: its sentence or its first sub-point.
    static QString summary(const Resolution& resolution);
    static QString deadlineText(const Deadline& deadline);

protected:
    std::optional<MeetingDocument::ListRef> list() const override;
    int listSize() const override;
    void structureChanged() override;
    void headerChanged() override;
    bool pushMove(int from, int to) override;
};

} // namespace Bayon
