#include "auditlog.h"

#include "sqlsupport.h"
#include "sqltime.h"
#include "statementcache.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
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

// The columns a line's hash covers, in this order; meeting_id and revision
// are numbers, the rest text or NULL.
const QString ChainColumns = u"meeting_id, at, user_name, action, from_status, to_status, "
                             "revision, note, control_hash, content_hash"_s;

// SHA-256 over the hash of the line before and the line's values as a
// compact JSON array (texts as they are stored, NULL as null).
QString lineHash(const QString& previous, const QVariantList& values)
{
    QJsonArray line {u"bayon-audit-1"_s, previous};
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.isNull())
            line.append(QJsonValue::Null);
        else if (i == 0 || i == 6)
            line.append(QString::number(value.toLongLong()));
        else
            line.append(value.toString());
    }
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(line).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace

AuditLog::AuditLog(StatementCache& statements)
    : m_statements(statements)
{
}

Status AuditLog::append(qint64 meetingId, const AuditEntry& entry, const QString& contentHash)
{
    const QString doing = tr("Could not write the audit log of the meeting %1").arg(meetingId);
    const Result<QSqlQuery*> last = m_statements.exec(
        u"SELECT chain_hash FROM audit_log WHERE meeting_id = ? ORDER BY id DESC LIMIT 1"_s,
        {meetingId}, doing);
    if (!last)
        return last.error();
    const QString previous = (*last)->next() ? (*last)->value(0).toString() : QString();
    (*last)->finish();
    const QVariantList values {meetingId, SqlTime::moment(entry.at), SqlSupport::text(entry.user),
        enumKey(entry.action), statusValue(entry.from), statusValue(entry.to), entry.revision,
        SqlSupport::text(entry.note),
        entry.controlHash.isEmpty() ? QVariant() : QVariant(entry.controlHash),
        contentHash.isEmpty() ? QVariant() : QVariant(contentHash)};
    const QString chain = lineHash(previous, values);
    const Result<QSqlQuery*> insert = m_statements.exec(u"INSERT INTO audit_log ("_s + ChainColumns
            + u", chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {values.at(0), values.at(1), values.at(2), values.at(3), values.at(4), values.at(5),
            values.at(6), values.at(7), values.at(8), values.at(9), chain},
        doing);
    if (!insert)
        return insert.error();
    (*insert)->finish();
    return {};
}

Status AuditLog::checkChain(
    qint64 meetingId, MeetingStatus status, const QString& contentHash, ControlCheck& check) const
{
    const QString doing = tr("Could not read the audit log of the meeting %1").arg(meetingId);
    const Result<QSqlQuery*> query = m_statements.exec(u"SELECT "_s + ChainColumns
            + u", chain_hash FROM audit_log WHERE meeting_id = ? ORDER BY id"_s,
        {meetingId}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    const auto breakAt = [&check](int line, const QString& what, const QString& problem) {
        check.brokenLine = line;
        check.chainProblem = tr("line %1 of its audit log (%2) does not fit: %3")
                                 .arg(QString::number(line), what, problem);
    };
    QString previous;
    int line = 0;
    int lastLine = 0;
    QString lastWhat;
    QString lastContent;
    QString lastTo;
    while (row.next() && check.brokenLine == 0) {
        ++line;
        QVariantList values;
        for (int i = 0; i < 10; ++i)
            values.append(row.value(i));
        QString what = values.at(1).toString() + u' ' + values.at(3).toString();
        if (!values.at(4).isNull())
            what += u' ' + values.at(4).toString();
        if (!values.at(5).isNull())
            what += u" → "_s + values.at(5).toString();
        const QVariant stored = row.value(10);
        if (stored.isNull()) {
            if (lastLine > 0)
                breakAt(line, what, tr("it carries no chain hash, though the lines before it do"));
            continue;
        }
        if (lineHash(previous, values) != stored.toString()) {
            breakAt(line, what, tr("it is not the line that was written after the one before it"));
            continue;
        }
        previous = stored.toString();
        lastLine = line;
        lastWhat = what;
        lastContent = values.at(9).toString();
        if (!values.at(5).isNull())
            lastTo = values.at(5).toString();
    }
    const bool failed = row.lastError().isValid();
    Error error = failed ? SqlSupport::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return error;
    if (check.brokenLine != 0 || lastLine == 0)
        return {};
    if (!lastTo.isEmpty() && lastTo != enumKey(status)) {
        breakAt(lastLine, lastWhat,
            tr("the meeting is %1 without a line that says so").arg(enumKey(status)));
    } else if ((status == MeetingStatus::Final || status == MeetingStatus::Signed)
        && lastContent != contentHash) {
        breakAt(lastLine, lastWhat,
            tr("the meeting's protocol is no longer the one this line recorded"));
    }
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
