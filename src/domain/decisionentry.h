#pragma once

#include "deadline.h"
#include "enums.h"
#include "followupentry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Bayon {

// One line of the decisions register: a resolution of some meeting with its
// follow-up. `due` is the day it is due: the deadline's date, or for "by the
// next meeting" the date of the council's next meeting once there is one.
struct DecisionEntry
{
    qint64 meetingId = 0;
    int meetingNumber = 0;
    QDate meetingDate;
    QString councilName;
    MeetingStatus meetingStatus = MeetingStatus::Draft;

    int resolutionNumber = 0; // as printed, from 1
    QUuid resolutionUid;
    QString text;
    QStringList subPoints;
    ResolutionKind kind = ResolutionKind::TakeNote;
    QString addressee;
    QStringList responsible;
    Deadline deadline;
    QDate due;
    FollowUpStatus followUpStatus = FollowUpStatus::Open;
    QString statusNote;
    QList<FollowUpEntry> history;

    // Still to be done: open or in progress.
    bool isPending() const
    {
        return followUpStatus == FollowUpStatus::Open
            || followUpStatus == FollowUpStatus::InProgress;
    }
    // Pending and past its due day.
    bool isOverdue(QDate today) const { return isPending() && due.isValid() && due < today; }
    // Days past the due day; 0 unless overdue.
    qint64 daysOverdue(QDate today) const { return isOverdue(today) ? due.daysTo(today) : 0; }
    // The text the register shows in one line: the resolution's sentence, or
    // its first sub-point when it has none, up to the first line break.
    QString firstLine() const;
    // Everything it says: the sentence and each sub-point on a line of its own.
    QString fullText() const;

    friend bool operator==(const DecisionEntry&, const DecisionEntry&) = default;
};

} // namespace Bayon
