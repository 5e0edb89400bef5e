#pragma once

#include "auditentry.h"
#include "revisioninfo.h"

#include <QList>

namespace Bayon {

// What a History dialog and `bayon-cli history` show: the kept revisions and
// the audit log of one meeting, newest first.
struct MeetingHistory
{
    QList<RevisionInfo> revisions;
    QList<AuditEntry> audit;

    friend bool operator==(const MeetingHistory&, const MeetingHistory&) = default;
};

} // namespace Bayon
