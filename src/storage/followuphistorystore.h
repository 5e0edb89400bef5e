#pragma once

#include "domain/followupentry.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

namespace Bayon {

class StatementCache;

// The dated follow-up of resolutions (follow_up_history), keyed by the
// resolution's uid, since a save replaces the resolution rows. Writable on
// signed meetings too. Runs inside the caller's transaction.
class FollowUpHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpHistoryStore)

public:
    explicit FollowUpHistoryStore(StatementCache& statements);

    Status append(qint64 meetingId, const QUuid& resolution, const FollowUpEntry& entry);
    // Replaces the newest entry of the resolution instead of adding one when it
    // is by the same author and was written less than ten minutes before: a
    // note typed in several autosaves is one step.
    Status appendOrMerge(qint64 meetingId, const QUuid& resolution, const FollowUpEntry& entry);
    // Every entry of the meeting, oldest first, by resolution.
    Result<QHash<QUuid, QList<FollowUpEntry>>> load(qint64 meetingId) const;

private:
    StatementCache& m_statements;
};

} // namespace Bayon
