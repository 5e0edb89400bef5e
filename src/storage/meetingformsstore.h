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

// What the protocol forms add to a stored meeting: its body, form,
// opening, members' count, the template it is printed with, and the votes of
// its resolutions and agenda items, the attached documents, and (read only)
// the body's emblem. Runs inside the meeting repository's transaction, after
// the meeting's own rows are written or read.
//
// The template: a meeting of a body that is a draft or in review always takes
// the body's current template (on save and on load), so a template edit
// changes drafts at once; a final or signed meeting keeps the one stored when
// it was last saved as a draft, i.e. the one it was finalised with.
class MeetingFormsStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingFormsStore)

public:
    explicit MeetingFormsStore(StatementCache& statements);

    // Writes the columns and votes of stored (whose resolutions are already
    // written); for a draft of a body, first sets stored.protocolTemplate to
    // the body's current one, so what is hashed and returned is what is kept.
    Status write(Meeting& stored);
    // Reads them into meeting, whose resolutions are already read.
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
