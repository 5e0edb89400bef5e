#include "reviewcopywriter.h"

#include "database.h"
#include "identitystore.h"
#include "interchange/outputfile.h"
#include "migrator.h"
#include "reviewcopyseal.h"
#include "sqliteconnection.h"
#include "sqlsupport.h"
#include "sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <cerrno>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {

// One table of the copy and which rows of the source ("t") go into it. The
// steps run in this order, so that a row's parents are in the copy before
// the row is chosen by them; temp.chosen holds the ids of the meetings.
struct CopyStep
{
    QString table;
    QString where;
};

const QList<CopyStep>& copySteps()
{
    const QString ofMeeting = u"t.meeting_id IN (SELECT id FROM temp.chosen)"_s;
    const QString ofResolution = u"t.resolution_id IN (SELECT id FROM main.resolutions)"_s;
    const QString ofCouncil = u"t.council_id IN (SELECT id FROM main.councils)"_s;
    static const QList<CopyStep> steps {
        {u"meetings"_s, u"t.id IN (SELECT id FROM temp.chosen)"_s},
        {u"meeting_persons"_s, ofMeeting},
        {u"attendance"_s, ofMeeting},
        {u"agenda_items"_s, ofMeeting},
        {u"discussion_participants"_s, u"t.agenda_item_id IN (SELECT id FROM main.agenda_items)"_s},
        {u"speaker_reports"_s, u"t.agenda_item_id IN (SELECT id FROM main.agenda_items)"_s},
        {u"kpi_tables"_s, u"t.report_id IN (SELECT id FROM main.speaker_reports)"_s},
        {u"kpi_rows"_s, u"t.kpi_table_id IN (SELECT id FROM main.kpi_tables)"_s},
        {u"resolutions"_s, ofMeeting},
        {u"resolution_points"_s, ofResolution},
        {u"resolution_responsible"_s, ofResolution},
        {u"agenda_item_votes"_s, u"t.agenda_item_id IN (SELECT id FROM main.agenda_items)"_s},
        {u"agenda_item_roll_calls"_s,
            u"t.agenda_item_id IN (SELECT agenda_item_id FROM main.agenda_item_votes)"_s},
        {u"meeting_appendices"_s, ofMeeting},
        {u"resolution_votes"_s, ofResolution},
        {u"roll_call_votes"_s,
            u"t.resolution_id IN (SELECT resolution_id FROM main.resolution_votes)"_s},
        {u"search_parts"_s, ofMeeting},
        {u"audit_log"_s, ofMeeting},
        {u"follow_up_history"_s, ofMeeting},
        {u"attachments"_s, ofMeeting},
        // The revision a member reads, and every final or signed one, whose
        // control code a paper copy may carry; the drafts before stay home.
        {u"meeting_revisions"_s,
            ofMeeting
                + u" AND (t.status IN ('final', 'signed') OR t.revision = (SELECT max(r.revision) "
                  "FROM source.meeting_revisions r WHERE r.meeting_id = t.meeting_id))"_s},
        {u"councils"_s, u"t.id IN (SELECT council_id FROM main.meetings)"_s},
        {u"council_members"_s, ofCouncil},
        {u"council_templates"_s, ofCouncil},
        // The persons of the directory named by what was copied (see personSources()).
        {u"persons"_s, {}},
    };
    return steps;
}

// The tables that point into the directory of persons by directory_id.
const QStringList& personSources()
{
    static const QStringList tables {u"meeting_persons"_s, u"council_members"_s,
        u"roll_call_votes"_s, u"agenda_item_roll_calls"_s};
    return tables;
}

// What a member's copy leaves out on purpose: the remarks other members sent
// back are the secretary's, not part of the protocol; the meetings to index
// again are none once the source is open for writing.
const QStringList& leftOut()
{
    static const QStringList tables {u"remarks"_s, u"search_stale"_s};
    return tables;
}

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

Status exec(
    const QSqlDatabase& db, const QString& sql, const QList<QVariant>& values, const QString& doing)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return SS::errorOf(query, doing);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return SS::exec(query, doing);
}

bool isSqliteFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Whether errno says the system refused to write, rather than something
// unrelated left over from an earlier call.
bool isWriteFailure(int savedErrno)
{
    switch (savedErrno) {
    case EFBIG:
    case ENOSPC:
    case EDQUOT:
    case EIO:
    case EROFS:
    case EACCES:
    case EPERM:
        return true;
    default:
        return false;
    }
}

