#pragma once

#include "domain/enums.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTime>
#include <QUuid>
#include <QVariant>

// Small helpers shared by the SQLite classes: turning Qt SQL errors into
// Bayon errors, and domain values into the column values of the schema.
namespace Bayon::SqlSupport {

// How long every connection waits for another program that holds the file
// before it says the database is in use.
constexpr int BusyTimeoutMs = 5000;

// Runs a prepared query; on failure an Error whose message starts with what
// was being done ("Could not save the meeting") and ends with SQLite's reason.
Status exec(QSqlQuery& query, const QString& doing);
// Runs one statement that takes no values (PRAGMA, BEGIN, …).
Status execDirect(const QSqlDatabase& db, const QString& sql, const QString& doing);
// The error after a failed exec() or next().
Error errorOf(const QSqlQuery& query, const QString& doing);
// Finishes a query whose rows were read (so that its statement can run
// again); the Error of a next() that failed rather than ran out of rows.
Status finish(QSqlQuery* query, const QString& doing);
// Steps to the first row of a query that selects one meeting. When there is
// none, the query is finished and the Error says why: SQLite's failure, or
// NotFound for a meeting that does not exist.
Status firstMeetingRow(QSqlQuery& query, qint64 meetingId, const QString& doing);
// Whether SQLite said the database is locked by another connection.
bool isBusy(const QSqlError& error);
// Whether SQLite said the file is malformed or not a database.
bool isCorrupt(const QSqlError& error);
// How a connection that only reads opens a database file that is not a
// review copy. Another program may start writing it at any moment, so it is
// opened immutable (read with no lock at all) only when nobody can.
enum class ReadAccess {
    // The folder and the file can be written: an ordinary connection made
    // read-only with PRAGMA query_only, so that SQLite makes and removes the
    // -wal and -shm files as for any other connection and no file is left.
    Shared,
    // mode=ro: the file or its folder cannot be written by this user, but
    // may be by another, or a -wal says that someone writes it. A database
    // in WAL mode needs its -wal and -shm; where they cannot be made, it
    // cannot be read this way (Database says so).
    ReadOnly,
    // mode=ro&immutable=1: no -wal, and nobody can write the file: it is on
    // read-only media, or its folder or the file itself has no write
    // permission for anyone.
    Immutable,
};
ReadAccess readAccess(const QString& path);
// The file: URI of a read-only connection to path (or of an ATTACH of it);
// the connection needs QSQLITE_OPEN_URI. Immutable when asked (a review
// copy) or when readAccess() says that nobody can write the file.
QString readOnlyUri(const QString& path, bool immutable = false);

// The enumerator a column holds as its key; an Error for a key this Bayon
// does not know (what: "status", "form" …).
template<typename E> Result<E> enumOf(const QVariant& value, const QString& what)
{
    if (const std::optional<E> parsed = enumFromKey<E>(value.toString()))
        return *parsed;
    return Error::failed(QCoreApplication::translate("Bayon::SqliteMeetingRepository",
        "The database holds an unknown %1 “%2”; it may come from a newer Bayon.")
                             .arg(what, value.toString()));
}

// Texts are NOT NULL in the schema: a null QString binds as ''.
QVariant text(const QString& value);
QVariant date(QDate value);
QDate toDate(const QVariant& value);
QVariant time(QTime value);
QTime toTime(const QVariant& value);
// Identities are always stored (a null QUuid as its zero form); a reference
// to an agenda item is NULL when it is null.
QVariant uuid(const QUuid& value);
QVariant optionalUuid(const QUuid& value);
QUuid toUuid(const QVariant& value);
// 0 means "none" for ids in the domain and NULL in the schema.
QVariant id(qint64 value);

} // namespace Bayon::SqlSupport
