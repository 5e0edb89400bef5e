#include "database.h"

#include "attachmentstore.h"
#include "auditlog.h"
#include "followuphistorystore.h"
#include "migrator.h"
#include "revisionstore.h"
#include "savecontext.h"
#include "sqlitedecisionregister.h"
#include "sqlitelifecyclerepository.h"
#include "sqlitecouncilrepository.h"
#include "sqlitemeetingrepository.h"
#include "sqlitepersonrepository.h"
#include "sqlitesearch.h"
#include "sqlsupport.h"
#include "statementcache.h"
#include "username.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <atomic>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// The messages of Database::open, translated in the context of Database.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Bayon::Database)
};
using Text = DatabaseText;

constexpr int BusyTimeoutMs = 5000;

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return u"bayon-"_s + QString::number(++counter);
}

// A connection that removes itself from Qt's registry when it goes, so that no
// two Database objects ever share one and none outlives its owner.
class Connection
{
public:
    Connection()
        : m_name(newConnectionName())
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    }
    ~Connection()
    {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

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

// The URI of a read-only connection. Without a -wal file beside it nobody has
// the file open for writing, and "immutable" lets SQLite read it without
// creating -wal and -shm files (a read-only connection to a WAL database
// would otherwise leave both behind, or fail in a read-only folder).
QString readOnlyUri(const QString& path)
{
    const QFileInfo info(path);
    const bool walExists = QFileInfo::exists(path + u"-wal"_s);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    QString uri
        = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?mode=ro"_s;
    if (!walExists || !folderWritable)
        uri += u"&immutable=1"_s;
    return uri;
}

Status openConnection(QSqlDatabase& db, const QString& path, Database::Mode mode)
{
    QString options = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(BusyTimeoutMs);
    if (mode == Database::Mode::ReadOnly) {
        options += u";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s;
        db.setDatabaseName(readOnlyUri(path));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open())
        return Error::refused(Text::tr("Cannot open the database %1: %2")
                                  .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    return {};
}

// Reads the schema version and checks the file, writing nothing. Refuses a
// damaged file and one from a newer Bayon.
Result<int> inspect(QSqlDatabase& db, const QString& path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const auto damaged = [&nativePath](const QString& reason) {
        return Error::refused(
            Text::tr("The database %1 is damaged (%2). It was left as it was; restore it from a "
                     "backup.")
                .arg(nativePath, reason));
    };
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return damaged(query.lastError().databaseText());
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

    if (!query.exec(u"PRAGMA quick_check"_s))
        return damaged(query.lastError().databaseText());
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (query.lastError().isValid())
        return damaged(query.lastError().databaseText());
    if (problems != QStringList {u"ok"_s})
        return damaged(problems.mid(0, 3).join(u"; "_s));
    return version;
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
    // Declared first, destroyed last: every query goes before its connection.
    Connection connection;
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
    if (exists && mode == Mode::ReadWrite && !info.isWritable())
        return Error::refused(
            Text::tr("The database %1 is read-only; open it read-only to read it.")
                .arg(nativePath));
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

    if (mode == Mode::ReadOnly) {
        if (const Status opened = openConnection(d.connection.db(), path, mode); !opened)
            return opened.error();
        const Result<int> version = inspect(d.connection.db(), path);
        if (!version)
            return version.error();
        if (*version < latest)
            return Error::refused(
                Text::tr("The database %1 has an older schema (%2; this program uses %3) and was "
                         "opened read-only, so it cannot be upgraded. Open it once for writing to "
                         "upgrade it.")
                    .arg(nativePath)
                    .arg(*version)
                    .arg(latest));
        d.schemaVersion = *version;
    } else {
        if (exists) {
            // Checked through a read-only connection first, so that a refused
            // file is never opened for writing at all.
            Connection check;
            if (const Status opened = openConnection(check.db(), path, Mode::ReadOnly); !opened)
                return opened.error();
            if (const Result<int> version = inspect(check.db(), path); !version)
                return version.error();
        }
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

    const bool readOnly = mode == Mode::ReadOnly;
    d.statements = std::make_unique<StatementCache>(d.connection.db());
    d.context.userName = UserName::current();
    d.revisions = std::make_unique<RevisionStore>(*d.statements, d.context);
    d.audit = std::make_unique<AuditLog>(*d.statements);
    d.followUps = std::make_unique<FollowUpHistoryStore>(*d.statements);
    d.attachments = std::make_unique<AttachmentStore>(*d.statements);
    const SqliteMeetingRepository::Stores stores {
        d.context, *d.revisions, *d.audit, *d.followUps, *d.attachments};
    d.meetings = std::make_unique<SqliteMeetingRepository>(*d.statements, readOnly, stores);
    d.lifecycle = std::make_unique<SqliteLifecycleRepository>(*d.statements, *d.meetings, stores);
    d.councils = std::make_unique<SqliteCouncilRepository>(*d.statements, readOnly);
    d.decisions = std::make_unique<SqliteDecisionRegister>(*d.statements);
    d.persons = std::make_unique<SqlitePersonRepository>(*d.statements, readOnly);
    d.search = std::make_unique<SqliteSearch>(*d.statements);
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