// The parts of a request, in words, for the message when nothing matches.
QString describeRequest(const ReviewCopyRequest& request)
{
    QString text = IdentityStore::statusesText(request.statuses);
    if (request.from.isValid())
        text += u", "_s + ReviewCopyWriter::tr("from %1").arg(request.from.toString(Qt::ISODate));
    if (request.to.isValid())
        text += u", "_s + ReviewCopyWriter::tr("to %1").arg(request.to.toString(Qt::ISODate));
    return text;
}

// Fills the empty file at path with the chosen meetings of source: the
// schema by the migrations, then the rows through an ATTACH of the source,
// in one transaction. The lock triggers (schemas 2, 3, 6 and 7) would refuse
// inserting the rows of a final or signed meeting, so they are dropped for
// the copy and made again, word for word, before it commits; the view
// locked_meeting_label their messages read is made by the migrations and stays.
Result<ReviewCopyIdentity> fill(
    Database& source, const ReviewCopyRequest& request, const QString& path)
{
    const QString doing = ReviewCopyWriter::tr("Could not write the review copy");
    SqliteConnection connection;
    QSqlDatabase& db = connection.db();
    db.setDatabaseName(path);
    // The URI is for the ATTACH of the source, which a writer may hold a moment.
    db.setConnectOptions(
        u"QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT="_s + QString::number(SS::BusyTimeoutMs));
    if (!db.open())
        return Error::failed(doing + u": "_s + db.lastError().text());

    // A plain rollback journal: a reader opens the copy immutable and sees
    // the whole of it in the one file.
    for (const QString& pragma :
        {u"PRAGMA page_size = 8192"_s, u"PRAGMA journal_mode = DELETE"_s}) {
        if (const Status done = SS::execDirect(db, pragma, doing); !done)
            return done.error();
    }
    if (const Status migrated = Migrator::migrate(db, source.schemaVersion()); !migrated)
        return migrated.error();
    // The copy's own id, made by its migration, is the id of the review copy.
    const Result<QUuid> copyId = IdentityStore::databaseId(db);
    if (!copyId)
        return copyId.error();

    if (const Status attached
        = exec(db, u"ATTACH DATABASE ? AS source"_s, {SS::readOnlyUri(source.path())}, doing);
        !attached)
        return attached.error();

    ReviewCopyIdentity identity;
    {
        // Deferred: the source is attached read-only, and its first read
        // fixes the moment every table is copied as of.
        SqlTransaction transaction(db, SqlTransaction::Kind::Read);
        if (const Status begun = transaction.begin(); !begun)
            return begun.error();

        QStringList triggers;
        {
            QSqlQuery query(db);
            if (!query.exec(u"SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' "
                            "ORDER BY rowid"_s))
                return SS::errorOf(query, doing);
            QStringList names;
            while (query.next()) {
                names.append(query.value(0).toString());
                triggers.append(query.value(1).toString());
            }
            if (query.lastError().isValid())
                return SS::errorOf(query, doing);
            query.finish();
            for (const QString& name : std::as_const(names)) {
                if (const Status dropped
                    = SS::execDirect(db, u"DROP TRIGGER main."_s + quoted(name), doing);
                    !dropped)
                    return dropped.error();
            }
        }

        if (const Status made
            = SS::execDirect(db, u"CREATE TEMP TABLE chosen (id INTEGER PRIMARY KEY)"_s, doing);
            !made)
            return made.error();
        QString choose = uR"(
            INSERT INTO temp.chosen (id)
            SELECT id FROM source.meetings
            WHERE instr(',' || ? || ',', ',' || status || ',') > 0
              AND (? IS NULL OR date >= ?) AND (? IS NULL OR date <= ?))"_s;
        if (!request.meetingIds.isEmpty()) {
            QStringList ids;
            for (const qint64 id : request.meetingIds)
                ids.append(QString::number(id)); // numbers, not text typed by someone
            choose += u" AND id IN ("_s + ids.join(u", "_s) + u')';
        }
        const QVariant from = SS::date(request.from);
        const QVariant to = SS::date(request.to);
        if (const Status chosen = exec(db, choose,
                {IdentityStore::statusesText(request.statuses), from, from, to, to}, doing);
            !chosen)
            return chosen.error();

        // A meeting asked for by id that cannot go in is said, not skipped.
        for (const qint64 id : request.meetingIds) {
            QSqlQuery query(db);
            query.prepare(uR"(
                SELECT m.status, m.date, c.id IS NOT NULL
                FROM source.meetings m LEFT JOIN temp.chosen c ON c.id = m.id
                WHERE m.id = ?)"_s);
            query.addBindValue(id);
            if (!query.exec())
                return SS::errorOf(query, doing);
            if (!query.next()) {
                if (query.lastError().isValid())
                    return SS::errorOf(query, doing);
                return Error::notFound(
                    ReviewCopyWriter::tr("There is no meeting %1; no review copy was written.")
                        .arg(id));
            }
            if (!query.value(2).toBool())
                return Error::refused(
                    ReviewCopyWriter::tr(
                        "The meeting %1 (%2, %3) is not among the statuses and the period "
                        "chosen (%4); no review copy was written.")
                        .arg(QString::number(id), query.value(0).toString(),
                            query.value(1).isNull() ? ReviewCopyWriter::tr("no date")
                                                    : query.value(1).toString(),
                            describeRequest(request)));
        }
        {
            QSqlQuery query(db);
            if (!query.exec(u"SELECT count(*) FROM temp.chosen"_s) || !query.next())
                return SS::errorOf(query, doing);
            identity.meetingCount = query.value(0).toInt();
        }
        if (identity.meetingCount == 0)
            return Error::notFound(
                ReviewCopyWriter::tr("No meeting matches (%1); no review copy was written.")
                    .arg(describeRequest(request)));

        QSet<QString> tables;
        {
            QSqlQuery query(db);
            if (!query.exec(u"SELECT name FROM main.sqlite_master WHERE type = 'table'"_s))
                return SS::errorOf(query, doing);
            while (query.next())
                tables.insert(query.value(0).toString());
        }
        for (const CopyStep& step : copySteps()) {
            // A table of a later schema than this list knows stays empty;
            // a test keeps the list complete.
            if (!tables.contains(step.table))
                continue;
            QString where = step.where;
            if (where.isEmpty()) {
                QStringList named;
                for (const QString& table : personSources()) {
                    if (tables.contains(table))
                        named.append(u"SELECT directory_id FROM main."_s + table);
                }
                where = u"t.id IN ("_s + named.join(u" UNION "_s) + u')';
            }
            const QString sql = u"INSERT INTO main."_s + step.table + u" SELECT * FROM source."_s
                + step.table + u" AS t WHERE "_s + where;
            if (const Status copied = SS::execDirect(db, sql, doing + u" ("_s + step.table + u')');
                !copied)
                return copied.error();
        }
        // The index holds its own copy of each part's text, under the part's id.
        for (const QString& sql :
            {u"INSERT INTO main.search_index (rowid, body) SELECT rowid, body FROM "
             "source.search_index WHERE rowid IN (SELECT id FROM main.search_parts)"_s,
                u"INSERT INTO main.search_index (search_index) VALUES ('optimize')"_s}) {
            if (const Status indexed = SS::execDirect(db, sql, doing); !indexed)
                return indexed.error();
        }

        identity.id = *copyId;
        identity.sourceDatabaseId = source.databaseId();
        identity.madeAt = QDateTime::currentDateTimeUtc();
        identity.madeBy
            = request.madeBy.trimmed().isEmpty() ? source.userName() : request.madeBy.trimmed();
        identity.statuses
            = IdentityStore::statusesFromText(IdentityStore::statusesText(request.statuses))
                  .value_or(QList<MeetingStatus> {});
        {
            QSqlQuery query(db);
            if (!query.exec(
                    u"SELECT council_name FROM main.meetings WHERE trim(council_name) <> '' "
                    "GROUP BY council_name ORDER BY min(date), council_name"_s))
                return SS::errorOf(query, doing);
            QStringList councils;
            while (query.next())
                councils.append(query.value(0).toString());
            identity.council = councils.join(u"; "_s);
            if (!query.exec(u"SELECT min(date), max(date) FROM main.meetings"_s) || !query.next())
                return SS::errorOf(query, doing);
            identity.from = request.from.isValid() ? request.from : SS::toDate(query.value(0));
            identity.to = request.to.isValid() ? request.to : SS::toDate(query.value(1));
        }
        // Over every row now in the copy, the identity row aside.
        const Result<QString> seal = ReviewCopySeal::compute(db);
        if (!seal)
            return seal.error();
        identity.seal = *seal;
        if (const Status written = IdentityStore::writeReviewCopy(db, identity); !written)
            return written.error();

        for (const QString& trigger : std::as_const(triggers)) {
            if (const Status made = SS::execDirect(db, trigger, doing); !made)
                return made.error();
        }
        {
            QSqlQuery check(db);
            if (!check.exec(u"PRAGMA main.foreign_key_check"_s))
                return SS::errorOf(check, doing);
            if (check.next())
                return Error::failed(doing + u": "_s
                    + ReviewCopyWriter::tr("the table %1 would have rows whose references lead "
                                           "nowhere.")
                          .arg(check.value(0).toString()));
        }
        if (const Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (const Status detached = SS::execDirect(db, u"DETACH DATABASE source"_s, doing); !detached)
        return detached.error();
    connection.close();
    return identity;
}

} // namespace

