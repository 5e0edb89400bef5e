#include "meetingformsstore.h"

#include "document/protocoltemplatejson.h"
#include "sqlitecouncilrepository.h"
#include "sqlsupport.h"
#include "statementcache.h"

#include <QHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {
const QString UpdateMeetingForms = uR"(
    UPDATE meetings
    SET council_id = ?, protocol_form = ?, end_time = ?, convened_by = ?, basis = ?,
        notification = ?, member_count = ?, template = ?
    WHERE id = ?)"_s;
const QString SelectMeetingForms = uR"(
    SELECT council_id, protocol_form, end_time, convened_by, basis, notification,
           member_count, template
    FROM meetings WHERE id = ?)"_s;
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

Status finishOrError(QSqlQuery* query, const QString& doing)
{
    Status status;
    if (query->lastError().isValid())
        status = SS::errorOf(*query, doing);
    query->finish();
    return status;
}
} // namespace

MeetingFormsStore::MeetingFormsStore(StatementCache& statements)
    : m_statements(statements)
{
}

Status MeetingFormsStore::write(Meeting& stored)
{
    const QString doing = tr("Could not save the form and votes of the meeting");
    // The rows are written while the stored status is a draft or in review
    // (a locked meeting is refused before): the body's template is the one.
    if (stored.councilId != 0) {
        const Result<std::optional<ProtocolTemplate>> current
            = SqliteCouncilRepository::templateOf(m_statements, stored.councilId);
        if (!current)
            return current.error();
        if (!current->has_value())
            return Error::notFound(
                tr("There is no council %1 for the meeting.").arg(stored.councilId));
        stored.protocolTemplate = **current;
    }
    const QVariant templateJson = stored.protocolTemplate == ProtocolTemplate {}
        ? QVariant()
        : QVariant(QString::fromUtf8(ProtocolTemplateJson::write(stored.protocolTemplate)));
    const Result<QSqlQuery*> update = m_statements.exec(UpdateMeetingForms,
        {SS::id(stored.councilId), enumKey(stored.protocolForm), SS::time(stored.endTime),
            SS::text(stored.convenedBy), SS::text(stored.basis), SS::text(stored.notification),
            stored.memberCount, templateJson, stored.id},
        doing);
    if (!update)
        return update.error();
    (*update)->finish();

    bool anyVote = false;
    for (const Resolution& resolution : std::as_const(stored.resolutions))
        anyVote = anyVote || !resolution.vote.isEmpty();
    if (!anyVote)
        return {};
    QHash<QUuid, qint64> ids;
    {
        const Result<QSqlQuery*> query = m_statements.exec(SelectResolutionIds, {stored.id}, doing);
        if (!query)
            return query.error();
        while ((*query)->next())
            ids.insert(SS::toUuid((*query)->value(1)), (*query)->value(0).toLongLong());
        if (const Status read = finishOrError(*query, doing); !read)
            return read;
    }
    for (const Resolution& resolution : std::as_const(stored.resolutions)) {
        const Vote& vote = resolution.vote;
        if (vote.isEmpty())
            continue;
        const qint64 resolutionId = ids.value(resolution.uid);
        const Result<QSqlQuery*> insert = m_statements.exec(InsertVote,
            {resolutionId, enumKey(vote.kind), vote.forCount, vote.againstCount,
                vote.abstainedCount, SS::text(vote.opinions)},
            doing);
        if (!insert)
            return insert.error();
        (*insert)->finish();
        if (vote.kind != VoteKind::RollCall)
            continue;
        for (int seq = 0; seq < vote.rollCall.size(); ++seq) {
            const RollCallEntry& entry = vote.rollCall.at(seq);
            const Result<QSqlQuery*> line = m_statements.exec(InsertRollCall,
                {resolutionId, seq, SS::id(entry.member.directoryId),
                    SS::text(entry.member.fullName), SS::text(entry.member.shortName),
                    SS::text(entry.member.position), SS::text(entry.member.organisation),
                    enumKey(entry.choice), SS::text(entry.opinion)},
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
    QString templateJson;
    {
        const Result<QSqlQuery*> query = m_statements.exec(SelectMeetingForms, {meeting.id}, doing);
        if (!query)
            return query.error();
        QSqlQuery& row = **query;
        if (row.next()) {
            meeting.councilId = row.value(0).toLongLong();
            meeting.protocolForm = enumFromKey<ProtocolForm>(row.value(1).toString())
                                       .value_or(ProtocolForm::Narrative);
            meeting.endTime = SS::toTime(row.value(2));
            meeting.convenedBy = row.value(3).toString();
            meeting.basis = row.value(4).toString();
            meeting.notification = row.value(5).toString();
            meeting.memberCount = row.value(6).toInt();
            templateJson = row.value(7).toString();
        }
        if (const Status read = finishOrError(&row, doing); !read)
            return read;
    }
    if (meeting.councilId != 0 && !meeting.isLocked()) {
        const Result<std::optional<ProtocolTemplate>> current
            = SqliteCouncilRepository::templateOf(m_statements, meeting.councilId);
        if (!current)
            return current.error();
        if (current->has_value()) {
            templateJson.clear();
            meeting.protocolTemplate = **current;
        }
    }
    if (!templateJson.isEmpty()) {
        const Result<ProtocolTemplate> stored
            = ProtocolTemplateJson::fromJson(templateJson.toUtf8());
        if (!stored)
            return Error::failed(doing + u": "_s + stored.error().message);
        meeting.protocolTemplate = *stored;
    }

    QHash<QUuid, Resolution*> byUid;
    for (Resolution& resolution : meeting.resolutions)
        byUid.insert(resolution.uid, &resolution);
    {
        const Result<QSqlQuery*> query = m_statements.exec(SelectVotes, {meeting.id}, doing);
        if (!query)
            return query.error();
        while ((*query)->next()) {
            const QSqlQuery& row = **query;
            Resolution* resolution = byUid.value(SS::toUuid(row.value(0)));
            if (!resolution)
                continue;
            Vote& vote = resolution->vote;
            vote.kind = enumFromKey<VoteKind>(row.value(1).toString()).value_or(VoteKind::None);
            vote.forCount = row.value(2).toInt();
            vote.againstCount = row.value(3).toInt();
            vote.abstainedCount = row.value(4).toInt();
            vote.opinions = row.value(5).toString();
        }
        if (const Status read = finishOrError(*query, doing); !read)
            return read;
    }
    const Result<QSqlQuery*> query = m_statements.exec(SelectRollCalls, {meeting.id}, doing);
    if (!query)
        return query.error();
    while ((*query)->next()) {
        const QSqlQuery& row = **query;
        Resolution* resolution = byUid.value(SS::toUuid(row.value(0)));
        if (!resolution)
            continue;
        RollCallEntry entry;
        entry.member = Person {row.value(1).toLongLong(), row.value(2).toString(),
            row.value(3).toString(), row.value(4).toString(), row.value(5).toString()};
        entry.choice = enumFromKey<VoteChoice>(row.value(6).toString()).value_or(VoteChoice::For);
        entry.opinion = row.value(7).toString();
        resolution->vote.rollCall.append(entry);
    }
    return finishOrError(*query, doing);
}

} // namespace Bayon
