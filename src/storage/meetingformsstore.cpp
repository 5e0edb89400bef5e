#include "meetingformsstore.h"

#include "sqlsupport.h"
#include "statementcache.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {
const QString SelectResolutionIds = uR"(
    SELECT id, uid FROM resolutions WHERE meeting_id = ?)"_s;
const QString InsertVote = uR"(
    INSERT INTO resolution_votes (resolution_id, kind, for_count, against_count,
                                  abstained_count, opinions)
    VALUES (?, ?, ?, ?, ?, ?))"_s;
const QString InsertRollCall = uR"(
    INSERT INTO roll_call_votes (resolution_id, seq, directory_id, full_name, short_name,
                                 position, organisation, choice, opinion)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
const QString SelectVotes = uR"(
    SELECT r.uid, v.kind, v.for_count, v.against_count, v.abstained_count, v.opinions
    FROM resolution_votes v JOIN resolutions r ON r.id = v.resolution_id
    WHERE r.meeting_id = ?)"_s;
const QString SelectRollCalls = uR"(
    SELECT r.uid, c.directory_id, c.full_name, c.short_name, c.position, c.organisation,
           c.choice, c.opinion
    FROM roll_call_votes c JOIN resolutions r ON r.id = c.resolution_id
    WHERE r.meeting_id = ? ORDER BY r.seq, c.seq)"_s;

// The same for agenda items (schema 6).
const QString SelectAgendaItemIds = uR"(
    SELECT id, uid FROM agenda_items WHERE meeting_id = ?)"_s;
const QString InsertItemVote = uR"(
    INSERT INTO agenda_item_votes (agenda_item_id, kind, for_count, against_count,
                                   abstained_count, opinions)
    VALUES (?, ?, ?, ?, ?, ?))"_s;
const QString InsertItemRollCall = uR"(
    INSERT INTO agenda_item_roll_calls (agenda_item_id, seq, directory_id, full_name, short_name,
                                        position, organisation, choice, opinion)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
const QString SelectItemVotes = uR"(
    SELECT a.uid, v.kind, v.for_count, v.against_count, v.abstained_count, v.opinions
    FROM agenda_item_votes v JOIN agenda_items a ON a.id = v.agenda_item_id
    WHERE a.meeting_id = ?)"_s;
const QString SelectItemRollCalls = uR"(
    SELECT a.uid, c.directory_id, c.full_name, c.short_name, c.position, c.organisation,
           c.choice, c.opinion
    FROM agenda_item_roll_calls c JOIN agenda_items a ON a.id = c.agenda_item_id
    WHERE a.meeting_id = ? ORDER BY a.seq, c.seq)"_s;
const QString DeleteAppendices = uR"(
    DELETE FROM meeting_appendices WHERE meeting_id = ?)"_s;
const QString InsertAppendix = uR"(
    INSERT INTO meeting_appendices (meeting_id, seq, uid, title, body) VALUES (?, ?, ?, ?, ?))"_s;
const QString SelectAppendices = uR"(
    SELECT uid, title, body FROM meeting_appendices WHERE meeting_id = ? ORDER BY seq)"_s;
const QString SelectEmblem = uR"(
    SELECT emblem FROM councils WHERE id = ?)"_s;
} // namespace

MeetingFormsStore::MeetingFormsStore(StatementCache& statements)
    : m_statements(statements)
{
}

Status MeetingFormsStore::write(const Meeting& stored)
{
    const QString doing = tr("Could not save the form and votes of the meeting");
    if (const Status appendices = writeAppendices(stored, doing); !appendices)
        return appendices;
    QList<std::pair<QUuid, const Vote*>> votes;
    for (const Resolution& resolution : std::as_const(stored.resolutions))
        votes.append({resolution.uid, &resolution.vote});
    if (const Status written
        = writeVotes(stored.id, votes, {SelectResolutionIds, InsertVote, InsertRollCall}, doing);
        !written)
        return written;
    votes.clear();
    for (const AgendaItem& item : std::as_const(stored.agenda))
        votes.append({item.uid, &item.vote});
    return writeVotes(
        stored.id, votes, {SelectAgendaItemIds, InsertItemVote, InsertItemRollCall}, doing);
}

Status MeetingFormsStore::writeAppendices(const Meeting& stored, const QString& doing)
{
    // They do not go with the agenda's rows: replaced here on every save.
    const Result<QSqlQuery*> removed = m_statements.exec(DeleteAppendices, {stored.id}, doing);
    if (!removed)
        return removed.error();
    (*removed)->finish();
    for (int seq = 0; seq < stored.appendices.size(); ++seq) {
        const Appendix& appendix = stored.appendices.at(seq);
        const Result<QSqlQuery*> insert = m_statements.exec(InsertAppendix,
            {stored.id, seq, SS::uuid(appendix.uid), SS::text(appendix.title),
                SS::text(appendix.body)},
            doing);
        if (!insert)
            return insert.error();
        (*insert)->finish();
    }
    return {};
}

