#include "domain/council.h"
#include "interchange/meetingimporter.h"
#include "rawsqlite.h"
#include "richmeeting.h"
#include "storage/councilrepository.h"
#include "storage/database.h"
#include "storage/decisionregister.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsearch.h"
#include "storage/migrator.h"
#include "storage/personrepository.h"
#include "storage/reviewcopywriter.h"

#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

// Review copies: what pack puts in the file and what it leaves out,
// the identity it carries, and that a member's Bayon reads it from a read-only
// place without ever changing a byte of it or creating a file beside it.
class TestReviewCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QString m_council
        = u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s;
    qint64 m_draft = 0;
    qint64 m_review = 0;
    qint64 m_final = 0;
    qint64 m_signed = 0;
    qint64 m_earlier = 0; // in review, but dated 2024
    int m_followed = -1; // the resolution of m_signed whose follow-up went on
    int m_folders = 0;

    // A folder of its own for each test's files, so that its listing says
    // exactly what was written.
    QString newFolder()
    {
        const QString folder = m_dir.filePath(u"folder-%1"_s.arg(++m_folders));
        QDir().mkpath(folder);
        return folder;
    }

    template<typename T> static QString messageOf(const Result<T>& result)
    {
        return result ? QString() : result.error().message;
    }

    // The sample, dated and numbered, with a word of its own in the title of
    // its first agenda item, walked along the workflow to `status`.
    qint64 addMeeting(int number, QDate date, const QString& word, MeetingStatus status)
    {
        Meeting meeting = MeetingImporter::sample().value();
        meeting.number = number;
        meeting.date = date;
        meeting.agenda[0].title += u' ' + word;
        const auto saved = m_db->meetings().save(meeting);
        if (!saved)
            qFatal("save: %s", qPrintable(saved.error().message));
        const qint64 id = saved->id;
        for (const MeetingStatus step :
            {MeetingStatus::Review, MeetingStatus::Final, MeetingStatus::Signed}) {
            if (m_db->meetings().load(id)->status == status)
                break;
            const auto moved = m_db->lifecycle().transition(id, step, u"step"_s, {}, date);
            if (!moved)
                qFatal("transition: %s", qPrintable(moved.error().message));
        }
        return id;
    }

    static QByteArray pdfBytes(const QByteArray& marker)
    {
        return "%PDF-1.4\n% a scan\n1 0 obj << /Type /Catalog >> endobj\n" + marker
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    }

    ReviewCopyRequest year2025() const
    {
        ReviewCopyRequest request;
        request.from = QDate(2025, 1, 1);
        request.to = QDate(2025, 12, 31);
        request.madeBy = u"Nodir Abdullayev"_s;
        return request;
    }

    std::unique_ptr<Database> openCopy(const QString& path, Database::Mode mode)
    {
        auto opened = Database::open(path, mode);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return {};
        }
        return std::move(opened).value();
    }

    static QList<qint64> idsOf(Database& db)
    {
        QList<qint64> ids;
        const QList<MeetingSummary> summaries = db.meetings().list().value();
        for (const MeetingSummary& summary : summaries)
            ids.append(summary.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static QSet<QString> sideFiles(const QString& path)
    {
        QSet<QString> found;
        for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            if (QFile::exists(path + suffix))
                found.insert(suffix);
        }
        return found;
    }

    // Packs and fails the test when packing fails.
    ReviewCopyIdentity pack(const ReviewCopyRequest& request, const QString& path)
    {
        const auto packed = ReviewCopyWriter::pack(*m_db, request, path);
        if (!packed)
            qWarning("pack: %s", qPrintable(packed.error().message));
        return packed ? *packed : ReviewCopyIdentity {};
    }

    // Expects pack to fail with `code` and a message containing `part`, and
    // the folder to be as it was.
    void expectPackRefused(const ReviewCopyRequest& request, const QString& path, Error::Code code,
        const QString& part)
    {
        const QString folder = QFileInfo(path).absolutePath();
        const QStringList before
            = QFileInfo(folder).isDir() ? folderEntries(folder) : QStringList();
        const auto packed = ReviewCopyWriter::pack(*m_db, request, path);
        QVERIFY(!packed);
        QCOMPARE(packed.error().code, code);
        QVERIFY2(packed.error().message.contains(part, Qt::CaseInsensitive),
            qPrintable(packed.error().message));
        if (QFileInfo(folder).isDir())
            QCOMPARE(folderEntries(folder), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(u"council.sqlite"_s));
        QVERIFY2(opened, qPrintable(messageOf(opened)));
        m_db = std::move(opened).value();
        m_db->setUserName(u"Nodir Abdullayev"_s);

        m_draft = addMeeting(1, QDate(2025, 6, 1), u"markerdraft"_s, MeetingStatus::Draft);
        m_review = addMeeting(2, QDate(2025, 7, 10), u"markerreview"_s, MeetingStatus::Review);
        m_final = addMeeting(3, QDate(2025, 8, 15), u"markerfinal"_s, MeetingStatus::Final);
        m_signed = addMeeting(4, QDate(2025, 9, 20), u"markersigned"_s, MeetingStatus::Signed);
        m_earlier = addMeeting(9, QDate(2024, 12, 1), u"markerearlier"_s, MeetingStatus::Review);

        // The follow-up of a signed meeting goes on, and its scan is kept.
        const Meeting signedMeeting = m_db->meetings().load(m_signed).value();
        for (int i = 0; i < signedMeeting.resolutions.size() && m_followed < 0; ++i) {
            if (signedMeeting.resolutions.at(i).responsible.join(u' ').contains(u"Abdullayev"_s))
                m_followed = i;
        }
        QVERIFY(m_followed >= 0);
        QVERIFY(m_db->lifecycle()
                    .setFollowUp(m_signed, signedMeeting.resolutions.at(m_followed).uid,
                        FollowUpStatus::InProgress, u"Ish boshlandi"_s, {}, QDate(2025, 9, 25))
                    .ok());
        QVERIFY(m_db->lifecycle().attach(m_signed, u"imzolangan.pdf"_s, pdfBytes("signed")).ok());
    }

    void everyDatabaseHasItsOwnIdentity()
    {
        const QUuid id = m_db->databaseId();
        QVERIFY(!id.isNull());
        QCOMPARE(id.version(), QUuid::Random);
        QVERIFY(!m_db->reviewCopy());
        QVERIFY(!m_db->isReadOnly());
        {
            RawSqlite raw(m_db->path());
            QCOMPARE(raw.scalar(u"SELECT id FROM database_identity"_s).toString(),
                id.toString(QUuid::WithoutBraces));
            // Kept as made: the file itself refuses a change.
            QSqlQuery query(raw.db());
            QVERIFY(!query.exec(u"UPDATE database_identity SET id = lower(id)"_s));
        }
        // Another database, and one migrated from schema 3, get ids of their own.
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        const QString older = m_dir.filePath(u"older.sqlite"_s);
        {
            RawSqlite raw(older);
            QVERIFY(Migrator::migrate(raw.db(), 3).ok());
        }
        auto first = Database::open(other);
        auto second = Database::open(older);
        QVERIFY(first && second);
        QVERIFY(!first.value()->databaseId().isNull());
        QVERIFY(!second.value()->databaseId().isNull());
        QVERIFY(first.value()->databaseId() != id);
        QVERIFY(second.value()->databaseId() != first.value()->databaseId());
        // The same after reopening.
        const QUuid firstId = first.value()->databaseId();
        first = Database::open(other, Database::Mode::ReadOnly);
        QVERIFY(first);
        QCOMPARE(first.value()->databaseId(), firstId);
    }

    void packsOnlyTheChosenMeetings()
    {
        const QString path = newFolder() + u"/kengash-2025.bayon"_s;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const ReviewCopyIdentity made = pack(year2025(), path);
        QVERIFY(!made.id.isNull());
        QCOMPARE(made.sourceDatabaseId, m_db->databaseId());
        QCOMPARE(made.council, m_council);
        QCOMPARE(made.from, QDate(2025, 1, 1));
        QCOMPARE(made.to, QDate(2025, 12, 31));
        QCOMPARE(made.madeBy, u"Nodir Abdullayev"_s);
        QCOMPARE(made.statuses,
            (QList<MeetingStatus> {
                MeetingStatus::Review, MeetingStatus::Final, MeetingStatus::Signed}));
        QCOMPARE(made.meetingCount, 3);
        QVERIFY(made.madeAt >= before && made.madeAt <= QDateTime::currentDateTimeUtc());

        const auto copy = openCopy(path, Database::Mode::ReadOnly);
        QVERIFY(copy);
        // The identity as the reader sees it is the one pack returned.
        QCOMPARE(copy->reviewCopy().value(), made);
        QCOMPARE(copy->databaseId(), made.id);
        QVERIFY(copy->isReadOnly());
        QCOMPARE(copy->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(idsOf(*copy), (QList<qint64> {m_review, m_final, m_signed}));

        // Each meeting whole: its text, state, control hash, follow-up and scan.
        for (const qint64 id : {m_review, m_final, m_signed}) {
            const Meeting original = m_db->meetings().load(id).value();
            const Meeting copied = copy->meetings().load(id).value();
            QCOMPARE(copied, original);
            const LifecycleState state = copy->lifecycle().state(id).value();
            QCOMPARE(state, m_db->lifecycle().state(id).value());
        }
        const LifecycleState signedState = copy->lifecycle().state(m_signed).value();
        QCOMPARE(signedState.controlHash.size(), 64);
        const auto verified = copy->lifecycle().verify(m_signed);
        QVERIFY2(verified, qPrintable(messageOf(verified)));
        QVERIFY(verified->matches());
        const Meeting signedCopy = copy->meetings().load(m_signed).value();
        QCOMPARE(signedCopy.attachments.size(), 1);
        QVERIFY(signedCopy.attachments.first().isIntact());
        QCOMPARE(signedCopy.resolutions.at(m_followed).followUpStatus, FollowUpStatus::InProgress);
        // A paper copy's control code is found in the copy too.
        const auto found = copy->lifecycle().findControlCode(signedState.controlCode);
        QVERIFY2(found, qPrintable(messageOf(found)));
        QVERIFY(!found->isEmpty());
        for (const ControlCodeMatch& match : *found)
            QCOMPARE(match.meetingId, m_signed);
        QVERIFY(found->constLast().current);

        // The directory holds only the persons the copied meetings name.
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM persons WHERE id NOT IN (SELECT directory_id "
                            "FROM meeting_persons WHERE directory_id IS NOT NULL)"_s)
                     .toInt(),
            0);
        QCOMPARE(
            raw.scalar(u"SELECT count(*) FROM meetings WHERE id NOT IN (%1, %2, %3)"_s.arg(m_review)
                           .arg(m_final)
                           .arg(m_signed))
                .toInt(),
            0);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM review_copy"_s).toInt(), 1);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);

        // The copy has the source's tables, view and triggers, word for word,
        // so the lock below the program holds in it too and names the meeting.
        {
            RawSqlite source(m_db->path());
            QCOMPARE(raw.schema(), source.schema());
        }
        const QString textBefore
            = raw.scalar(
                     u"SELECT group_concat(text, '|') FROM resolutions WHERE meeting_id = %1"_s.arg(
                         m_signed))
                  .toString();
        QSqlQuery write(raw.db());
        QVERIFY(!write.exec(
            u"UPDATE resolutions SET text = 'x' WHERE meeting_id = %1"_s.arg(m_signed)));
        const QString error = write.lastError().databaseText();
        QVERIFY2(error.contains(
                     u"Bayon: the resolutions of a final or signed meeting cannot be changed"_s),
            qPrintable(error));
        QCOMPARE(
            raw.scalar(
                   u"SELECT group_concat(text, '|') FROM resolutions WHERE meeting_id = %1"_s.arg(
                       m_signed))
                .toString(),
            textBefore);
    }

    void packsChosenIdsStatusesAndPeriod()
    {
        const QString folder = newFolder();
        // One meeting by id; the period is then the days of its meetings.
        ReviewCopyRequest one;
        one.meetingIds = {m_final};
        const ReviewCopyIdentity single = pack(one, folder + u"/one.bayon"_s);
        QCOMPARE(single.meetingCount, 1);
        QCOMPARE(single.from, QDate(2025, 8, 15));
        QCOMPARE(single.to, QDate(2025, 8, 15));
        QVERIFY(!single.madeBy.isEmpty()); // the database's user
        QCOMPARE(idsOf(*openCopy(folder + u"/one.bayon"_s, Database::Mode::ReadOnly)),
            QList<qint64> {m_final});

        // Every review meeting, whatever its date.
        ReviewCopyRequest inReview;
        inReview.statuses = {MeetingStatus::Review};
        const ReviewCopyIdentity review = pack(inReview, folder + u"/review.bayon"_s);
        QCOMPARE(review.meetingCount, 2);
        QCOMPARE(review.from, QDate(2024, 12, 1));
        QCOMPARE(review.to, QDate(2025, 7, 10));
        QCOMPARE(review.statuses, QList<MeetingStatus> {MeetingStatus::Review});
        QCOMPARE(idsOf(*openCopy(folder + u"/review.bayon"_s, Database::Mode::ReadOnly)),
            (QList<qint64> {m_review, m_earlier}));

        // Two copies are two: each has its own id.
        QVERIFY(single.id != review.id);

        // A draft goes in only when drafts are asked for.
        ReviewCopyRequest draft;
        draft.meetingIds = {m_draft};
        expectPackRefused(
            draft, folder + u"/draft.bayon"_s, Error::Code::Refused, u"meeting %1"_s.arg(m_draft));
        draft.statuses = {MeetingStatus::Draft};
        QCOMPARE(pack(draft, folder + u"/draft.bayon"_s).meetingCount, 1);

        // A meeting that does not exist, or is outside the period, is said.
        ReviewCopyRequest missing;
        missing.meetingIds = {m_final, 99999};
        expectPackRefused(missing, folder + u"/missing.bayon"_s, Error::Code::NotFound, u"99999"_s);
        ReviewCopyRequest outside = year2025();
        outside.meetingIds = {m_earlier};
        expectPackRefused(outside, folder + u"/outside.bayon"_s, Error::Code::Refused,
            u"meeting %1"_s.arg(m_earlier));
    }

    void opensReadOnlyFromAReadOnlyFolder()
    {
        const QString folder = newFolder();
        const QString path = folder + u"/review-copy.bayon"_s;
        const ReviewCopyIdentity made = pack(year2025(), path);
        QVERIFY(!made.id.isNull());
        {
            // A rollback-journal file: an immutable reader sees it whole.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray header = file.read(100);
            QCOMPARE(int(header[18]), 1);
            QCOMPARE(int(header[19]), 1);
        }
        QVERIFY(QFile::setPermissions(folder,
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther));
        const QByteArray sha = fileSha256(path);
        const QStringList entries = folderEntries(folder);
        QCOMPARE(entries, QStringList {u"review-copy.bayon"_s});

        // Asked for writing, as the program and bayon-cli ask by default.
        for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            auto copy = openCopy(path, mode);
            QVERIFY(copy);
            QCOMPARE(copy->mode(), Database::Mode::ReadOnly);
            QVERIFY(copy->isReadOnly());
            QCOMPARE(copy->reviewCopy()->id, made.id);

            QCOMPARE(copy->meetings().list()->size(), 3);
            const Meeting meeting = copy->meetings().load(m_review).value();
            QVERIFY(copy->search().search(u"markerreview"_s).ok());
            QVERIFY(copy->decisions().list({}).ok());
            QVERIFY(copy->lifecycle().history(m_signed).ok());
            QVERIFY(copy->persons().list().ok());
            QVERIFY(copy->councils().list().ok());

            // Every write is refused before SQL, naming the copy.
            const auto expectRefused = [&](const Error& error) {
                QCOMPARE(error.code, Error::Code::Refused);
                QVERIFY2(error.message.contains(u"review copy"_s), qPrintable(error.message));
                QVERIFY2(error.message.contains(m_council), qPrintable(error.message));
                QVERIFY2(error.message.contains(u"cannot be changed"_s), qPrintable(error.message));
            };
            expectRefused(copy->meetings().save(meeting).error());
            expectRefused(copy->meetings().remove(m_review).error());
            expectRefused(copy->persons().save(person(u"Karimov Alisher"_s, {}, {})).error());
            expectRefused(copy->lifecycle().transition(m_review, MeetingStatus::Draft, {}).error());
            expectRefused(copy->lifecycle()
                              .setFollowUp(m_signed, meeting.resolutions.at(0).uid,
                                  FollowUpStatus::Done, u"bajarildi"_s)
                              .error());
            expectRefused(copy->lifecycle().attach(m_signed, u"x.pdf"_s, pdfBytes("x")).error());
            Council council;
            council.fullName = m_council;
            expectRefused(copy->councils().save(council).error());

            // Not even a -wal, -shm or -journal while it is open.
            QCOMPARE(folderEntries(folder), entries);
            QVERIFY(sideFiles(path).isEmpty());
        }
        QCOMPARE(folderEntries(folder), entries);
        QCOMPARE(fileSha256(path), sha);
        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void searchAndRegisterWorkInTheCopy()
    {
        const QString path = newFolder() + u"/search.bayon"_s;
        QVERIFY(!pack(year2025(), path).id.isNull());
        const QByteArray sha = fileSha256(path);
        {
            const auto copy = openCopy(path, Database::Mode::ReadWrite);
            QVERIFY(copy);
            const auto hits = copy->search().search(u"markerfinal"_s);
            QVERIFY2(hits, qPrintable(messageOf(hits)));
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->first().meetingId, m_final);
            // Words as members type them: any apostrophe.
            const auto sample = copy->search().search(u"o'zbekiston"_s);
            QVERIFY(sample.ok());
            QCOMPARE(m_db->search().search(u"o'zbekiston"_s)->isEmpty(), sample->isEmpty());
            // What stayed home is not found.
            QVERIFY(copy->search().search(u"markerdraft"_s)->isEmpty());
            QVERIFY(copy->search().search(u"markerearlier"_s)->isEmpty());

            // The register: one person's decisions, those of the copied meetings only.
            DecisionFilter filter;
            filter.responsible = u"Abdullayev"_s;
            filter.today = QDate(2025, 10, 1);
            const auto copied = copy->decisions().list(filter);
            QVERIFY2(copied, qPrintable(messageOf(copied)));
            QVERIFY(!copied->isEmpty());
            QList<DecisionEntry> expected;
            const QList<DecisionEntry> all = m_db->decisions().list(filter).value();
            for (const DecisionEntry& entry : all) {
                if (QList<qint64> {m_review, m_final, m_signed}.contains(entry.meetingId))
                    expected.append(entry);
            }
            QCOMPARE(copied->size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                QCOMPARE(copied->at(i).meetingId, expected.at(i).meetingId);
                QCOMPARE(copied->at(i).resolutionUid, expected.at(i).resolutionUid);
                QCOMPARE(copied->at(i).followUpStatus, expected.at(i).followUpStatus);
                QCOMPARE(copied->at(i).history, expected.at(i).history);
            }
            bool historyKept = false;
            for (const DecisionEntry& entry : *copied)
                historyKept = historyKept || !entry.history.isEmpty();
            QVERIFY(historyKept);
        }
        QCOMPARE(fileSha256(path), sha);
        QVERIFY(sideFiles(path).isEmpty());
    }

    void failureLeavesNoFile()
    {
        const QString folder = newFolder();
        // Nothing matches.
        ReviewCopyRequest nothing;
        nothing.from = QDate(1990, 1, 1);
        nothing.to = QDate(1990, 12, 31);
        expectPackRefused(
            nothing, folder + u"/none.bayon"_s, Error::Code::NotFound, u"no meeting matches"_s);
        // No folder to write in; a folder that is a file (refused even as root).
        expectPackRefused(
            year2025(), folder + u"/missing/copy.bayon"_s, Error::Code::NotFound, u"no folder"_s);
        QFile plain(folder + u"/plain.txt"_s);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        expectPackRefused(
            year2025(), folder + u"/plain.txt/copy.bayon"_s, Error::Code::NotFound, u"no folder"_s);
        // Never over the council's database, nor over another database.
        const QByteArray councilSha = fileSha256(m_db->path());
        expectPackRefused(year2025(), m_db->path(), Error::Code::Refused, u"made from"_s);
        QCOMPARE(fileSha256(m_db->path()), councilSha);
        const QString other = folder + u"/other.sqlite"_s;
        QVERIFY(Database::open(other).ok());
        const QByteArray otherSha = fileSha256(other);
        expectPackRefused(year2025(), other, Error::Code::Refused, u"not a review copy"_s);
        QCOMPARE(fileSha256(other), otherSha);
        QCOMPARE(folderEntries(folder), (QStringList {u"other.sqlite"_s, u"plain.txt"_s}));

        // An older review copy is replaced whole.
        const QString path = folder + u"/copy.bayon"_s;
        const ReviewCopyIdentity first = pack(year2025(), path);
        ReviewCopyRequest one;
        one.meetingIds = {m_review};
        const ReviewCopyIdentity second = pack(one, path);
        QVERIFY(first.id != second.id);
        QCOMPARE(openCopy(path, Database::Mode::ReadOnly)->reviewCopy()->id, second.id);

        // A copy is not made from a copy.
        auto copy = openCopy(path, Database::Mode::ReadOnly);
        QVERIFY(copy);
        const auto again = ReviewCopyWriter::pack(*copy, year2025(), folder + u"/again.bayon"_s);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"itself a review copy"_s),
            qPrintable(again.error().message));
        QCOMPARE(folderEntries(folder),
            (QStringList {u"copy.bayon"_s, u"other.sqlite"_s, u"plain.txt"_s}));
    }

    void refusesANewerOrDamagedCopy()
    {
        const QString folder = newFolder();
        const QString newer = folder + u"/newer.bayon"_s;
        const QString damaged = folder + u"/damaged.bayon"_s;
        QVERIFY(!pack(year2025(), newer).id.isNull());
        QVERIFY(!pack(year2025(), damaged).id.isNull());
        {
            RawSqlite raw(newer);
            QVERIFY(
                raw.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
        }
        {
            // Garbage over the pages after the first: the schema is readable,
            // the tables are not.
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8192 * 4);
            file.seek(8192 * 2);
            file.write(QByteArray(8192 * 2, '\x5a'));
        }
        const QStringList entries = folderEntries(folder);
        for (const auto& [path, part] :
            {std::pair {newer, u"newer"_s}, std::pair {damaged, u"damaged"_s}}) {
            const QByteArray sha = fileSha256(path);
            for (const Database::Mode mode :
                {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
                const auto opened = Database::open(path, mode);
                QVERIFY(!opened);
                QCOMPARE(opened.error().code, Error::Code::Refused);
                QVERIFY2(opened.error().message.contains(part), qPrintable(opened.error().message));
            }
            QCOMPARE(fileSha256(path), sha);
        }
        QCOMPARE(folderEntries(folder), entries);
    }

    void everyTableIsCopiedOrLeftOutOnPurpose()
    {
        RawSqlite raw(m_db->path());
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%' AND name NOT LIKE 'search_index_%'"_s));
        const QStringList covered = ReviewCopyWriter::tablesCovered();
        int tables = 0;
        while (query.next()) {
            ++tables;
            QVERIFY2(covered.contains(query.value(0).toString()),
                qPrintable(u"pack does not know the table "_s + query.value(0).toString()));
        }
        QVERIFY(tables > 20);
    }

    // A copy carries a seal over its content: an intact copy opens as before,
    // one whose meeting in review was edited after packing (with the sqlite3
    // shell, triggers and all) is reported as changed.
    void aCopyChangedAfterPackingIsReportedSo()
    {
        const QString path = QDir(newFolder()).filePath(u"nusxa.sqlite"_s);
        const ReviewCopyIdentity packed = pack(year2025(), path);
        QCOMPARE(packed.seal.size(), 64);
        QVERIFY(packed.sealHolds);
        {
            const auto intact = openCopy(path, Database::Mode::ReadOnly);
            QVERIFY(intact);
            QVERIFY(intact->reviewCopy()->sealHolds);
            QCOMPARE(intact->reviewCopy()->seal, packed.seal);
        }
        {
            RawSqlite raw(path);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(u"UPDATE agenda_items SET title = title || ' (tuzatildi)' "
                             "WHERE meeting_id = %1"_s.arg(m_review)));
        }
        const auto changed = openCopy(path, Database::Mode::ReadOnly);
        QVERIFY(changed);
        QVERIFY(changed->reviewCopy());
        QVERIFY(!changed->reviewCopy()->sealHolds);
    }

    // Without its seal (the column emptied behind Bayon's back) a copy is not trusted either.
    void aCopyWithoutItsSealIsReportedChanged()
    {
        const QString path = QDir(newFolder()).filePath(u"nusxa.sqlite"_s);
        pack(year2025(), path);
        {
            RawSqlite raw(path);
            QVERIFY(raw.exec(u"DROP TRIGGER review_copy_no_update"_s));
            QVERIFY(raw.exec(u"UPDATE review_copy SET seal = NULL"_s));
            // The trigger back, word for word: only the seal is missing.
            QVERIFY(raw.exec(u"CREATE TRIGGER review_copy_no_update BEFORE UPDATE ON review_copy "
                             "BEGIN SELECT RAISE(ABORT, 'Bayon: the identity of a review copy "
                             "is kept as it was made.'); END"_s));
        }
        const auto opened = Database::open(path, Database::Mode::ReadOnly);
        if (opened) {
            QVERIFY(opened.value()->reviewCopy());
            QVERIFY(!opened.value()->reviewCopy()->sealHolds);
        } else {
            QVERIFY2(
                opened.error().message.contains(u"damaged"_s), qPrintable(opened.error().message));
        }
    }

    // A copy with a column or a table missing is damaged: it is said so, not
    // "may come from a newer Bayon" nor "no such column".
    void aDamagedCopyIsSaidToBeDamaged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("column") << u"ALTER TABLE resolution_points DROP COLUMN text"_s;
        QTest::newRow("table") << u"DROP TABLE meeting_appendices"_s;
    }

    void aDamagedCopyIsSaidToBeDamaged()
    {
        QFETCH(QString, damage);
        const QString path = QDir(newFolder()).filePath(u"nusxa.sqlite"_s);
        pack(year2025(), path);
        {
            RawSqlite raw(path);
            QVERIFY(raw.exec(damage));
        }
        const auto opened = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(!opened);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(u"damaged or is not a Bayon review copy"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"newer"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"no such"_s), qPrintable(message));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestReviewCopy)
#include "testreviewcopy.moc"
