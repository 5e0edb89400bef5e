#pragma once

#include "domain/meeting.h"
#include "domain/result.h"
#include "domain/revisioninfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Bayon {

class StatementCache;
struct SaveContext;

// The kept states of meetings (meeting_revisions): each the interchange JSON
// of the meeting as stored, compressed, with its time, author and the hash of
// its content. An autosave by the author of the newest revision, while that
// one is an autosave begun less than ten minutes before, replaces it instead
// of adding one, so a day of typing keeps a revision per ten minutes, not one
// per pause. Runs inside the caller's transaction.
class RevisionStore
{
    Q_DECLARE_TR_FUNCTIONS(RevisionStore)

public:
    static constexpr qint64 coalesceWindowMs = 10 * 60 * 1000;

    RevisionStore(StatementCache& statements, const SaveContext& context);

    // Keeps `meeting` (as stored: its id and new revision) as a revision.
    Status record(const Meeting& meeting, RevisionKind kind, const QString& author);
    // Newest first.
    Result<QList<RevisionInfo>> list(qint64 meetingId) const;
    // The meeting as it was at `revision`: id and revision set, attachments and
    // the follow-up history not included (they are not kept per revision).
    Result<Meeting> load(qint64 meetingId, int revision) const;

    // The stored form of a meeting, and back.
    static QByteArray pack(const Meeting& meeting);
    static Result<Meeting> unpack(const QByteArray& stored);

private:
    StatementCache& m_statements;
    const SaveContext& m_context;
};

} // namespace Bayon
