#pragma once

#include "enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Bayon {

// What goes into a review copy: the meetings chosen by id (empty: every
// meeting that matches), the period of their dates (an invalid date leaves
// that end open) and their statuses, and the name to keep as its maker
// (empty: the database's user).
struct ReviewCopyRequest
{
    QList<qint64> meetingIds;
    QDate from;
    QDate to;
    QList<MeetingStatus> statuses {
        MeetingStatus::Review, MeetingStatus::Final, MeetingStatus::Signed};
    QString madeBy;
};

} // namespace Bayon