Status MeetingFormsStore::writeVotes(qint64 meetingId,
    const QList<std::pair<QUuid, const Vote*>>& votes, const VoteStatements& sql,
    const QString& doing)
{
    bool anyVote = false;
    for (const auto& [uid, vote] : votes)
        anyVote = anyVote || !vote->isEmpty();
    if (!anyVote)
        return {};
    QHash<QUuid, qint64> ids;
    {
        const Result<QSqlQuery*> query = m_statements.exec(sql.selectIds, {meetingId}, doing);
        if (!query)
            return query.error();
        while ((*query)->next())
            ids.insert(SS::toUuid((*query)->value(1)), (*query)->value(0).toLongLong());
        if (const Status read = SS::finish(*query, doing); !read)
            return read;
    }
    for (const auto& [uid, votePointer] : votes) {
        const Vote& vote = *votePointer;
        if (vote.isEmpty())
            continue;
        const qint64 ownerId = ids.value(uid);
        const Result<QSqlQuery*> insert = m_statements.exec(sql.insertVote,
            {ownerId, enumKey(vote.kind), vote.forCount, vote.againstCount, vote.abstainedCount,
                SS::text(vote.opinions)},
            doing);
        if (!insert)
            return insert.error();
        (*insert)->finish();
        if (vote.kind != VoteKind::RollCall)
            continue;
        for (int seq = 0; seq < vote.rollCall.size(); ++seq) {
            const RollCallEntry& entry = vote.rollCall.at(seq);
            const Result<QSqlQuery*> line = m_statements.exec(sql.insertRollCall,
                {ownerId, seq, SS::id(entry.member.directoryId), SS::text(entry.member.fullName),
                    SS::text(entry.member.shortName), SS::text(entry.member.position),
                    SS::text(entry.member.organisation), enumKey(entry.choice),
                    SS::text(entry.opinion)},
                doing);
            if (!line)
                return line.error();
            (*line)->finish();
        }
    }
    return {};
}

Status MeetingFormsStore::read(Meeting& meeting) const
{
    const QString doing = tr("Could not load the form and votes of the meeting %1").arg(meeting.id);
    if (meeting.councilId != 0) {
        // The body's emblem, printed at the top of the first page.
        const Result<QSqlQuery*> query
            = m_statements.exec(SelectEmblem, {meeting.councilId}, doing);
        if (!query)
            return query.error();
        if ((*query)->next())
            meeting.emblem = (*query)->value(0).toByteArray();
        if (const Status read = SS::finish(*query, doing); !read)
            return read;
    }
    {
        const Result<QSqlQuery*> query = m_statements.exec(SelectAppendices, {meeting.id}, doing);
        if (!query)
            return query.error();
        while ((*query)->next()) {
            Appendix appendix;
            appendix.uid = SS::toUuid((*query)->value(0));
            appendix.title = (*query)->value(1).toString();
            appendix.body = (*query)->value(2).toString();
            meeting.appendices.append(appendix);
        }
        if (const Status read = SS::finish(*query, doing); !read)
            return read;
    }
    QHash<QUuid, Vote*> byUid;
    for (Resolution& resolution : meeting.resolutions)
        byUid.insert(resolution.uid, &resolution.vote);
    if (const Status read = readVotes(meeting.id, byUid, SelectVotes, SelectRollCalls, doing);
        !read)
        return read;
    byUid.clear();
    for (AgendaItem& item : meeting.agenda)
        byUid.insert(item.uid, &item.vote);
    return readVotes(meeting.id, byUid, SelectItemVotes, SelectItemRollCalls, doing);
}

Status MeetingFormsStore::readVotes(qint64 meetingId, const QHash<QUuid, Vote*>& byUid,
    const QString& selectVotes, const QString& selectRollCalls, const QString& doing) const
{
    {
        const Result<QSqlQuery*> query = m_statements.exec(selectVotes, {meetingId}, doing);
        if (!query)
            return query.error();
        while ((*query)->next()) {
            const QSqlQuery& row = **query;
            Vote* found = byUid.value(SS::toUuid(row.value(0)));
            if (!found)
                continue;
            Vote& vote = *found;
            vote.kind = enumFromKey<VoteKind>(row.value(1).toString()).value_or(VoteKind::None);
            vote.forCount = row.value(2).toInt();
            vote.againstCount = row.value(3).toInt();
            vote.abstainedCount = row.value(4).toInt();
            vote.opinions = row.value(5).toString();
        }
        if (const Status read = SS::finish(*query, doing); !read)
            return read;
    }
    const Result<QSqlQuery*> query = m_statements.exec(selectRollCalls, {meetingId}, doing);
    if (!query)
        return query.error();
    while ((*query)->next()) {
        const QSqlQuery& row = **query;
        Vote* vote = byUid.value(SS::toUuid(row.value(0)));
        if (!vote)
            continue;
        RollCallEntry entry;
        entry.member = Person {row.value(1).toLongLong(), row.value(2).toString(),
            row.value(3).toString(), row.value(4).toString(), row.value(5).toString()};
        entry.choice = enumFromKey<VoteChoice>(row.value(6).toString()).value_or(VoteChoice::For);
        entry.opinion = row.value(7).toString();
        vote->rollCall.append(entry);
    }
    return SS::finish(*query, doing);
}

} // namespace Bayon
