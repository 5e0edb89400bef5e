#include "followuphistorystore.h"

#include "revisionstore.h"
#include "sqlsupport.h"
#include "sqltime.h"
#include "statementcache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

FollowUpHistoryStore::FollowUpHistoryStore(StatementCache& statements)
    : m_statements(statements)
{
}

Status FollowUpHistoryStore::append(
    qint64 meetingId, const QUuid& resolution, const FollowUpEntry& entry)
{
    const Result<QSqlQuery*> insert = m_statements.exec(uR"(
            INSERT INTO follow_up_history (meeting_id, resolution_uid, date, status, note, author,
                                           recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?))"_s,
        {meetingId, SqlSupport::uuid(resolution), SqlSupport::date(entry.date),
            enumKey(entry.status), SqlSupport::text(entry.note), SqlSupport::text(entry.author),
            SqlTime::moment(entry.recordedAt)},
        tr("Could not keep the follow-up of the resolution"));
    if (!insert)
        return insert.error();
    (*insert)->finish();
    return {};
}

Status FollowUpHistoryStore::appendOrMerge(
    qint64 meetingId, const QUuid& resolution, const FollowUpEntry& entry)
{
    const QString doing = tr("Could not keep the follow-up of the resolution");
    const Result<QSqlQuery*> newest = m_statements.exec(uR"(
            SELECT id, author, recorded_at FROM follow_up_history
            WHERE meeting_id = ? AND resolution_uid = ? ORDER BY id DESC LIMIT 1)"_s,
        {meetingId, SqlSupport::uuid(resolution)}, doing);
    if (!newest)
        return newest.error();
    QSqlQuery& row = **newest;
    qint64 mergeInto = 0;
    if (row.next() && row.value(1).toString() == entry.author) {
        const qint64 age = SqlTime::toMoment(row.value(2)).msecsTo(entry.recordedAt);
        if (age >= 0 && age < RevisionStore::coalesceWindowMs)
            mergeInto = row.value(0).toLongLong();
    }
    const bool failed = row.lastError().isValid();
    row.finish();
    if (failed)
        return SqlSupport::errorOf(row, doing);
    if (mergeInto == 0)
        return append(meetingId, resolution, entry);
    const Result<QSqlQuery*> update = m_statements.exec(uR"(
            UPDATE follow_up_history SET date = ?, status = ?, note = ? WHERE id = ?)"_s,
        {SqlSupport::date(entry.date), enumKey(entry.status), SqlSupport::text(entry.note),
            mergeInto},
        doing);
    if (!update)
        return update.error();
    (*update)->finish();
    return {};
}

Result<QHash<QUuid, QList<FollowUpEntry>>> FollowUpHistoryStore::load(qint64 meetingId) const
{
    const QString doing = tr("Could not read the follow-up of the meeting %1").arg(meetingId);
    const Result<QSqlQuery*> query = m_statements.exec(uR"(
            SELECT resolution_uid, date, status, note, author, recorded_at
            FROM follow_up_history WHERE meeting_id = ? ORDER BY id)"_s,
        {meetingId}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    QHash<QUuid, QList<FollowUpEntry>> history;
    while (row.next()) {
        FollowUpEntry entry;
        entry.date = SqlSupport::toDate(row.value(1));
        entry.status
            = enumFromKey<FollowUpStatus>(row.value(2).toString()).value_or(FollowUpStatus::Open);
        entry.note = row.value(3).toString();
        entry.author = row.value(4).toString();
        entry.recordedAt = SqlTime::toMoment(row.value(5));
        history[SqlSupport::toUuid(row.value(0))].append(entry);
    }
    const bool failed = row.lastError().isValid();
    Error error = failed ? SqlSupport::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return error;
    return history;
}

} // namespace Bayon
