#include "meetinggenerator.h"
#include "rawsqlite.h"
#include "richmeeting.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

// Saving, loading, listing and deleting meetings, with the revision check
// that keeps a second window from overwriting the first one's save.
class TestMeetingRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(u"meetings-%1.sqlite"_s.arg(++m_files)); }

    static std::unique_ptr<Database> open(const QString& path)
    {
        auto opened = Database::open(path);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return {};
        }
        return std::move(opened).value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripOfARichMeeting()
    {
        const QString path = newPath();
        const Meeting original = richMeeting();
        Meeting saved;
        {
            auto db = open(path);
            QVERIFY(db);
            auto result = db->meetings().save(original);
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            saved = result.value();
            QVERIFY(saved.id > 0);
            QCOMPARE(saved.revision, 1);
            Meeting expected = original;
            expected.id = saved.id;
            expected.revision = 1;
            QCOMPARE(saved, expected);
            QCOMPARE(db->meetings().load(saved.id).value(), saved);
        }
        // And from the file, through a new connection.
        auto db = open(path);
        QVERIFY(db);
        const auto loaded = db->meetings().load(saved.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), saved);
        // Spot checks of what a reader of the file sees.
        QCOMPARE(loaded->agenda.at(0).reports.at(0).kpiTables.at(1).rows.at(1).change.kind,
            ChangeKind::Percent);
        QCOMPARE(loaded->agenda.at(0).reports.at(0).kpiTables.at(0).rows.at(0).value, std::nullopt);
        QCOMPARE(loaded->resolutions.at(4).responsible,
            QStringList({u"N.Abdullayev"_s, u"Sh.Axmatov"_s}));
        QCOMPARE(loaded->startTime, QTime(11, 0, 0, 250));
        QCOMPARE(loaded->chair.directoryId, 7);
    }

    void storesNormalisedRows()
    {
        const QString path = newPath();
        qint64 id = 0;
        {
            auto db = open(path);
            QVERIFY(db);
            id = db->meetings().save(richMeeting()).value().id;
        }
        RawSqlite raw(path);
        const QString where = u" WHERE meeting_id = %1"_s.arg(id);
        // The chair appears as chair, in the attendance and as a speaker: stored once.
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM meeting_persons"_s + where
                        + u" AND short_name = 'A.Ishanxodjaev'"_s)
                     .toInt(),
            1);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM attendance"_s + where).toInt(), 6);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM agenda_items"_s + where).toInt(), 2);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM resolutions"_s + where).toInt(), 5);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM kpi_rows"_s).toInt(), 6);
        QCOMPARE(raw.scalar(u"SELECT date FROM meetings WHERE id = %1"_s.arg(id)).toString(),
            u"2025-07-10"_s);
        QCOMPARE(raw.scalar(u"SELECT form FROM meetings WHERE id = %1"_s.arg(id)).toString(),
            u"written-poll"_s);
        QCOMPARE(raw.scalar(u"SELECT title FROM meetings WHERE id = %1"_s.arg(id)).toString(),
            richMeeting().title());
        QCOMPARE(raw.scalar(u"SELECT deadline_kind FROM resolutions WHERE seq = 2"_s).toString(),
            u"next-meeting"_s);
        QCOMPARE(
            raw.scalar(u"SELECT count(*) FROM speaker_reports WHERE speaker_id IS NULL"_s).toInt(),
            1);
    }

    void emptyMeetingRoundTrip()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const auto saved = db->meetings().save(Meeting {});
        QVERIFY(saved.ok());
        QCOMPARE(db->meetings().load(saved->id).value(), saved.value());
    }

    void saveIncrementsTheRevisionAndReplacesChildren()
    {
        auto db = open(newPath());
        QVERIFY(db);
        Meeting meeting = db->meetings().save(richMeeting()).value();
        meeting.agenda.removeLast();
        meeting.agenda[0].reports[0].kpiTables.removeFirst();
        meeting.resolutions.move(0, 3);
        meeting.attendance.append({person(u"Yangi Aʼzo"_s, u"Y.Aʼzo"_s, {}), AttendanceRole::Member,
            Presence::Present, {}});
        // review → draft: a status the workflow lets a save change (finalising
        // goes through the lifecycle, and a final meeting is read-only).
        meeting.status = MeetingStatus::Draft;
        const auto saved = db->meetings().save(meeting);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->revision, 2);
        Meeting expected = meeting;
        expected.revision = 2;
        QCOMPARE(db->meetings().load(meeting.id).value(), expected);
        QCOMPARE(db->meetings().save(saved.value())->revision, 3);
    }

    void aStaleRevisionIsRefused()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const Meeting stored = db->meetings().save(richMeeting()).value();
        Meeting first = stored;
        Meeting second = stored;
        first.place = u"Birinchi oyna"_s;
        second.place = u"Ikkinchi oyna"_s;
        second.agenda.clear();

        const auto firstSaved = db->meetings().save(first);
        QVERIFY(firstSaved.ok());
        const auto secondSaved = db->meetings().save(second);
        QVERIFY(!secondSaved.ok());
        QCOMPARE(secondSaved.error().code, Error::Code::Conflict);
        QVERIFY2(secondSaved.error().message.contains(u"revision 2"_s),
            qPrintable(secondSaved.error().message));
        QCOMPARE(db->meetings().load(stored.id).value(), firstSaved.value());
    }

    void aStaleRevisionIsRefusedAcrossPrograms()
    {
        // Two connections to one file, as two running copies of Bayon would have.
        const QString path = newPath();
        auto one = open(path);
        auto other = open(path);
        QVERIFY(one && other);
        const Meeting stored = one->meetings().save(richMeeting()).value();
        Meeting mine = other->meetings().load(stored.id).value();
        Meeting theirs = stored;
        theirs.number = 99;
        QVERIFY(one->meetings().save(theirs).ok());
        mine.number = 42;
        const auto refused = other->meetings().save(mine);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        one.reset();
        other.reset();
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"SELECT number FROM meetings"_s).toInt(), 99);
        QCOMPARE(raw.scalar(u"SELECT revision FROM meetings"_s).toInt(), 2);
    }

    void savingAMeetingThatIsGone()
    {
        auto db = open(newPath());
        QVERIFY(db);
        Meeting meeting = db->meetings().save(richMeeting()).value();
        QVERIFY(db->meetings().remove(meeting.id).ok());
        const auto saved = db->meetings().save(meeting);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Code::NotFound);
        QVERIFY(db->meetings().list()->isEmpty());
    }

    void loadOfAMissingMeeting()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const auto loaded = db->meetings().load(12345);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, Error::Code::NotFound);
        QVERIFY(loaded.error().message.contains(u"12345"_s));
    }

    void removeDeletesEveryRow()
    {
        const QString path = newPath();
        {
            auto db = open(path);
            QVERIFY(db);
            const qint64 gone = db->meetings().save(richMeeting()).value().id;
            const qint64 kept = db->meetings().save(richMeeting()).value().id;
            QVERIFY(db->meetings().remove(gone).ok());
            const auto again = db->meetings().remove(gone);
            QVERIFY(!again.ok());
            QCOMPARE(again.error().code, Error::Code::NotFound);
            QCOMPARE(db->meetings().list()->size(), 1);
            QCOMPARE(db->meetings().list()->constFirst().id, kept);
            QCOMPARE(db->meetings().load(gone).error().code, Error::Code::NotFound);
        }
        // Foreign keys are on: the cascade left no orphan anywhere.
        RawSqlite raw(path);
        for (const QString& table : {u"meeting_persons"_s, u"attendance"_s, u"agenda_items"_s,
                 u"resolutions"_s, u"search_parts"_s}) {
            QCOMPARE(raw.scalar(u"SELECT count(DISTINCT meeting_id) FROM "_s + table).toInt(), 1);
        }
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM kpi_rows"_s).toInt(), 6);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM resolution_points"_s).toInt(), 4);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM search_index"_s).toInt(),
            raw.scalar(u"SELECT count(*) FROM search_parts"_s).toInt());
    }

    void listIsNewestFirst()
    {
        auto db = open(newPath());
        QVERIFY(db);
        struct Entry
        {
            QDate date;
            int number;
        };
        const Entry entries[] = {
            {QDate(2024, 3, 1), 1},
            {QDate(2025, 6, 23), 5},
            {QDate(2025, 6, 23), 7},
            {QDate(2025, 1, 15), 2},
            {QDate(2025, 6, 23), 7},
            {QDate(), 0},
        };
        QList<qint64> ids;
        for (const Entry& entry : entries) {
            Meeting meeting = richMeeting();
            meeting.date = entry.date;
            meeting.number = entry.number;
            if (entry.number == 2)
                meeting.agenda.clear(); // the title falls back to the council
            ids.append(db->meetings().save(meeting).value().id);
        }
        const auto list = db->meetings().list();
        QVERIFY(list.ok());
        QList<qint64> order;
        for (const MeetingSummary& summary : *list)
            order.append(summary.id);
        // Date, then number, then id, each newest first; an undated draft last.
        QCOMPARE(order, QList<qint64>({ids[4], ids[2], ids[1], ids[3], ids[0], ids[5]}));

        const MeetingSummary& top = list->constFirst();
        QCOMPARE(top.revision, 1);
        QCOMPARE(top.councilName, richMeeting().councilName);
        QCOMPARE(top.number, 7);
        QCOMPARE(top.date, QDate(2025, 6, 23));
        QCOMPARE(top.status, MeetingStatus::Review);
        QCOMPARE(top.title, richMeeting().title());
        QCOMPARE(list->at(3).title, richMeeting().councilName);
    }

    void generatedMeetingsRoundTrip()
    {
        const QList<Meeting> generated = MeetingGenerator(7).generate(30, 2);
        QCOMPARE(generated.size(), 30);
        // The same seed, the same meetings: a benchmark run can be repeated.
        QCOMPARE(MeetingGenerator(7).generate(30, 2), generated);
        auto db = open(newPath());
        QVERIFY(db);
        QList<Meeting> saved;
        for (const Meeting& meeting : generated) {
            const auto result = db->meetings().save(meeting);
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            saved.append(result.value());
        }
        for (const Meeting& meeting : saved)
            QCOMPARE(db->meetings().load(meeting.id).value(), meeting);
        const auto list = db->meetings().list();
        QCOMPARE(list->size(), 30);
        QCOMPARE(list->constFirst().date, generated.constLast().date);
    }

    void savingTheSampleSizedMeetingIsFast()
    {
        // A guard against a save that compiles its statements each time or
        // forgets its indexes; the benchmark measures the real figure.
        auto db = open(newPath());
        QVERIFY(db);
        Meeting meeting = db->meetings().save(richMeeting()).value();
        for (int i = 0; i < 50; ++i)
            QVERIFY(db->meetings().save(richMeeting()).ok());
        QElapsedTimer timer;
        timer.start();
        constexpr int rounds = 20;
        for (int i = 0; i < rounds; ++i)
            meeting = db->meetings().save(meeting).value();
        QVERIFY2(timer.elapsed() / rounds < 100,
            qPrintable(u"%1 ms a save"_s.arg(timer.elapsed() / rounds)));
    }
};

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "testmeetingrepository.moc"
