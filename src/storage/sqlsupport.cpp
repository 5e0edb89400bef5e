#include "sqlsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStorageInfo>
#include <QUrl>

namespace Bayon::SqlSupport {

namespace {
// SQLite result codes (BUSY, LOCKED, CORRUPT, NOTADB); an extended code keeps one in its low byte.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;
} // namespace

bool isBusy(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == SqliteBusy || (code & 0xff) == SqliteLocked);
}

namespace {
constexpr QFileDevice::Permissions AnyWrite
    = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;

// Writable by this user, and meant to be written: a folder made read-only
// with chmod counts as read-only even for root, who could write it anyway.
bool writable(const QFileInfo& info)
{
    return info.isWritable() && (info.permissions() & AnyWrite);
}
} // namespace

bool isCorrupt(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == SqliteCorrupt || (code & 0xff) == SqliteNotADatabase);
}

// "immutable" tells SQLite that the file cannot change while it is open: it
// takes no lock and reads no -wal. That is true only where nobody can write;
// anywhere else a writer that starts meanwhile would tear the reader's view,
// which SQLite then reports as a malformed database.
ReadAccess readAccess(const QString& path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (writable(folder) && writable(file))
        return ReadAccess::Shared;
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return ReadAccess::ReadOnly;
    const bool nobodyCanWrite = QStorageInfo(folder.absoluteFilePath()).isReadOnly()
        || !(folder.permissions() & AnyWrite) || !(file.permissions() & AnyWrite);
    return nobodyCanWrite ? ReadAccess::Immutable : ReadAccess::ReadOnly;
}

QString readOnlyUri(const QString& path, bool immutable)
{
    QString uri
        = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?mode=ro");
    if (immutable || readAccess(path) == ReadAccess::Immutable)
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
