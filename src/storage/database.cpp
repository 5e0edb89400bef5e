#include "database.h"

#include "attachmentstore.h"
#include "auditlog.h"
#include "followuphistorystore.h"
#include "identitystore.h"
#include "migrator.h"
#include "reviewcopyseal.h"
#include "revisionstore.h"
#include "savecontext.h"
#include "sqliteconnection.h"
#include "sqlitecouncilrepository.h"
#include "sqlitedecisionregister.h"
#include "sqlitelifecyclerepository.h"
#include "sqlitemeetingrepository.h"
#include "sqlitepersonrepository.h"
#include "sqliteremarkrepository.h"
#include "sqlitesearch.h"
#include "sqlsupport.h"
#include "statementcache.h"
#include "username.h"
#include "writeguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// The messages of Database::open, translated in the context of Database.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Bayon::Database)
};
using Text = DatabaseText;

// Checks the 100-byte header an SQLite file begins with, before SQLite sees
// the file: a text file or a half-copied one is refused without being opened.
Status checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(
            Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() == 0)
        return {}; // SQLite's own empty database, at version 0
    const QByteArray header = file.read(100);
    const QByteArray magic("SQLite format 3\0", 16);
    const auto notDatabase = [&path] {
        return Error::refused(Text::tr(
            "%1 is not a Bayon database (it is not an SQLite file). It was left as it was.")
                                  .arg(QDir::toNativeSeparators(path)));
    };
    if (header.size() < 100 || !header.startsWith(magic))
        return notDatabase();
    const int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    const bool pageSizeValid = pageSize == 1
        || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) == 0);
    const quint8 writeVersion = quint8(header[18]);
    const quint8 readVersion = quint8(header[19]);
    if (!pageSizeValid || writeVersion < 1 || writeVersion > 2 || readVersion < 1
        || readVersion > 2)
        return Error::refused(
            Text::tr("The database %1 is damaged: its header is not valid. It was left as it was; "
                     "restore it from a backup.")
                .arg(QDir::toNativeSeparators(path)));
    return {};
}

