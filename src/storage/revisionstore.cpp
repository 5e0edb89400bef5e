#include "revisionstore.h"

#include "interchange/controlcode.h"
#include "interchange/meetingjson.h"
#include "savecontext.h"
#include "sqlsupport.h"
#include "statementcache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

namespace Sql {
const QString Newest = uR"(
    SELECT id, kind, author, first_saved_at
    FROM meeting_revisions WHERE meeting_id = ? ORDER BY revision DESC LIMIT 1)"_s;
const QString Insert = uR"(
    INSERT INTO meeting_revisions (meeting_id, revision, kind, status, author, first_saved_at,
                                   saved_at, autosaves, content_hash, snapshot)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
const QString Coalesce = uR"(
    UPDATE meeting_revisions
    SET revision = ?, status = ?, saved_at = ?, autosaves = autosaves + 1, content_hash = ?,
        snapshot = ?
    WHERE id = ?)"_s;
const QString List = uR"(
    SELECT revision, kind, status, author, first_saved_at, saved_at, autosaves, content_hash,
           length(snapshot)
    FROM meeting_revisions WHERE meeting_id = ? ORDER BY revision DESC)"_s;
const QString Load = uR"(
    SELECT snapshot FROM meeting_revisions WHERE meeting_id = ? AND revision = ?)"_s;
} // namespace Sql

QString timeText(const QDateTime& moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

RevisionStore::RevisionStore(StatementCache& statements, const SaveContext& context)
    : m_statements(statements)
    , m_context(context)
{
}

QByteArray RevisionStore::pack(const Meeting& meeting)
{
    // What a revision keeps is the text and its follow-up as they stood; the
    // attachments and the follow-up history are kept once, in their own tables.
    Meeting kept = meeting;
    kept.attachments.clear();
    for (Resolution& resolution : kept.resolutions)
        resolution.followUpHistory.clear();
    return qCompress(MeetingJson::write(kept, MeetingJson::Layout::Compact), 9);
}

Result<Meeting> RevisionStore::unpack(const QByteArray& stored)
{
    const QByteArray json = qUncompress(stored);
    if (json.isEmpty())
        return Error::failed(tr("A kept revision is damaged: it cannot be uncompressed."));
    Result<Meeting> meeting = MeetingJson::read(json);
    if (!meeting)
        return Error::failed(tr("A kept revision is damaged: %1").arg(meeting.error().message));
    return meeting;
}

Status RevisionStore::record(const Meeting& meeting, RevisionKind kind, const QString& author)
{
    const QString doing = tr("Could not keep revision %1 of the meeting").arg(meeting.revision);
    const QDateTime now = m_context.now();
    const QByteArray snapshot = pack(meeting);
    const QString hash = ControlCode::hash(meeting);

    if (kind == RevisionKind::Autosave) {
        const Result<QSqlQuery*> newest = m_statements.exec(Sql::Newest, {meeting.id}, doing);
        if (!newest)
            return newest.error();
        QSqlQuery& row = **newest;
        qint64 coalesceInto = 0;
        if (row.next() && row.value(1).toString() == enumKey(RevisionKind::Autosave)
            && row.value(2).toString() == author) {
            const QDateTime first = timeOf(row.value(3));
            const qint64 age = first.msecsTo(now);
            if (age >= 0 && age < coalesceWindowMs)
                coalesceInto = row.value(0).toLongLong();
        }
        const bool failed = row.lastError().isValid();
        row.finish();
        if (failed)
            return SqlSupport::errorOf(row, doing);
        if (coalesceInto != 0) {
            const Result<QSqlQuery*> update = m_statements.exec(Sql::Coalesce,
                {meeting.revision, enumKey(meeting.status), timeText(now), hash, snapshot,
                    coalesceInto},
                doing);
            if (!update)
                return update.error();
            (*update)->finish();
            return {};
        }
    }

    const Result<QSqlQuery*> insert = m_statements.exec(Sql::Insert,
        {meeting.id, meeting.revision, enumKey(kind), enumKey(meeting.status),
            SqlSupport::text(author), timeText(now), timeText(now),
            kind == RevisionKind::Autosave ? 1 : 0, hash, snapshot},
        doing);
    if (!insert)
        return insert.error();
    (*insert)->finish();
    return {};
}

Result<QList<RevisionInfo>> RevisionStore::list(qint64 meetingId) const
{
    const QString doing = tr("Could not list the revisions of the meeting %1").arg(meetingId);
    const Result<QSqlQuery*> query = m_statements.exec(Sql::List, {meetingId}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    QList<RevisionInfo> revisions;
    while (row.next()) {
        RevisionInfo info;
        info.revision = row.value(0).toInt();
        info.kind = enumFromKey<RevisionKind>(row.value(1).toString()).value_or(RevisionKind::Save);
        info.status
            = enumFromKey<MeetingStatus>(row.value(2).toString()).value_or(MeetingStatus::Draft);
        info.author = row.value(3).toString();
        info.firstSavedAt = timeOf(row.value(4));
        info.savedAt = timeOf(row.value(5));
        info.autosaves = row.value(6).toInt();
        info.contentHash = row.value(7).toString();
        info.storedBytes = row.value(8).toLongLong();
        revisions.append(info);
    }
    const bool failed = row.lastError().isValid();
    Error error = failed ? SqlSupport::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return error;
    return revisions;
}

Result<Meeting> RevisionStore::load(qint64 meetingId, int revision) const
{
    const QString doing
        = tr("Could not load revision %1 of the meeting %2").arg(revision).arg(meetingId);
    const Result<QSqlQuery*> query = m_statements.exec(Sql::Load, {meetingId, revision}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    if (!row.next()) {
        const bool failed = row.lastError().isValid();
        Error error = failed
            ? SqlSupport::errorOf(row, doing)
            : Error::notFound(
                tr("The meeting %1 has no revision %2 kept.").arg(meetingId).arg(revision));
        row.finish();
        return error;
    }
    const QByteArray stored = row.value(0).toByteArray();
    row.finish();
    Result<Meeting> meeting = unpack(stored);
    if (!meeting)
        return meeting;
    Meeting result = std::move(meeting).value();
    result.id = meetingId;
    result.revision = revision;
    return result;
}

} // namespace Bayon
