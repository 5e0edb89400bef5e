#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Bayon {

// Who made a review copy, when, of what: the row a review copy carries so that
// a file that travels by USB stick or mail cannot be mistaken for the council's
// own database. `id` is the copy's own random id (remarks name it);
// `sourceDatabaseId` the id of the database it was made from.
struct ReviewCopyIdentity
{
    QUuid id;
    QUuid sourceDatabaseId;
    // The council name(s) of its meetings as printed, several joined by "; ".
    QString council;
    QDate from;
    QDate to;
    QDateTime madeAt; // UTC
    QString madeBy;
    QList<MeetingStatus> statuses;
    int meetingCount = 0;
    // The SHA-256 over the copy's content when it was packed, and whether
    // the content still has it when opened: false for a copy changed after
    // packing (a meeting edited behind Bayon's back).
    QString seal;
    bool sealHolds = true;

    friend bool operator==(const ReviewCopyIdentity&, const ReviewCopyIdentity&) = default;
};

} // namespace Bayon
