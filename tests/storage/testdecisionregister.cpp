#include "interchange/meetingimporter.h"
#include "storage/database.h"
#include "storage/decisionregister.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"
#include "storage/sqlitedecisionregister.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The decisions register: every resolution of every meeting, with "by the
// next meeting" resolved, filtered by status (overdue too), person, period,
// council and words, and sorted by any column in Uzbek order.
class TestDecisionRegister : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sample = 0;
    qint64 m_next = 0;
    qint64 m_other = 0;
    const QString m_council
        = u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s;

    QList<DecisionEntry> list(DecisionFilter filter)
    {
        if (!filter.today.isValid())
            filter.today = QDate(2025, 9, 20);
        auto entries = m_db->decisions().list(filter);
        if (!entries)
            qFatal("register: %s", qPrintable(entries.error().message));
        return *entries;
    }

    static QStringList keys(const QList<DecisionEntry>& entries)
    {
        QStringList result;
        for (const DecisionEntry& entry : entries)
            result.append(QString::number(entry.meetingNumber) + u'.'
                + QString::number(entry.resolutionNumber));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(u"register.sqlite"_s));
        QVERIFY(opened);
        m_db = std::move(opened).value();

        // № 3 of 2025-07-10: the sample, its last resolution due on 1 August.
        Meeting sample = MeetingImporter::sample().value();
        QCOMPARE(sample.resolutions.size(), 5);
        sample.resolutions[4].deadline = Deadline::on(QDate(2025, 8, 1));
        sample.resolutions[3].responsible = {u"Z.Zokirov"_s};
        m_sample = m_db->meetings().save(sample)->id;

        // № 4 of 2025-09-15, the same council: the sample's "by the next meeting" falls due.
        Meeting next;
        next.councilName = m_council;
        next.number = 4;
        next.date = QDate(2025, 9, 15);
        Resolution instruct;
        instruct.text = u"Hisobotni tayyorlash"_s;
        instruct.kind = ResolutionKind::Instruct;
        instruct.responsible = {u"O'.Karimov"_s};
        instruct.deadline = Deadline::on(QDate(2025, 10, 1));
        instruct.followUpStatus = FollowUpStatus::InProgress;
        Resolution later = instruct;
        later.uid = QUuid::createUuid();
        later.text = u"Keyingi yigʻilishda koʻrib chiqish"_s;
        later.responsible = {u"Oʻ.Karimov"_s, u"A.Ishanxodjaev"_s};
        later.deadline = Deadline::nextMeeting();
        later.followUpStatus = FollowUpStatus::Open;
        next.resolutions = {instruct, later};
        m_next = m_db->meetings().save(next)->id;

        // Another council in between.
        Meeting other;
        other.councilName = u"Boshqa kengash"_s;
        other.number = 1;
        other.date = QDate(2025, 8, 1);
        Resolution done;
        done.text = u"Maʼlumot uchun qabul qilinsin"_s;
        done.followUpStatus = FollowUpStatus::Done;
        done.deadline = Deadline::on(QDate(2025, 8, 2));
        other.resolutions = {done};
        m_other = m_db->meetings().save(other)->id;
    }

    void everyResolutionInMeetingOrder()
    {
        const auto entries = list({});
        QCOMPARE(keys(entries),
            (QStringList {
                u"3.1"_s, u"3.2"_s, u"3.3"_s, u"3.4"_s, u"3.5"_s, u"1.1"_s, u"4.1"_s, u"4.2"_s}));
        const DecisionEntry& instruct = entries.at(4);
        QCOMPARE(instruct.meetingId, m_sample);
        QCOMPARE(instruct.responsible, QStringList {u"N.Abdullayev"_s});
        QCOMPARE(instruct.kind, ResolutionKind::Instruct);
        QCOMPARE(instruct.addressee, u"Kengash ishchi organi"_s);
        QCOMPARE(instruct.due, QDate(2025, 8, 1));
        QVERIFY(!instruct.firstLine().isEmpty());
        QCOMPARE(entries.at(0).subPoints.isEmpty(), false); // "Quyidagilar:" and its points
    }

    void byTheNextMeetingIsDueWhenItExists()
    {
        const auto entries = list({});
        // The sample's 3rd and 4th: the council's next meeting is on 15 September.
        QCOMPARE(entries.at(2).deadline.kind, DeadlineKind::NextMeeting);
        QCOMPARE(entries.at(2).due, QDate(2025, 9, 15));
        QCOMPARE(entries.at(3).due, QDate(2025, 9, 15));
        // № 4 has no next meeting yet.
        QCOMPARE(entries.at(7).deadline.kind, DeadlineKind::NextMeeting);
        QVERIFY(!entries.at(7).due.isValid());
    }

    void filtersByStatusAndOverdue()
    {
        DecisionFilter filter;
        filter.status = FollowUpStatus::InProgress;
        QCOMPARE(keys(list(filter)), QStringList {u"4.1"_s});
        filter.status = FollowUpStatus::Done;
        QCOMPARE(keys(list(filter)), QStringList {u"1.1"_s});

        DecisionFilter overdue;
        overdue.overdueOnly = true;
        const auto late = list(overdue);
        QCOMPARE(keys(late), (QStringList {u"3.3"_s, u"3.4"_s, u"3.5"_s}));
        QCOMPARE(late.at(0).daysOverdue(QDate(2025, 9, 20)), 5);
        QCOMPARE(late.at(2).daysOverdue(QDate(2025, 9, 20)), 50);
        overdue.today = QDate(2025, 9, 15);
        QCOMPARE(keys(list(overdue)), QStringList {u"3.5"_s});
    }

    void filtersByPersonPeriodCouncilAndWords()
    {
        DecisionFilter person;
        person.responsible = u"oʻ.karimov"_s; // any case, any apostrophe
        QCOMPARE(keys(list(person)), (QStringList {u"4.1"_s, u"4.2"_s}));
        person.responsible = u"abdullayev"_s;
        QCOMPARE(keys(list(person)), QStringList {u"3.5"_s});

        DecisionFilter period;
        period.from = QDate(2025, 8, 1);
        period.to = QDate(2025, 9, 1);
        QCOMPARE(keys(list(period)), QStringList {u"1.1"_s});

        DecisionFilter council;
        council.councilName = m_council;
        QCOMPARE(list(council).size(), 7);

        DecisionFilter words;
        words.text = u"hisobotni"_s;
        QCOMPARE(keys(list(words)), QStringList {u"4.1"_s});
        words.text = u"tayyorlash koʻrib"_s; // all words, in one resolution
        QVERIFY(list(words).isEmpty());
    }

    void sortsByAnyColumn()
    {
        DecisionFilter filter;
        filter.sortBy = DecisionFilter::Column::Due;
        QCOMPARE(keys(list(filter)).mid(0, 5),
            (QStringList {u"3.5"_s, u"1.1"_s, u"3.3"_s, u"3.4"_s, u"4.1"_s}));
        filter.descending = true;
        // Reversed: the undated first, the earliest due last.
        QCOMPARE(keys(list(filter)).last(), u"3.5"_s);

        // Uzbek order: Z comes before Oʻ.
        DecisionFilter responsible;
        responsible.sortBy = DecisionFilter::Column::Responsible;
        responsible.responsible = u"."_s;
        const QStringList byPerson = keys(list(responsible));
        QCOMPARE(byPerson, (QStringList {u"3.5"_s, u"3.4"_s, u"4.1"_s, u"4.2"_s}));

        DecisionFilter overdue;
        overdue.sortBy = DecisionFilter::Column::DaysOverdue;
        overdue.descending = true;
        QCOMPARE(keys(list(overdue)).first(), u"3.5"_s);

        DecisionFilter status;
        status.sortBy = DecisionFilter::Column::FollowUp;
        QCOMPARE(keys(list(status)).last(), u"1.1"_s);
    }

    void showsTheFollowUpHistory()
    {
        const Meeting next = m_db->meetings().load(m_next).value();
        QVERIFY(m_db->lifecycle().setFollowUp(m_next, next.resolutions[0].uid, FollowUpStatus::Done,
            u"tayyor"_s, u"Kotib"_s, QDate(2025, 9, 18)));
        DecisionFilter filter;
        filter.status = FollowUpStatus::Done;
        const auto entries = list(filter);
        QCOMPARE(keys(entries), (QStringList {u"1.1"_s, u"4.1"_s}));
        QCOMPARE(entries.at(1).history.size(), 1);
        QCOMPARE(entries.at(1).history.first().note, u"tayyor"_s);
        QCOMPARE(entries.at(1).history.first().date, QDate(2025, 9, 18));
    }

    void namesForCompletion()
    {
        const QStringList names = m_db->decisions().responsibleNames().value();
        // Uzbek order, each once: A, N, Z, then Oʻ (both apostrophes as stored).
        QCOMPARE(names.first(), u"A.Ishanxodjaev"_s);
        QCOMPARE(names.at(1), u"N.Abdullayev"_s);
        QCOMPARE(names.at(2), u"Z.Zokirov"_s);
        QCOMPARE(names.size(), 5);
        QCOMPARE(m_db->decisions().councilNames().value(),
            (QStringList {u"Boshqa kengash"_s, m_council}));
    }
};

QTEST_GUILESS_MAIN(TestDecisionRegister)
#include "testdecisionregister.moc"
