#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>
#include <utility>

namespace Bayon {

class StatementCache;

// What the protocol forms add to a stored meeting in tables of their own: the
// votes of its resolutions and agenda items, the attached documents, and (read
// only) the body's emblem. Runs inside the meeting repository's transaction,
// after the meeting's own rows are written or read; the columns of the
// meeting's row (its body, form, opening, members' count, template) are
// MeetingRowStore's.
class MeetingFormsStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingFormsStore)

public:
    explicit MeetingFormsStore(StatementCache& statements);

    // Writes the appendices and votes of stored (whose resolutions are already
    // written).
    Status write(const Meeting& stored);
    // Reads them into meeting, whose row, agenda and resolutions are already read.
    Status read(Meeting& meeting) const;

private:
    // The statements of one kind of vote: a resolution's or an agenda item's.
    struct VoteStatements
    {
        QString selectIds; // id, uid of the owners in a meeting
        QString insertVote;
        QString insertRollCall;
    };
    Status writeAppendices(const Meeting& stored, const QString& doing);
    Status writeVotes(qint64 meetingId, const QList<std::pair<QUuid, const Vote*>>& votes,
        const VoteStatements& sql, const QString& doing);
    Status readVotes(qint64 meetingId, const QHash<QUuid, Vote*>& byUid, const QString& selectVotes,
        const QString& selectRollCalls, const QString& doing) const;

    StatementCache& m_statements;
};

} // namespace Bayon
