#pragma once

#include "domain/decisionentry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Bayon {

// The lines of the decisions register as a table: meeting number and date,
// resolution number, first line of its text (the whole text in the tooltip),
// kind, addressee, responsible persons, deadline, follow-up status and note,
// days overdue. An overdue line is tinted and says so in words and with an
// icon, for those who do not see the colour. SortRole gives each column's
// value as what it is (a date, a number, a text), for the register's proxy.
class DecisionRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MeetingColumn,
        DateColumn,
        ResolutionColumn,
        TextColumn,
        KindColumn,
        AddresseeColumn,
        ResponsibleColumn,
        DueColumn,
        FollowUpColumn,
        NoteColumn,
        OverdueColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, OverdueRole, MeetingIdRole, PartRole };

    explicit DecisionRegisterModel(QObject* parent = nullptr);

    // `today` is the day "overdue" is judged on.
    void setEntries(const QList<DecisionEntry>& entries, QDate today);
    const QList<DecisionEntry>& entries() const { return m_entries; }
    const DecisionEntry& entry(int row) const { return m_entries.at(row); }
    QDate today() const { return m_today; }
    // The row of a resolution, -1 when it is not listed.
    int rowOf(qint64 meetingId, const QUuid& resolutionUid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString dateText(QDate date);
    // The deadline as the register shows it; "by the next meeting" with the
    // date it resolved to once that meeting exists.
    static QString deadlineText(const DecisionEntry& entry);
    // The follow-up status, with "overdue" when it is.
    static QString statusText(const DecisionEntry& entry, QDate today);

private:
    QVariant display(const DecisionEntry& entry, int column) const;
    QVariant sortValue(const DecisionEntry& entry, int column) const;

    QList<DecisionEntry> m_entries;
    QDate m_today;
};

} // namespace Bayon
