#pragma once

#include "domain/importedremark.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace Bayon {

// The remarks on one meeting as a table: the part each is about (where that
// part stands now, marked when it has moved, changed or gone since it was
// reviewed), the reviewer, the revision read, the secretary's state and the
// text. Serves both the member's own remarks in a review copy and the
// remarks imported into the secretary's database.
class RemarkListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PartColumn,
        ReviewerColumn,
        RevisionColumn,
        StateColumn,
        TextColumn,
        ColumnCount
    };
    enum Role {
        UidRole = Qt::UserRole + 1,
        // The part's name as it is now ("report 2.1"), for the editor to show.
        PartRole,
        PlacementRole,
    };

    explicit RemarkListModel(QObject* parent = nullptr);

    void setRemarks(const QList<ImportedRemark>& remarks);
    // The number each appendix of the meeting prints under (AppendixNumbers::of),
    // so that a remark names an appendix as the protocol does; empty: by its place.
    void setAppendixNumbers(const QList<int>& numbers);
    const QList<ImportedRemark>& remarks() const { return m_remarks; }
    const ImportedRemark& remark(int row) const { return m_remarks.at(row); }
    int rowOf(const QUuid& uid) const;
    // The part shown in the editor ("report 2.1"): the remarks on it, and on
    // what it holds (its KPI rows), are shown in bold.
    void setCurrentPart(const QString& part);
    bool concernsCurrentPart(int row) const;

    // "Agenda item II", "Report II.1", "KPI row II.1.3", "Resolution 3", "Appendix 2",
    // "The meeting". An appendix is named by its printed number when
    // appendixNumbers (one per appendix, AppendixNumbers::of) gives one.
    static QString partTitle(const RemarkPart& part, const QList<int>& appendixNumbers = {});
    // The part as now, with what happened to it since it was reviewed. The
    // printed numbers are the meeting's now: the part as reviewed ("was …")
    // keeps the place it had then.
    static QString placementText(
        const ImportedRemark& remark, const QList<int>& appendixNumbers = {});
    static QString stateName(RemarkState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportedRemark> m_remarks;
    QList<int> m_appendixNumbers;
    std::optional<RemarkPart> m_currentPart;
};

} // namespace Bayon