QStringList ReviewCopyWriter::tablesCovered()
{
    QStringList tables;
    for (const CopyStep& step : copySteps())
        tables.append(step.table);
    // The index is copied for its parts; the two identity tables are the
    // copy's own.
    tables << u"search_index"_s << u"database_identity"_s << u"review_copy"_s << leftOut();
    return tables;
}

Result<ReviewCopyIdentity> ReviewCopyWriter::pack(
    Database& source, const ReviewCopyRequest& request, const QString& outputPath)
{
    if (const std::optional<ReviewCopyIdentity> copy = source.reviewCopy())
        return Error::refused(
            tr("%1 is itself a review copy (of %2); review copies are made from the council's own "
               "database.")
                .arg(QDir::toNativeSeparators(source.path()), Database::describe(*copy)));
    if (outputPath.trimmed().isEmpty())
        return Error::usage(tr("No file was given for the review copy."));
    if (request.statuses.isEmpty())
        return Error::usage(tr("A review copy needs at least one status to choose meetings by."));
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return Error::usage(
            tr("The period of a review copy ends (%1) before it begins (%2).")
                .arg(request.to.toString(Qt::ISODate), request.from.toString(Qt::ISODate)));
    if (source.schemaVersion() != Migrator::latestVersion())
        return Error::refused(tr("The database %1 is not at this program's schema; open it for "
                                 "writing once to upgrade it, then make the review copy.")
                                  .arg(QDir::toNativeSeparators(source.path())));

    const QFileInfo target(outputPath);
    const QString nativeTarget = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists()) {
        if (!target.isFile())
            return Error::refused(tr("%1 is not a file.").arg(nativeTarget));
        if (target.canonicalFilePath() == QFileInfo(source.path()).canonicalFilePath())
            return Error::refused(
                tr("%1 is the database the copy is made from; choose another name.")
                    .arg(nativeTarget));
        // Replacing an older review copy is fine; a database is never replaced.
        if (isSqliteFile(outputPath)) {
            const auto existing = Database::open(outputPath, Database::Mode::ReadOnly);
            if (!existing || !existing.value()->reviewCopy())
                return Error::refused(
                    tr("%1 is a database and not a review copy this program can read; it is not "
                       "replaced. Choose another name.")
                        .arg(nativeTarget));
        }
    }
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error::notFound(tr("There is no folder %1 to write the review copy in.")
                                   .arg(QDir::toNativeSeparators(folder)));

    // Beside the target, so that the rename is atomic; hidden while it is written.
    QTemporaryFile temporary(QDir(folder).filePath(u"."_s + target.fileName() + u".XXXXXX"_s));
    if (!temporary.open())
        return Error::failed(tr("Cannot write in the folder %1: %2")
                                 .arg(QDir::toNativeSeparators(folder), temporary.errorString()));
    temporary.close();
    const QString temporaryPath = temporary.fileName();
    const auto removeJournal = [&temporaryPath] { QFile::remove(temporaryPath + u"-journal"_s); };

    // SQLite says only "disk I/O error" when the system refuses a write; the
    // system's own reason is in errno, cleared first so that an older one is
    // not taken for it.
    errno = 0;
    const Result<ReviewCopyIdentity> written = fill(source, request, temporaryPath);
    if (!written) {
        const int savedErrno = errno;
        removeJournal();
        if (written.error().code == Error::Code::Failed && isWriteFailure(savedErrno))
            return Error::failed(
                tr("%1 could not be written: %2 (%3); the previous file, if any, "
                   "was left as it was.")
                    .arg(nativeTarget, OutputFile::reason(savedErrno), written.error().message));
        return written.error();
    }
    // Read back as a member's Bayon will read it: what it says is what is returned.
    ReviewCopyIdentity identity;
    {
        const auto copy = Database::open(temporaryPath, Database::Mode::ReadOnly);
        if (!copy)
            return Error::failed(
                tr("The review copy could not be read back: %1").arg(copy.error().message));
        if (!copy.value()->reviewCopy() || !copy.value()->reviewCopy()->sealHolds)
            return Error::failed(tr("The review copy could not be read back as one."));
        identity = *copy.value()->reviewCopy();
    }
    // A temporary file is private to its owner; a review copy is an ordinary file.
    QFile::setPermissions(
        temporaryPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporaryPath).toStdString()),
        std::filesystem::path(QFile::encodeName(target.absoluteFilePath()).toStdString()), error);
    if (error)
        return Error::failed(tr("Could not put the review copy in place as %1: %2")
                                 .arg(nativeTarget, QString::fromStdString(error.message())));
    temporary.setAutoRemove(false);
    return identity;
}

} // namespace Bayon
