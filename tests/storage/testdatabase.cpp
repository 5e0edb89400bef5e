#include "rawsqlite.h"
#include "richmeeting.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsearch.h"
#include "storage/migrator.h"
#include "storage/personrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

// Opening a database file: creating, migrating, refusing files it must not
// touch, and reading from a read-only place. Every check is made on the file
// itself: its bytes, its header, the files beside it.
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newPath(const QString& name) { return m_dir.filePath(name); }

    // What Bayon writes on a fresh file: the reference the migrated files must equal.
    QStringList freshSchema()
    {
        const QString path = newPath(u"fresh-reference.sqlite"_s);
        {
            auto opened = Database::open(path);
            if (!opened)
                return {};
        }
        RawSqlite raw(path);
        return raw.schema();
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // Saves a few meetings so that every table has pages of its own, then closes.
    static void fill(const QString& path, int count)
    {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        for (int i = 0; i < count; ++i) {
            Meeting meeting = richMeeting();
            meeting.number = i + 1;
            QVERIFY(opened.value()->meetings().save(meeting).ok());
        }
    }

    // Opens, expects a refusal, and checks that neither the file nor its folder changed.
    void expectRefusedUntouched(
        const QString& path, Database::Mode mode, const QString& messagePart)
    {
        const QByteArray before = fileSha256(path);
        const QStringList entriesBefore = folderEntries(QFileInfo(path).absolutePath());
        {
            auto opened = Database::open(path, mode);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, Error::Code::Refused);
            QVERIFY2(opened.error().message.contains(messagePart, Qt::CaseInsensitive),
                qPrintable(opened.error().message));
        }
        QCOMPARE(fileSha256(path), before);
        QCOMPARE(folderEntries(QFileInfo(path).absolutePath()), entriesBefore);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void latestVersionIsTheLastMigration()
    {
        const auto migrations = Migrator::available();
        QVERIFY(migrations.ok());
        QVERIFY(!migrations->isEmpty());
        QCOMPARE(Database::latestSchemaVersion(), migrations->constLast().version);
        QCOMPARE(migrations->constFirst().name, u"001_initial.sql"_s);
    }

    void createsWhenMissing()
    {
        const QString path = newPath(u"new/folder/bayon.sqlite"_s);
        QVERIFY(!QFile::exists(path));
        {
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            const Database& db = *opened.value();
            QCOMPARE(db.path(), path);
            QCOMPARE(db.mode(), Database::Mode::ReadWrite);
            QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
            QVERIFY(QFile::exists(path));
            // WAL: the log sits beside the file while it is open.
            QVERIFY(QFile::exists(path + u"-wal"_s));
            auto list = opened.value()->meetings().list();
            QVERIFY(list.ok());
            QVERIFY(list->isEmpty());
        }
        // Closed cleanly: the log is folded back and removed.
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        QVERIFY(header.startsWith(QByteArray("SQLite format 3\0", 16)));
        QCOMPARE(int(header[18]), 2); // WAL, persistent in the header
        QCOMPARE(int(header[19]), 2);
        file.close();

        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(
            raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name IN ('meetings', 'persons', "
                       "'search_index')"_s)
                .toInt(),
            3);
    }

    void migratesAnEmptyFile()
    {
        const QString path = newPath(u"empty.sqlite"_s);
        writeFile(path, {});
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    void migratesFromEveryEarlierVersion()
    {
        const QStringList reference = freshSchema();
        QVERIFY(!reference.isEmpty());
        const auto migrations = Migrator::available();
        QVERIFY(migrations.ok());
        for (int version = 0; version < Database::latestSchemaVersion(); ++version) {
            const QString path = newPath(u"at-version-%1.sqlite"_s.arg(version));
            writeFile(path, {});
            {
                RawSqlite raw(path);
                QVERIFY(Migrator::migrate(raw.db(), version).ok());
                QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), version);
            }
            {
                auto opened = Database::open(path);
                QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
                QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
                // The migrated file works: a meeting goes in and comes back.
                auto saved = opened.value()->meetings().save(richMeeting());
                QVERIFY(saved.ok());
                QCOMPARE(opened.value()->meetings().load(saved->id).value(), saved.value());
            }
            RawSqlite raw(path);
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
            QCOMPARE(raw.schema(), reference);
        }
    }

    // Schema 8: a remark may be about an appendix; the remarks kept under
    // schema 7 come through the rebuilt table as they were.
    void remarksSurviveSchema8AndMayBeAboutAnAppendix()
    {
        const QString path = newPath(u"remarks-at-7.sqlite"_s);
        writeFile(path, {});
        const auto remark = [](const QString& uid, const QString& kind, const QString& position,
                                const QString& state) {
            return u"INSERT INTO remarks (uid, meeting_id, review_copy_id, reviewer, revision, "
                   "part_kind, part_position, part_uid, part_text, text, written_at, state, "
                   "imported_at) VALUES ('%1', 1, '{0a8a4c1e-1111-4d2b-9c3e-000000000001}', "
                   "'Dilnoza Karimova', 2, '%2', '%3', '{5b0e2f4c-2222-4c1d-8e2a-000000000002}', "
                   "'Undirish rejasi', 'Ijrochilar koʻrsatilsin', '2025-07-12T09:00:00.000Z', "
                   "'%4', '2025-07-13T10:00:00.000Z')"_s.arg(uid, kind, position, state);
        };
        const QString onAgenda = u"{6c1f3a5d-3333-4b0e-9f1b-000000000003}"_s;
        const QString onAppendix = u"{7d204b6e-4444-4a9f-8e0c-000000000004}"_s;
        {
            RawSqlite raw(path);
            QVERIFY(Migrator::migrate(raw.db(), 7).ok());
            QVERIFY(raw.exec(u"INSERT INTO meetings (revision, council_name, number, date, title) "
                             "VALUES (2, 'Jamoatchilik kengashi', 3, '2025-07-10', 'Hisobot')"_s));
            QVERIFY(raw.exec(remark(onAgenda, u"agenda"_s, u"2"_s, u"accepted"_s)));
            // Schema 7 knows no appendix.
            QSqlQuery refused(raw.db());
            QVERIFY(!refused.exec(remark(onAppendix, u"appendix"_s, u"2"_s, u"open"_s)));
        }
        {
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
        }
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM remarks"_s).toInt(), 1);
        QCOMPARE(raw.scalar(u"SELECT part_kind || ' ' || part_position || ' ' || state || ' ' || "
                            "reviewer FROM remarks WHERE uid = '%1'"_s.arg(onAgenda))
                     .toString(),
            u"agenda 2 accepted Dilnoza Karimova"_s);
        QVERIFY(raw.exec(remark(onAppendix, u"appendix"_s, u"2"_s, u"open"_s)));
        QCOMPARE(
            raw.scalar(u"SELECT count(*) FROM remarks WHERE part_kind = 'appendix'"_s).toInt(), 1);
        // Still unique, still checked, still indexed.
        QSqlQuery again(raw.db());
        QVERIFY(!again.exec(remark(onAppendix, u"appendix"_s, u"2"_s, u"open"_s)));
        QSqlQuery unknown(raw.db());
        QVERIFY(!unknown.exec(
            remark(u"{8e315c7f-5555-4f8e-8d1b-000000000005}"_s, u"ilova"_s, u"2"_s, u"open"_s)));
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                            "'remarks_meeting'"_s)
                     .toInt(),
            1);
    }

    void refusesANewerFile()
    {
        const QString path = newPath(u"newer/bayon.sqlite"_s);
        fill(path, 1);
        {
            RawSqlite raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = 999"_s));
        }
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        expectRefusedUntouched(path, Database::Mode::ReadWrite, u"newer"_s);
        expectRefusedUntouched(path, Database::Mode::ReadOnly, u"newer"_s);
    }

    void refusesAFileThatIsNotSqlite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray(
            "Kengash qaror qiladi: this is a text file, not a database.\n")
                                     .repeated(40);
        QTest::newRow("short") << QByteArray("SQLite format 3");
        QTest::newRow("json") << QByteArray(R"({"format": "bayon-meeting", "version": 1})");
        QByteArray badHeader("SQLite format 3\0", 16);
        badHeader.append(QByteArray(4096 - 16, '\x7f'));
        QTest::newRow("bad header") << badHeader;
    }

    void refusesAFileThatIsNotSqlite()
    {
        QFETCH(QByteArray, bytes);
        const QString folder = newPath(
            u"not-sqlite-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/bayon.sqlite"_s;
        writeFile(path, bytes);
        const QString expected
            = bytes.size() >= 100 && bytes.startsWith("SQLite") ? u"damaged"_s : u"not an SQLite"_s;
        expectRefusedUntouched(path, Database::Mode::ReadWrite, expected);
        expectRefusedUntouched(path, Database::Mode::ReadOnly, expected);
    }

    void refusesADamagedFile()
    {
        const QString path = newPath(u"damaged/bayon.sqlite"_s);
        fill(path, 3);
        qint64 rootPage = 0;
        int pageSize = 0;
        {
            RawSqlite raw(path);
            rootPage
                = raw.scalar(u"SELECT rootpage FROM sqlite_master WHERE name = 'agenda_items'"_s)
                      .toLongLong();
            pageSize = raw.scalar(u"PRAGMA page_size"_s).toInt();
        }
        QVERIFY(rootPage > 1);
        QVERIFY(pageSize >= 512);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((rootPage - 1) * pageSize));
            QCOMPARE(file.write(QByteArray(pageSize, '\xa5')), qint64(pageSize));
        }
        expectRefusedUntouched(path, Database::Mode::ReadWrite, u"damaged"_s);
        expectRefusedUntouched(path, Database::Mode::ReadOnly, u"damaged"_s);
    }

    void readOnlyFromAReadOnlyFolder()
    {
        const QString folder = newPath(u"read-only"_s);
        const QString path = folder + u"/review-copy.sqlite"_s;
        fill(path, 2);
        Meeting stored;
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            stored = opened.value()
                         ->meetings()
                         .load(opened.value()->meetings().list()->constFirst().id)
                         .value();
        }
        QVERIFY(QFile::setPermissions(folder,
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther));
        const QByteArray before = fileSha256(path);
        const QStringList entries = folderEntries(folder);
        QCOMPARE(entries, QStringList {u"review-copy.sqlite"_s});
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            Database& db = *opened.value();
            QCOMPARE(db.mode(), Database::Mode::ReadOnly);
            QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
            const auto list = db.meetings().list();
            QVERIFY(list.ok());
            QCOMPARE(list->size(), 2);
            QCOMPARE(db.meetings().load(stored.id).value(), stored);
            const auto hits = db.search().search(u"Madad"_s);
            QVERIFY(hits.ok());
            QVERIFY(!hits->isEmpty());
            QVERIFY(db.persons().list().ok());

            // Nothing can be written, and the refusal says why.
            const auto saved = db.meetings().save(stored);
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().code, Error::Code::Refused);
            QCOMPARE(db.meetings().remove(stored.id).error().code, Error::Code::Refused);
            QCOMPARE(db.persons().save(person(u"Karimov Alisher"_s, {}, {})).error().code,
                Error::Code::Refused);
            QCOMPARE(db.persons().remove(1).error().code, Error::Code::Refused);
            // Not even -wal or -shm while it is open.
            QCOMPARE(folderEntries(folder), entries);
        }
        QCOMPARE(folderEntries(folder), entries);
        QCOMPARE(fileSha256(path), before);
        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void readOnlySeesWhatAWriterCommitted()
    {
        const QString path = newPath(u"shared/bayon.sqlite"_s);
        auto writer = Database::open(path);
        QVERIFY(writer.ok());
        const auto saved = writer.value()->meetings().save(richMeeting());
        QVERIFY(saved.ok());
        // The writer is still open (its -wal holds the meeting): the reader must see it anyway.
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
        QCOMPARE(reader.value()->meetings().load(saved->id).value(), saved.value());
    }

    void aPathWithSpacesAndUzbekLetters()
    {
        // The read-only open goes through a file: URI in a read-only folder;
        // the name must survive it, and survive the ordinary open elsewhere.
        const QString folder = newPath(u"Yigʻilish bayonlari #2?"_s);
        const QString path = folder + u"/Kengash 100% nusxa.sqlite"_s;
        fill(path, 1);
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            QCOMPARE(opened.value()->meetings().list()->size(), 1);
        }
        QCOMPARE(folderEntries(folder), QStringList {u"Kengash 100% nusxa.sqlite"_s});
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            QCOMPARE(opened.value()->meetings().list()->size(), 1);
            QCOMPARE(folderEntries(folder), QStringList {u"Kengash 100% nusxa.sqlite"_s});
        }
        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void aReaderSeesWhatAWriterCommitsAfterIt()
    {
        // The reader comes first, when no -wal says that anyone writes; a
        // writer starts meanwhile. What the writer committed is the database.
        const QString path = newPath(u"reader-first/bayon.sqlite"_s);
        fill(path, 2);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
        QCOMPARE(reader.value()->meetings().list()->size(), 2);
        auto writer = Database::open(path);
        QVERIFY(writer.ok());
        Meeting meeting = richMeeting();
        meeting.number = 3;
        const auto saved = writer.value()->meetings().save(meeting);
        QVERIFY(saved.ok());
        const auto list = reader.value()->meetings().list();
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message));
        QCOMPARE(list->size(), 3);
        QCOMPARE(reader.value()->meetings().load(saved->id).value(), saved.value());
    }

    void readersNeverSeeAWriterAsDamage()
    {
        // A writer that opens, saves and closes again and again (so that its
        // -wal comes and goes), and readers opening read-only meanwhile: a
        // reader must never see a half-written file, nor call it damaged.
        const QString path = newPath(u"concurrent/bayon.sqlite"_s);
        fill(path, 2);
        std::atomic<bool> stop = false;
        std::atomic<int> writes = 0;
        QString writerError;
        std::thread writer([&] {
            while (!stop) {
                auto opened = Database::open(path);
                if (!opened) {
                    writerError = opened.error().message;
                    return;
                }
                Meeting meeting = richMeeting();
                meeting.number = 100 + writes;
                if (const auto saved = opened.value()->meetings().save(meeting); !saved) {
                    writerError = saved.error().message;
                    return;
                }
                ++writes;
                opened.value().reset();
                // Closed for a moment, with no -wal beside the file.
                std::this_thread::sleep_for(std::chrono::milliseconds(10 + writes % 20));
            }
        });
        QStringList failures;
        int reads = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 3000) {
            auto opened = Database::open(path, Database::Mode::ReadOnly);
            if (!opened) {
                failures.append(opened.error().message);
                continue;
            }
            const auto list = opened.value()->meetings().list();
            if (!list) {
                failures.append(list.error().message);
                continue;
            }
            if (const auto loaded = opened.value()->meetings().load(list->constLast().id); !loaded)
                failures.append(loaded.error().message);
            if (const auto hits = opened.value()->search().search(u"Madad"_s); !hits)
                failures.append(hits.error().message);
            ++reads;
        }
        stop = true;
        writer.join();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QVERIFY(writes > 10);
        QVERIFY(reads > 10);
        QVERIFY2(failures.isEmpty(),
            qPrintable(u"%1 of %2 reads failed, first: %3"_s.arg(failures.size())
                           .arg(reads + failures.size())
                           .arg(failures.value(0))));
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM meetings"_s).toInt(), 2 + writes);
    }

    void aBusyDatabaseIsInUseNotDamaged()
    {
        const QString path = newPath(u"busy/bayon.sqlite"_s);
        fill(path, 1);
        const QByteArray before = fileSha256(path);
        RawSqlite raw(path);
        // Another program holds the file for itself: no other connection may read it.
        QVERIFY(raw.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(raw.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(raw.exec(u"UPDATE meetings SET title = title"_s));
        for (const Database::Mode mode : {Database::Mode::ReadOnly, Database::Mode::ReadWrite}) {
            const auto opened = Database::open(path, mode);
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, Error::Code::Refused);
            QVERIFY2(opened.error().message.contains(u"is in use by another program; try again"_s),
                qPrintable(opened.error().message));
            QVERIFY2(
                !opened.error().message.contains(u"damaged"_s), qPrintable(opened.error().message));
        }
        QVERIFY(raw.exec(u"ROLLBACK"_s));
        QCOMPARE(fileSha256(path), before);
    }

    void readOnlyNeverCreatesOrMigrates()
    {
        const QString missing = newPath(u"missing.sqlite"_s);
        auto opened = Database::open(missing, Database::Mode::ReadOnly);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(missing));

        const QString folder = newPath(u"old-schema"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString old = folder + u"/bayon.sqlite"_s;
        writeFile(old, {});
        expectRefusedUntouched(old, Database::Mode::ReadOnly, u"older schema"_s);
    }

    void refusesAPathThatIsAFolder()
    {
        auto opened = Database::open(m_dir.path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Refused);
        QCOMPARE(Database::open(QString()).error().code, Error::Code::Usage);
    }

    void eachDatabaseHasItsOwnConnection()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        {
            auto first = Database::open(newPath(u"first.sqlite"_s));
            auto second = Database::open(newPath(u"second.sqlite"_s));
            QVERIFY(first.ok() && second.ok());
            QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
            QVERIFY(first.value()->meetings().save(richMeeting()).ok());
            first.value().reset();
            QCOMPARE(second.value()->meetings().list()->size(), 0);
            QVERIFY(second.value()->meetings().save(richMeeting()).ok());
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void defaultPath()
    {
        const QString fromEnvironment = newPath(u"from-env.sqlite"_s);
        qputenv("BAYON_DB", fromEnvironment.toUtf8());
        QCOMPARE(Database::defaultPath(), fromEnvironment);
        qunsetenv("BAYON_DB");
        const QString path = Database::defaultPath();
        QVERIFY(path.endsWith(u"/bayon.sqlite"_s));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isDir());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "testdatabase.moc"