Status openConnection(
    QSqlDatabase& db, const QString& path, Database::Mode mode, bool reviewCopy = false)
{
    QString options = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(SqlSupport::BusyTimeoutMs);
    const SqlSupport::ReadAccess access
        = reviewCopy ? SqlSupport::ReadAccess::Immutable : SqlSupport::readAccess(path);
    const bool shared
        = mode == Database::Mode::ReadWrite || access == SqlSupport::ReadAccess::Shared;
    if (shared) {
        db.setDatabaseName(path);
    } else {
        options += u";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s;
        db.setDatabaseName(
            SqlSupport::readOnlyUri(path, access == SqlSupport::ReadAccess::Immutable));
    }
    db.setConnectOptions(options);
    if (!db.open())
        return Error::refused(Text::tr("Cannot open the database %1: %2")
                                  .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    // A reader through an ordinary connection: SQLite refuses every write on it.
    if (mode == Database::Mode::ReadOnly && shared)
        return SqlSupport::execDirect(db, u"PRAGMA query_only = ON"_s,
            Text::tr("Could not open the database %1 read-only")
                .arg(QDir::toNativeSeparators(path)));
    return {};
}

Error busy(const QString& path)
{
    return Error::refused(Text::tr("The database %1 is in use by another program; try again in a "
                                   "moment.")
                              .arg(QDir::toNativeSeparators(path)));
}

Error damaged(const QString& path, const QStringList& problems)
{
    return Error::refused(
        Text::tr("The database %1 is damaged (%2). It was left as it was; restore it from a "
                 "backup.")
            .arg(QDir::toNativeSeparators(path), problems.mid(0, 3).join(u"; "_s)));
}

Error unreadable(const QString& path, const QString& reason)
{
    return Error::refused(
        Text::tr("Could not read the database %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

// SQLite's own check of the file: {"ok"}, or what is wrong with it. An Error
// when the check could not run for another reason than damage (busy).
Result<QStringList> quickCheck(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery check(db);
    QStringList problems;
    if (check.exec(u"PRAGMA quick_check"_s)) {
        while (check.next())
            problems.append(check.value(0).toString());
    }
    const QSqlError error = check.lastError();
    check.finish();
    if (!error.isValid())
        return problems;
    if (SqlSupport::isBusy(error))
        return busy(path);
    if (SqlSupport::isCorrupt(error))
        return QStringList {error.databaseText()};
    return unreadable(path, error.databaseText());
}

// What a failed read of the file means: busy when another connection holds
// it; damaged only when SQLite's own check of the file agrees; otherwise the
// reason, with no advice to restore anything.
Error readFailure(const QSqlDatabase& db, const QString& path, const QString& reason)
{
    const Result<QStringList> problems = quickCheck(db, path);
    if (!problems)
        return problems.error();
    if (*problems != QStringList {u"ok"_s})
        return damaged(path, *problems);
    return unreadable(path, reason);
}

// Reads the schema version and checks the file, writing nothing. Refuses a
// damaged file and one from a newer Bayon.
Result<int> inspect(QSqlDatabase& db, const QString& path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        const QSqlError error = query.lastError();
        query.finish();
        if (SqlSupport::isBusy(error))
            return busy(path);
        return readFailure(db, path, error.databaseText());
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > Migrator::latestVersion())
        return Error::refused(
            Text::tr("The database %1 was written by a newer version of Bayon (schema %2; this "
                     "program knows schemas up to %3). Update Bayon to open it; the file was left "
                     "as it was.")
                .arg(nativePath)
                .arg(version)
                .arg(Migrator::latestVersion()));

    const Result<QStringList> problems = quickCheck(db, path);
    if (!problems)
        return problems.error();
    if (*problems != QStringList {u"ok"_s})
        return damaged(path, *problems);
    return version;
}

// The identity row could not be read: damaged only when quick_check agrees.
Error damagedIdentity(const QSqlDatabase& db, const QString& path, const Error& error)
{
    return readFailure(db, path, error.message);
}

// Whether the file is a review copy. Before schema 4 there were none.
Result<std::optional<ReviewCopyIdentity>> readReviewCopy(
    const QSqlDatabase& db, int version, const QString& path)
{
    constexpr int FirstWithReviewCopies = 4;
    if (version < FirstWithReviewCopies)
        return std::optional<ReviewCopyIdentity>();
    Result<std::optional<ReviewCopyIdentity>> copy = IdentityStore::reviewCopy(db, version);
    if (!copy)
        return damagedIdentity(db, path, copy.error());
    return copy;
}

Status configureForWriting(QSqlDatabase& db)
{
    const QString doing = Text::tr("Could not prepare the database for writing");
    QSqlQuery query(db);
    // Larger pages for a new file: fewer pages to check on every open, and
    // long protocol texts fit in fewer overflow pages. (A no-op on a file
    // that already has pages.)
    if (!query.exec(u"PRAGMA page_size = 8192"_s))
        return SqlSupport::errorOf(query, doing);
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return SqlSupport::errorOf(query, doing);
    if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error::refused(
            Text::tr("The database cannot use a write-ahead log here (journal mode %1); is it on a "
                     "network drive?")
                .arg(query.value(0).toString()));
    query.finish();
    // NORMAL is safe against corruption with WAL; a power cut may lose the
    // last autosave, not the file.
    for (const QString& pragma :
        {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        if (const Status done = SqlSupport::execDirect(db, pragma, doing); !done)
            return done;
    }
    return {};
}

} // namespace

struct Database::Private
{
    QString path;
    Mode mode = Mode::ReadWrite;
    int schemaVersion = 0;
    QUuid databaseId;
    std::optional<ReviewCopyIdentity> reviewCopy;
    WriteGuard guard;
    // Declared before the repositories, destroyed after them: every query goes
    // before its connection.
    SqliteConnection connection;
    std::unique_ptr<StatementCache> statements;
    SaveContext context;
    std::unique_ptr<RevisionStore> revisions;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<FollowUpHistoryStore> followUps;
    std::unique_ptr<AttachmentStore> attachments;
    std::unique_ptr<SqliteMeetingRepository> meetings;
    std::unique_ptr<SqliteLifecycleRepository> lifecycle;
    std::unique_ptr<SqliteDecisionRegister> decisions;
    std::unique_ptr<SqliteCouncilRepository> councils;
    std::unique_ptr<SqliteRemarkRepository> remarks;
    std::unique_ptr<SqlitePersonRepository> persons;
    std::unique_ptr<SqliteSearch> search;
};

Database::Database()
    : d(std::make_unique<Private>())
{
}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    if (path.isEmpty())
        return Error::usage(Text::tr("No database file was given."));
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Error::failed(Text::tr("Qt's SQLite driver (QSQLITE) is not installed."));
    const int latest = Migrator::latestVersion();
    if (latest == 0)
        return Error::failed(Text::tr(
            "This program carries no database schema; it was built without its resources."));

    const QFileInfo info(path);
    const QString nativePath = QDir::toNativeSeparators(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return Error::refused(Text::tr("%1 is not a file.").arg(nativePath));
    if (!exists && mode == Mode::ReadOnly)
        return Error::notFound(Text::tr("There is no database %1.").arg(nativePath));
    if (exists) {
        if (const Status header = checkHeader(path); !header)
            return header.error();
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error::failed(Text::tr("Cannot create the folder %1.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<Database> database(new Database);
    Private& d = *database->d;
    d.path = path;
    d.mode = mode;

    if (exists) {
        // Looked at through a connection that cannot write first (query_only,
        // or mode=ro), so that nothing is ever written to a refused file or a
        // review copy. Opened read-only, that connection is the one kept.
        SqliteConnection check;
        SqliteConnection& reader = mode == Mode::ReadOnly ? d.connection : check;
        if (const Status opened = openConnection(reader.db(), path, Mode::ReadOnly); !opened)
            return opened.error();
        const Result<int> version = inspect(reader.db(), path);
        if (!version)
            return version.error();
        const Result<std::optional<ReviewCopyIdentity>> copy
            = readReviewCopy(reader.db(), *version, path);
        if (!copy)
            return copy.error();
        d.reviewCopy = *copy;
        if (d.reviewCopy) {
            if (*version < latest)
                return Error::refused(
                    Text::tr("%1 is a review copy made by an older version of Bayon (schema %2; "
                             "this program uses %3). A review copy is never changed, so it cannot "
                             "be upgraded; ask for a new one.")
                        .arg(nativePath)
                        .arg(*version)
                        .arg(latest));
            d.mode = Mode::ReadOnly;
            d.schemaVersion = *version;
            check.close();
            d.connection.close();
            if (const Status opened
                = openConnection(d.connection.db(), path, Mode::ReadOnly, /*reviewCopy=*/true);
                !opened)
                return opened.error();
            // A copy whose tables are not those of its schema is damaged (or
            // was never a Bayon review copy); one whose rows no longer have
            // the seal taken when it was packed was changed since.
            const Result<bool> shaped = ReviewCopySeal::hasSchemaOf(d.connection.db(), *version);
            if (!shaped)
                return shaped.error();
            if (!*shaped)
                return Error::refused(
                    Text::tr("%1 is damaged or is not a Bayon review copy: its tables are not "
                             "those of schema %2. It was left as it was; ask for a new copy.")
                        .arg(nativePath)
                        .arg(*version));
            const Result<QString> seal = ReviewCopySeal::compute(d.connection.db());
            if (!seal)
                return Error::refused(
                    Text::tr("%1 is damaged or is not a Bayon review copy (%2). It was left as "
                             "it was; ask for a new copy.")
                        .arg(nativePath, seal.error().message));
            d.reviewCopy->sealHolds = !d.reviewCopy->seal.isEmpty() && *seal == d.reviewCopy->seal;
        } else if (mode == Mode::ReadOnly) {
            if (*version < latest)
                return Error::refused(
                    Text::tr("The database %1 has an older schema (%2; this program uses %3) and "
                             "was opened read-only, so it cannot be upgraded. Open it once for "
                             "writing (in the editor, or with bayon-cli init) to upgrade it.")
                        .arg(nativePath)
                        .arg(*version)
                        .arg(latest));
            d.schemaVersion = *version;
        } else if (!info.isWritable()) {
            return Error::refused(Text::tr(
                "The database %1 is read-only: it can be read, but nothing can be changed in it.")
                                      .arg(nativePath));
        }
    }

    if (d.mode == Mode::ReadWrite) {
        if (const Status opened = openConnection(d.connection.db(), path, mode); !opened)
            return opened.error();
        if (const Status configured = configureForWriting(d.connection.db()); !configured)
            return configured.error();
        if (const Status migrated = Migrator::migrate(d.connection.db(), latest); !migrated)
            return migrated.error();
        const Result<int> version = Migrator::userVersion(d.connection.db());
        if (!version)
            return version.error();
        if (*version > latest) // another, newer Bayon migrated it meanwhile
            return Error::refused(
                Text::tr("The database %1 was upgraded by a newer version of Bayon while it was "
                         "being opened.")
                    .arg(nativePath));
        d.schemaVersion = *version;
    }

    const Result<QUuid> id = IdentityStore::databaseId(d.connection.db());
    if (!id)
        return damagedIdentity(d.connection.db(), path, id.error());
    d.databaseId = *id;
    if (d.reviewCopy)
        d.guard.refuseWith(
            Text::tr("%1 is a review copy of %2 and cannot be changed; corrections are made in "
                     "the council's own database.")
                .arg(nativePath, describe(*d.reviewCopy)));
    else if (d.mode == Mode::ReadOnly)
        d.guard.refuseWith(Text::tr("The database is open read-only; nothing can be saved in it."));

    d.statements = std::make_unique<StatementCache>(d.connection.db());
    d.context.userName = UserName::current();
    d.revisions = std::make_unique<RevisionStore>(*d.statements, d.context);
    d.audit = std::make_unique<AuditLog>(*d.statements);
    d.followUps = std::make_unique<FollowUpHistoryStore>(*d.statements);
    d.attachments = std::make_unique<AttachmentStore>(*d.statements);
    const SqliteMeetingRepository::Stores stores {
        d.context, *d.revisions, *d.audit, *d.followUps, *d.attachments};
    d.meetings = std::make_unique<SqliteMeetingRepository>(*d.statements, d.guard, stores);
    d.lifecycle = std::make_unique<SqliteLifecycleRepository>(*d.statements, *d.meetings, stores);
    d.councils = std::make_unique<SqliteCouncilRepository>(*d.statements, d.guard);
    d.decisions = std::make_unique<SqliteDecisionRegister>(*d.statements);
    d.persons = std::make_unique<SqlitePersonRepository>(*d.statements, d.guard);
    d.search = std::make_unique<SqliteSearch>(*d.statements);
    d.remarks = std::make_unique<SqliteRemarkRepository>(*d.statements, d.guard, *d.meetings,
        d.context, [identity = &d.databaseId] { return *identity; });
    // Meetings a migration marked because the index now holds more of them.
    if (d.mode == Mode::ReadWrite) {
        if (const Status reindexed = d.meetings->reindexStale(); !reindexed)
            return reindexed.error();
    }
    return database;
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("BAYON_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder
            = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/bayon"_s;
    QDir().mkpath(folder);
    return folder + u"/bayon.sqlite"_s;
}

QString Database::path() const
{
    return d->path;
}

Database::Mode Database::mode() const
{
    return d->mode;
}

int Database::schemaVersion() const
{
    return d->schemaVersion;
}

QUuid Database::databaseId() const
{
    return d->databaseId;
}

std::optional<ReviewCopyIdentity> Database::reviewCopy() const
{
    return d->reviewCopy;
}

bool Database::isReadOnly() const
{
    return d->guard.isReadOnly();
}

QString Database::describe(const ReviewCopyIdentity& copy)
{
    const QString council
        = copy.council.trimmed().isEmpty() ? Text::tr("an unnamed council") : copy.council;
    const QString from = copy.from.toString(Qt::ISODate);
    const QString to = copy.to.toString(Qt::ISODate);
    QString period;
    if (copy.from.isValid() && copy.to.isValid())
        period = copy.from == copy.to ? from : Text::tr("%1 – %2").arg(from, to);
    else if (copy.from.isValid())
        period = Text::tr("from %1").arg(from);
    else if (copy.to.isValid())
        period = Text::tr("until %1").arg(to);
    return period.isEmpty() ? council : Text::tr("%1 (%2)").arg(council, period);
}

MeetingRepository& Database::meetings()
{
    return *d->meetings;
}

PersonRepository& Database::persons()
{
    return *d->persons;
}

const MeetingSearch& Database::search() const
{
    return *d->search;
}

LifecycleRepository& Database::lifecycle()
{
    return *d->lifecycle;
}

RemarkRepository& Database::remarks()
{
    return *d->remarks;
}

CouncilRepository& Database::councils()
{
    return *d->councils;
}

const DecisionRegister& Database::decisions() const
{
    return *d->decisions;
}

void Database::setUserName(const QString& name)
{
    d->context.userName = name.trimmed().isEmpty() ? UserName::current() : name.trimmed();
}

QString Database::userName() const
{
    return d->context.userName;
}

void Database::setClock(std::function<QDateTime()> clock)
{
    d->context.clock = std::move(clock);
}

} // namespace Bayon
