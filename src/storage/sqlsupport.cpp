#include "sqlsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>

namespace Bayon::SqlSupport {

namespace {
// SQLITE_BUSY and SQLITE_LOCKED, also with their extended codes in the low byte.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
} // namespace

bool isBusy(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == SqliteBusy || (code & 0xff) == SqliteLocked);
}

// Without a -wal file beside it nobody has the file open for writing, and
// "immutable" lets SQLite read it without creating -wal and -shm files (a
// read-only connection to a WAL database would otherwise leave both behind,
// or fail in a read-only folder).
QString readOnlyUri(const QString& path, bool immutable)
{
    const QFileInfo info(path);
    const bool walExists = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    QString uri = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?mode=ro");
    if (immutable || !walExists || !folderWritable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

Status firstMeetingRow(QSqlQuery& query, qint64 meetingId, const QString& doing)
{
    if (query.next())
        return {};
    Error error = query.lastError().isValid()
        ? errorOf(query, doing)
        : Error::notFound(
            QCoreApplication::translate("SqliteMeetingRepository", "There is no meeting %1.")
                .arg(meetingId));
    query.finish();
    return error;
}

Error errorOf(const QSqlQuery& query, const QString& doing)
{
    const QSqlError error = query.lastError();
    QString reason = error.databaseText();
    if (reason.isEmpty())
        reason = error.text();
    if (isBusy(error))
        return Error::refused(QCoreApplication::translate("Bayon::Database",
            "%1: the database is busy in another window or program (%2). Try again in a moment.")
                                  .arg(doing, reason));
    return Error::failed(doing + QStringLiteral(": ") + reason);
}

Status finish(QSqlQuery* query, const QString& doing)
{
    Status status;
    if (query->lastError().isValid())
        status = errorOf(*query, doing);
    query->finish();
    return status;
}

Status exec(QSqlQuery& query, const QString& doing)
{
    if (!query.exec())
        return errorOf(query, doing);
    return {};
}

Status execDirect(const QSqlDatabase& db, const QString& sql, const QString& doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return errorOf(query, doing);
    return {};
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant date(QDate value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant time(QTime value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODateWithMs)) : QVariant();
}

QTime toTime(const QVariant& value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant uuid(const QUuid& value)
{
    return QVariant(value.toString(QUuid::WithoutBraces));
}

QVariant optionalUuid(const QUuid& value)
{
    return value.isNull() ? QVariant() : uuid(value);
}

QUuid toUuid(const QVariant& value)
{
    return value.isNull() ? QUuid() : QUuid::fromString(value.toString());
}

QVariant id(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

} // namespace Bayon::SqlSupport
