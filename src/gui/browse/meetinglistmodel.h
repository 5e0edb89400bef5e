#pragma once

#include "domain/meeting.h"

#include <QAbstractItemModel>

namespace Bayon {

// The meetings of the open database for the list on the left: grouped by
// year, newest first, each with its number, date, title and status.
class MeetingListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, NumberColumn, DateColumn, StatusColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, YearRole };

    explicit MeetingListModel(QObject* parent = nullptr);

    // Summaries in the repository's order (newest first).
    void setMeetings(const QList<MeetingSummary>& meetings);
    // After a save: updates the line in place, or regroups when the date moved it.
    void updateMeeting(const MeetingSummary& summary);
    QModelIndex indexOf(qint64 id) const;
    int meetingCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static MeetingSummary summaryOf(const Meeting& meeting);

private:
    struct Year
    {
        int year = 0; // 0: meetings without a date
        QList<MeetingSummary> meetings;
    };
    QList<MeetingSummary> all() const;

    QList<Year> m_years;
};

} // namespace Bayon
