#include "auditlog.h"

#include "sqlsupport.h"
#include "sqltime.h"
#include "statementcache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

QVariant statusValue(const std::optional<MeetingStatus>& status)
{
    return status ? QVariant(enumKey(*status)) : QVariant();
}

std::optional<MeetingStatus> statusOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : enumFromKey<MeetingStatus>(value.toString());
}

} // namespace

AuditLog::AuditLog(StatementCache& statements)
    : m_statements(statements)
{
}

Status AuditLog::append(qint64 meetingId, const AuditEntry& entry)
{
    const Result<QSqlQuery*> insert = m_statements.exec(uR"(
            INSERT INTO audit_log (meeting_id, at, user_name, action, from_status, to_status,
                                   revision, note, control_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"_s,
        {meetingId, SqlTime::moment(entry.at), SqlSupport::text(entry.user), enumKey(entry.action),
            statusValue(entry.from), statusValue(entry.to), entry.revision,
            SqlSupport::text(entry.note),
            entry.controlHash.isEmpty() ? QVariant() : QVariant(entry.controlHash)},
        tr("Could not write the audit log of the meeting %1").arg(meetingId));
    if (!insert)
        return insert.error();
    (*insert)->finish();
    return {};
}

Result<QList<AuditEntry>> AuditLog::list(qint64 meetingId) const
{
    const QString doing = tr("Could not read the audit log of the meeting %1").arg(meetingId);
    const Result<QSqlQuery*> query = m_statements.exec(uR"(
            SELECT at, user_name, action, from_status, to_status, revision, note, control_hash
            FROM audit_log WHERE meeting_id = ? ORDER BY id DESC)"_s,
        {meetingId}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    QList<AuditEntry> entries;
    while (row.next()) {
        AuditEntry entry;
        entry.at = SqlTime::toMoment(row.value(0));
        entry.user = row.value(1).toString();
        entry.action
            = enumFromKey<AuditAction>(row.value(2).toString()).value_or(AuditAction::Transition);
        entry.from = statusOf(row.value(3));
        entry.to = statusOf(row.value(4));
        entry.revision = row.value(5).toInt();
        entry.note = row.value(6).toString();
        entry.controlHash = row.value(7).toString();
        entries.append(entry);
    }
    const bool failed = row.lastError().isValid();
    Error error = failed ? SqlSupport::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return error;
    return entries;
}

} // namespace Bayon
