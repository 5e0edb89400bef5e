#include "domain/meetingfromcouncil.h"
#include "interchange/meetingimporter.h"
#include "rawsqlite.h"
#include "storage/councilrepository.h"
#include "storage/database.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"
#include "storage/migrator.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Bayon;
using Bayon::Test::RawSqlite;
using namespace Qt::StringLiterals;

// Councils, their templates and the meetings' forms and votes in SQLite.
class TestCouncilRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(u"db%1.sqlite"_s.arg(++m_files)); }

    static Council board(const QString& name)
    {
        Council council;
        council.fullName = name;
        council.shortName = u"Kengash"_s;
        council.city = u"Samarqand shahri"_s;
        council.members = {
            {Person {0, u"Rahimov Botir"_s, u"B.Rahimov"_s, u"Rais"_s, {}}, CouncilRole::Chair,
                QDate(2024, 1, 1), {}},
            {Person {0, u"Karimova Dilnoza"_s, u"D.Karimova"_s, u"Aʼzo"_s, {}}, CouncilRole::Member,
                QDate(2024, 1, 1), {}},
            {Person {0, u"Yusupov Jamshid"_s, u"J.Yusupov"_s, u"Aʼzo"_s, {}}, CouncilRole::Member,
                QDate(2024, 1, 1), QDate(2024, 12, 31)},
            {Person {0, u"Qodirova Nigora"_s, u"N.Qodirova"_s, u"Kotib"_s, {}},
                CouncilRole::Secretary, {}, {}},
        };
        council.protocolTemplate.titleLine = u"MAJLIS BAYONI"_s;
        council.protocolTemplate.numbering = NumberingStyle::Suffix;
        council.protocolTemplate.approval = {true, u"Rais"_s, u"B.Rahimov"_s};
        council.defaultForm = ProtocolForm::Full;
        return council;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void savesAndLoadsACouncilWhole()
    {
        auto db = Database::open(newPath());
        QVERIFY(db.ok());
        Council council = board(u"Kuzatuv kengashi"_s);
        council.emblem = QByteArray("\x89PNG fake bytes", 15);
        const Result<Council> saved = (*db)->councils().save(council);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(saved->id > 0);
        const Result<Council> loaded = (*db)->councils().load(saved->id);
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, *saved);
        const auto list = (*db)->councils().list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().memberCount, 4);
        QVERIFY(!(*db)->councils().save(Council {}).ok()); // no name
    }

    void newMeetingTakesMembersChairSecretaryAndNumberPerBodyAndYear()
    {
        auto db = Database::open(newPath());
        QVERIFY(db.ok());
        const Council a = (*db)->councils().save(board(u"Birinchi kengash"_s)).value();
        const Council b = (*db)->councils().save(board(u"Ikkinchi kengash"_s)).value();
        for (int i = 0; i < 3; ++i) {
            Result<Meeting> m = (*db)->councils().newMeeting(a.id, QDate(2025, 3, 1 + i));
            QVERIFY(m.ok());
            QCOMPARE(m->number, i + 1);
            QVERIFY((*db)->meetings().save(*m).ok());
        }
        const Result<Meeting> firstOfB = (*db)->councils().newMeeting(b.id, QDate(2025, 4, 1));
        QVERIFY(firstOfB.ok());
        QCOMPARE(firstOfB->number, 1); // each body its own numbering
        QCOMPARE((*db)->councils().nextNumber(a.id, 2026).value(), 1); // a new year starts again
        QCOMPARE(firstOfB->chair.shortName, u"B.Rahimov"_s);
        QCOMPARE(firstOfB->secretary.shortName, u"N.Qodirova"_s);
        // J.Yusupov's term ended in 2024: not a member in 2025.
        QCOMPARE(firstOfB->memberCount, 3);
        QCOMPARE(firstOfB->attendance.size(), 3);
        QCOMPARE(firstOfB->protocolForm, ProtocolForm::Full);
        QCOMPARE(firstOfB->protocolTemplate.titleLine, u"MAJLIS BAYONI"_s);
        QCOMPARE(firstOfB->councilId, b.id);
    }

    void votesAndOpeningAreStored()
    {
        const QString path = newPath();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const Result<Meeting> sample = MeetingImporter::secondSample();
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().message));
        const Result<Meeting> saved = (*db)->meetings().save(*sample);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const Result<Meeting> loaded = (*db)->meetings().load(saved->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->resolutions, saved->resolutions);
        QCOMPARE(loaded->protocolTemplate, sample->protocolTemplate);
        QCOMPARE(loaded->endTime, QTime(12, 30));
        QCOMPARE(loaded->memberCount, 7);
        QCOMPARE(loaded->protocolForm, ProtocolForm::Full);
        QCOMPARE(loaded->resolutions.at(2).vote.rollCall.size(), 6);

        RawSqlite raw(path);
        QCOMPARE(
            raw.scalar(u"SELECT count(*) FROM roll_call_votes WHERE choice = 'against'"_s).toInt(),
            1);
        QCOMPARE(
            raw.scalar(u"SELECT count(*) FROM resolution_votes WHERE kind = 'unanimous'"_s).toInt(),
            2);
        QCOMPARE(raw.scalar(u"SELECT protocol_form FROM meetings"_s).toString(), u"full"_s);
    }

    void itemVotesAppendicesAndTheEmblemAreStored()
    {
        const QString path = newPath();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Council council = board(u"Kuzatuv kengashi"_s);
        council.emblem = QByteArray("\x89PNG emblem bytes", 18);
        const Result<Council> body = (*db)->councils().save(council);
        QVERIFY(body.ok());
        const Result<Meeting> sample = MeetingImporter::secondSample();
        QVERIFY(sample.ok());
        Meeting meeting = *sample;
        meeting.councilId = body->id;
        meeting.emblem.clear(); // the body's, whatever the meeting carries
        meeting.agenda[0].vote = {VoteKind::RollCall, 0, 0, 0,
            {{meeting.attendance.at(0).person, VoteChoice::For, {}},
                {meeting.attendance.at(1).person, VoteChoice::Abstained,
                    u"Maʼlumot kech berildi."_s}},
            {}};
        meeting.agenda[1].vote = {VoteKind::Counts, 5, 1, 0, {}, u"Alohida fikr bor."_s};
        QCOMPARE(meeting.appendices.size(), 1);
        const Result<Meeting> saved = (*db)->meetings().save(meeting);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const Result<Meeting> loaded = (*db)->meetings().load(saved->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->agenda.at(0).vote, meeting.agenda.at(0).vote);
        QCOMPARE(loaded->agenda.at(1).vote, meeting.agenda.at(1).vote);
        QCOMPARE(loaded->appendices, meeting.appendices);
        QCOMPARE(loaded->emblem, council.emblem);

        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM agenda_item_votes"_s).toInt(), 2);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM agenda_item_roll_calls WHERE choice = "
                            "'abstained' AND opinion <> ''"_s)
                     .toInt(),
            1);
        QCOMPARE(raw.scalar(u"SELECT title FROM meeting_appendices"_s).toString(),
            meeting.appendices.first().title);

        // A second save replaces them; an item's vote removed is gone.
        Meeting again = *loaded;
        again.agenda[1].vote = {};
        again.appendices.clear();
        QVERIFY((*db)->meetings().save(again).ok());
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM agenda_item_votes"_s).toInt(), 1);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM meeting_appendices"_s).toInt(), 0);

        // A final meeting's appendices are locked for any program that writes the file.
        for (MeetingStatus next : {MeetingStatus::Review, MeetingStatus::Final}) {
            const auto moved = (*db)->lifecycle().transition(saved->id, next, {}, {}, {});
            QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        }
        QVERIFY(!raw.exec(u"INSERT INTO meeting_appendices (meeting_id, seq, uid, title) "
                          "VALUES (1, 0, '{4f5a6b7c-8d9e-4f0a-b1c2-3d4e5f6a7b00}', 'x')"_s));
        QVERIFY(!raw.exec(u"UPDATE agenda_item_votes SET for_count = 9"_s));
    }

    void templateEditChangesDraftsNotSignedMeetings()
    {
        const QString path = newPath();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Council council = (*db)->councils().save(board(u"Kengash"_s)).value();
        Meeting draft = (*db)->councils().newMeeting(council.id, QDate(2025, 5, 1)).value();
        draft.agenda.append(AgendaItem {});
        draft.agenda.first().title = u"Hisobot"_s;
        draft = (*db)->meetings().save(draft).value();
        Meeting signedOne = (*db)->councils().newMeeting(council.id, QDate(2025, 5, 2)).value();
        signedOne.agenda = draft.agenda;
        signedOne.agenda.first().uid = QUuid::createUuid();
        signedOne = (*db)->meetings().save(signedOne).value();
        for (MeetingStatus next :
            {MeetingStatus::Review, MeetingStatus::Final, MeetingStatus::Signed}) {
            const Result<Meeting> moved
                = (*db)->lifecycle().transition(signedOne.id, next, {}, {}, QDate(2025, 5, 3));
            QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
            signedOne = *moved;
        }

        council.protocolTemplate.titleLine = u"YIGʻILISH BAYONNOMASI"_s;
        council.protocolTemplate.chairTitle = u"Kengash raisi"_s;
        QVERIFY((*db)->councils().save(council).ok());

        QCOMPARE((*db)->meetings().load(draft.id)->protocolTemplate.titleLine,
            u"YIGʻILISH BAYONNOMASI"_s);
        QCOMPARE(
            (*db)->meetings().load(signedOne.id)->protocolTemplate.titleLine, u"MAJLIS BAYONI"_s);

        // The bytes too: the draft's stored template follows, the signed one's does not.
        RawSqlite raw(path);
        QVERIFY(raw.scalar(u"SELECT template FROM meetings WHERE id = %1"_s.arg(draft.id))
                    .toString()
                    .contains(u"BAYONNOMASI"_s));
        QVERIFY(raw.scalar(u"SELECT template FROM meetings WHERE id = %1"_s.arg(signedOne.id))
                    .toString()
                    .contains(u"MAJLIS BAYONI"_s));
    }

    void migrationKeepsExistingMeetings()
    {
        const QString path = newPath();
        {
            RawSqlite raw(path);
            QVERIFY(Migrator::migrate(raw.db(), 2).ok());
            QVERIFY(raw.exec(u"INSERT INTO meetings (revision, council_name, number, date, title) "
                             "VALUES (4, 'Jamoatchilik kengashi', 3, '2025-07-10', 'Hisobot')"_s));
            QVERIFY(raw.exec(
                u"INSERT INTO resolutions (meeting_id, seq, uid, text, kind) "
                "VALUES (1, 0, '{8df138b2-f334-4e6d-919f-1f8a87c2a999}', 'Maʼlumot uchun qabul qilinsin.', 'take-note')"_s));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        const Result<Meeting> meeting = (*db)->meetings().load(1);
        QVERIFY2(meeting.ok(), qPrintable(meeting.ok() ? QString() : meeting.error().message));
        QCOMPARE(meeting->councilName, u"Jamoatchilik kengashi"_s);
        QCOMPARE(meeting->number, 3);
        QCOMPARE(meeting->revision, 4);
        QCOMPARE(meeting->resolutions.size(), 1);
        QCOMPARE(meeting->resolutions.first().text, u"Maʼlumot uchun qabul qilinsin."_s);
        QCOMPARE(meeting->protocolForm, ProtocolForm::Narrative);
        QCOMPARE(meeting->protocolTemplate, ProtocolTemplate {});
        QCOMPARE(meeting->councilId, 0);
    }
};

QTEST_GUILESS_MAIN(TestCouncilRepository)
#include "testcouncilrepository.moc"
