#include "rawsqlite.h"
#include "richmeeting.h"
#include "storage/database.h"
#include "storage/ftsquery.h"
#include "storage/meetingindexer.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsearch.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

// Full-text search: what is indexed and under which part, how a user's query
// becomes a safe FTS5 query, and that every way of typing an Uzbek apostrophe
// finds the same hits.
class TestMeetingSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Meeting m_rich;
    Meeting m_other;

    QList<SearchHit> search(const QString& query)
    {
        const auto hits = m_db->search().search(query);
        if (!hits) {
            qWarning("search(%s): %s", qPrintable(query), qPrintable(hits.error().message));
            return {};
        }
        return hits.value();
    }

    static QSet<QString> parts(const QList<SearchHit>& hits)
    {
        QSet<QString> result;
        for (const SearchHit& hit : hits)
            result.insert(hit.part);
        return result;
    }

    // A meeting whose every word below stands in one field only.
    static Meeting printedEverywhere()
    {
        Meeting meeting;
        meeting.councilName = u"Kuzatuv kengashi"_s;
        meeting.date = QDate(2025, 7, 18);
        meeting.convenedBy = u"Chaqiruvchi raisi B.Rahimov"_s;
        meeting.basis = u"Qonunning 83-moddasi va ustavga oʻzgartirishlar"_s;
        meeting.notification = u"Xabarnomani yuborildi"_s;
        AgendaItem item;
        item.title = u"Hisobot"_s;
        item.vote.kind = VoteKind::Unanimous;
        item.vote.opinions = u"Alohidafikr bildirildi"_s;
        SpeakerReport report;
        report.speaker.shortName = u"O.Pekso"_s;
        KpiTable table;
        KpiRow thousands;
        thousands.indicator = u"korxonalar"_s;
        thousands.value = 1152;
        KpiRow small;
        small.indicator = u"loyihalar"_s;
        small.value = 54;
        small.change = {ChangeKind::Factor, 3.7};
        table.rows = {thousands, small};
        report.kpiTables = {table};
        item.reports = {report};
        meeting.agenda = {item};
        Appendix appendix;
        appendix.title = u"Yoʻlxarita rejasi"_s;
        appendix.body = u"## Boʻlim\n\n- Debitorlik qarzdorligi"_s;
        meeting.appendices = {appendix};
        return meeting;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(u"search.sqlite"_s));
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        m_rich = m_db->meetings().save(richMeeting()).value();
        Meeting other;
        other.councilName = u"Oliy taʼlim vazirligi huzuridagi Jamoatchilik kengashi"_s;
        other.number = 8;
        other.date = QDate(2024, 11, 5);
        AgendaItem item;
        item.title = u"Talabalar turar joylari toʻgʻrisida"_s;
        other.agenda = {item};
        m_other = m_db->meetings().save(other).value();
    }

    void cleanupTestCase() { m_db.reset(); }

    void buildsSafeQueries_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << u"raqamli  hukumat"_s << u"\"raqamli\" \"hukumat\""_s;
        QTest::newRow("prefix") << u"dasturchi*"_s << u"\"dasturchi\"*"_s;
        QTest::newRow("phrase") << u"\"raqamli hukumat\" portal"_s
                                << u"\"raqamli hukumat\" \"portal\""_s;
        QTest::newRow("operators") << u"AND OR NOT NEAR"_s << u"\"AND\" \"OR\" \"NOT\" \"NEAR\""_s;
        QTest::newRow("punctuation only") << u"- * \" ( ) : ^ +"_s << QString();
        QTest::newRow("empty") << u"   "_s << QString();
        QTest::newRow("inner star") << u"o*sish"_s << u"\"osish\""_s;
        QTest::newRow("unbalanced quote") << u"\"madad"_s << u"\"madad\""_s;
        QTest::newRow("column syntax") << u"body:madad"_s << u"\"body:madad\""_s;
        QTest::newRow("apostrophe") << u"o'sish"_s << u"\"oʻsish\""_s;
        QTest::newRow("tutuq") << u"ta'lim"_s << u"\"taʼlim\""_s;
    }

    void buildsSafeQueries()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(FtsQuery::build(typed), expected);
    }

    // A body is indexed as the protocol prints it: without the marks of its
    // grammar, a continued bullet on one line, "*" and "+" as the text they are.
    void indexesTheBodyAsPrinted()
    {
        Meeting meeting;
        AgendaItem item;
        SpeakerReport report;
        report.body = u"  ## BOʻLIM\n- birinchi\ndavomi\n\n* yulduzcha\n+ plyus"_s;
        item.reports.append(report);
        meeting.agenda.append(item);
        QString body;
        for (const MeetingIndexer::Part& part : MeetingIndexer::parts(meeting)) {
            if (part.path == u"report 1.1"_s)
                body = part.text;
        }
        QCOMPARE(body, u"BOʻLIM\nbirinchi davomi\n* yulduzcha + plyus"_s);
    }

    void indexesEveryPartUnderItsPath()
    {
        const QList<MeetingIndexer::Part> indexed = MeetingIndexer::parts(m_rich);
        QStringList paths;
        for (const MeetingIndexer::Part& part : indexed)
            paths.append(part.path);
        QCOMPARE(paths,
            QStringList(
                {u"meeting"_s, u"agenda 1"_s, u"report 1.1"_s, u"kpi 1.1.1"_s, u"kpi 1.1.2"_s,
                    u"kpi 1.1.3"_s, u"kpi 1.1.4"_s, u"kpi 1.1.5"_s, u"agenda 2"_s, u"report 2.1"_s,
                    u"report 2.2"_s, u"kpi 2.2.1"_s, u"report 2.3"_s, u"resolution 1"_s,
                    u"resolution 2"_s, u"resolution 3"_s, u"resolution 4"_s, u"resolution 5"_s}));
        const QString report = indexed.at(2).text;
        QVERIFY(report.contains(u"IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:"_s));
        QVERIFY(!report.contains(u"##"_s));
        QVERIFY(report.contains(u"\nsoha joriy yilning"_s));
        QVERIFY(report.contains(u"O.Pekso"_s));
        QVERIFY(report.contains(u"Raqamli hukumat"_s)); // a KPI table's caption
        QVERIFY(indexed.at(0).text.contains(u"Amir Temur"_s));
        QVERIFY(indexed.at(0).text.contains(u"xizmat safarida"_s));
        QVERIFY(indexed.at(7).text.contains(u"Dasturchilar sertifikati"_s));
        QVERIFY(indexed.constLast().text.contains(u"Sh.Axmatov"_s));
        QVERIFY(indexed.constLast().text.contains(u"Kengash ishchi organi"_s));
    }

    void everyApostropheFindsTheSameHits_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("ascii") << u"o'sish"_s;
        QTest::newRow("left quote") << u"o‘sish"_s;
        QTest::newRow("right quote") << u"o’sish"_s;
        QTest::newRow("okina") << u"oʻsish"_s;
        QTest::newRow("backtick") << u"o`sish"_s;
        QTest::newRow("capitals") << u"O'SISH"_s;
    }

    void everyApostropheFindsTheSameHits()
    {
        QFETCH(QString, word);
        const QList<SearchHit> hits = search(word);
        QCOMPARE(hits, search(u"oʻsish"_s));
        QCOMPARE(parts(hits), QSet<QString>({u"report 1.1"_s, u"kpi 1.1.5"_s}));
        for (const SearchHit& hit : hits) {
            QCOMPARE(hit.meetingId, m_rich.id);
            QCOMPARE(hit.meetingNumber, 3);
            QCOMPARE(hit.meetingDate, QDate(2025, 7, 10));
            QVERIFY2(hit.snippet.contains(u"[oʻsish]"_s), qPrintable(hit.snippet));
        }
    }

    void theTutuqBelgisiToo_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("ascii") << u"ta'minlash"_s;
        QTest::newRow("right quote") << u"ta’minlash"_s;
        QTest::newRow("modifier") << u"taʼminlash"_s;
    }

    void theTutuqBelgisiToo()
    {
        QFETCH(QString, word);
        const QList<SearchHit> hits = search(word);
        QCOMPARE(parts(hits), QSet<QString>({u"report 2.2"_s}));
        QVERIFY2(hits.constFirst().snippet.contains(u"[taʼminlash]"_s),
            qPrintable(hits.constFirst().snippet));
    }

    void hitsNameTheirPart_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("place") << u"Temur"_s << QStringList {u"meeting"_s};
        QTest::newRow("agenda title") << u"istiqbolli"_s << QStringList {u"agenda 1"_s};
        QTest::newRow("discussion") << u"maʼqullandi"_s << QStringList {u"agenda 2"_s};
        QTest::newRow("kpi indicator") << u"dasturchilar"_s << QStringList {u"kpi 1.1.5"_s};
        QTest::newRow("kpi unit") << u"mln"_s << QStringList {u"kpi 1.1.4"_s};
        QTest::newRow("prefix") << u"sertifik*"_s << QStringList {u"kpi 1.1.5"_s};
        QTest::newRow("responsible") << u"Axmatov"_s << QStringList {u"resolution 5"_s};
        QTest::newRow("sub-point") << u"targʻib"_s << QStringList {u"resolution 4"_s};
        QTest::newRow("status note") << u"koʻriladi"_s << QStringList {u"resolution 3"_s};
        QTest::newRow("two words") << u"Madad loyihani"_s << QStringList {u"resolution 2"_s};
        QTest::newRow("phrase") << u"\"oʻquv seminari\""_s << QStringList {u"report 2.2"_s};
        QTest::newRow("other meeting") << u"talabalar"_s << QStringList {u"agenda 1"_s};
    }

    void hitsNameTheirPart()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QList<SearchHit> hits = search(query);
        QStringList found;
        for (const SearchHit& hit : hits)
            found.append(hit.part);
        found.sort();
        QCOMPARE(found, expected);
    }

    void snippetsMarkTheMatches()
    {
        const QList<SearchHit> hits = search(u"madad"_s);
        QCOMPARE(parts(hits), QSet<QString>({u"agenda 2"_s, u"report 2.1"_s, u"resolution 2"_s}));
        for (const SearchHit& hit : hits)
            QVERIFY2(hit.snippet.contains(u"“[Madad]”"_s), qPrintable(hit.snippet));
        const QList<SearchHit> other = search(u"talabalar"_s);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.constFirst().meetingId, m_other.id);
        QCOMPARE(other.constFirst().meetingNumber, 8);
        QCOMPARE(other.constFirst().snippet, u"[Talabalar] turar joylari toʻgʻrisida"_s);
    }

    void queriesWithSyntaxCharactersDoNotFail_data()
    {
        QTest::addColumn<QString>("query");
        for (const QString& query : {u"\""_s, u"*"_s, u"-"_s, u"AND"_s, u"raqamli AND"_s,
                 u"OR NOT"_s, u"NEAR(raqamli hukumat)"_s, u"(madad"_s, u"madad)"_s, u"body:madad"_s,
                 u"^madad"_s, u"madad -hukumat"_s, u"\"\""_s, u"\"unclosed phrase"_s, u"'"_s,
                 u"**"_s, u"{body}: x"_s, u"a + b"_s, u"IT-Park"_s}) {
            QTest::newRow(qPrintable(query)) << query;
        }
    }

    void queriesWithSyntaxCharactersDoNotFail()
    {
        QFETCH(QString, query);
        const auto hits = m_db->search().search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().message));
    }

    void limitAndUsage()
    {
        const auto one = m_db->search().search(u"kengash"_s, 1);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
        QVERIFY(search(u"kengash"_s).size() > 1);
        QCOMPARE(m_db->search().search(u"kengash"_s, 0).error().code, Error::Code::Usage);
        QVERIFY(search(u"   "_s).isEmpty());
    }

    // Every printed text is found, and a figure as printed or as typed.
    void findsEveryPrintedField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("part");
        QTest::newRow("convenedBy") << u"chaqiruvchi"_s << u"meeting"_s;
        QTest::newRow("basis") << u"oʻzgartirishlar"_s << u"meeting"_s;
        QTest::newRow("basis, typed") << u"o'zgartirishlar"_s << u"meeting"_s;
        QTest::newRow("notification") << u"xabarnomani"_s << u"meeting"_s;
        QTest::newRow("vote opinions") << u"alohidafikr"_s << u"agenda 1"_s;
        QTest::newRow("appendix title") << u"yoʻlxarita"_s << u"appendix 1"_s;
        QTest::newRow("appendix body") << u"debitorlik"_s << u"appendix 1"_s;
        QTest::newRow("kpi value") << u"1152"_s << u"kpi 1.1.1"_s;
        QTest::newRow("kpi value as printed") << u"\"1 152\""_s << u"kpi 1.1.1"_s;
        QTest::newRow("kpi small value") << u"54"_s << u"kpi 1.1.2"_s;
        QTest::newRow("kpi change") << u"\"3,7\""_s << u"kpi 1.1.2"_s;
    }

    void findsEveryPrintedField()
    {
        QFETCH(QString, query);
        QFETCH(QString, part);
        const QString path = m_dir.filePath(u"printed.sqlite"_s);
        if (!QFile::exists(path)) {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->meetings().save(printedEverywhere()).ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const auto hits = (*db)->search().search(query);
        QVERIFY(hits.ok());
        QStringList found;
        for (const SearchHit& hit : *hits)
            found.append(hit.part);
        QCOMPARE(found, QStringList {part});
        // The body is indexed as it reads, without its Markdown marks.
        if (part.startsWith(u"appendix"_s))
            QVERIFY2(!hits->constFirst().snippet.contains(u"##"_s),
                qPrintable(hits->constFirst().snippet));
    }

    // A database indexed by an older program is indexed again when it is next
    // opened for writing: the migration marks its meetings, the open clears the marks.
    void olderIndexIsRebuiltOnOpen()
    {
        const QString path = m_dir.filePath(u"older.sqlite"_s);
        qint64 id = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            id = (*db)->meetings().save(printedEverywhere()).value().id;
        }
        {
            // What the older program left: no appendix, no opening, no figures
            // in the index, and the schema before the migration.
            RawSqlite raw(path);
            QVERIFY(raw.exec(u"DELETE FROM search_parts WHERE part <> 'agenda 1'"_s));
            QVERIFY(raw.exec(u"DROP TABLE search_stale"_s));
            // Nor the seal of review copies, which a later migration adds.
            QVERIFY(raw.exec(u"ALTER TABLE review_copy DROP COLUMN seal"_s));
            QVERIFY(raw.exec(u"PRAGMA user_version = 10"_s));
        }
        {
            auto db = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY(!db.ok()); // an older schema is not upgraded read-only
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        for (const QString& query :
            {u"yoʻlxarita"_s, u"chaqiruvchi"_s, u"1152"_s, u"alohidafikr"_s}) {
            const auto hits = (*db)->search().search(query);
            QVERIFY(hits.ok());
            QVERIFY2(hits->size() == 1, qPrintable(query));
            QCOMPARE(hits->constFirst().meetingId, id);
        }
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM search_stale"_s).toInt(), 0);
        // Each part once: the rebuild replaced, it did not add.
        QCOMPARE(
            raw.scalar(u"SELECT count(*) FROM search_parts WHERE part = 'agenda 1'"_s).toInt(), 1);
    }

    void staysCurrentAfterSaveAndRemove()
    {
        Meeting meeting = richMeeting();
        meeting.place = u"Zilzilabardosh bino"_s;
        meeting = m_db->meetings().save(meeting).value();
        QCOMPARE(parts(search(u"zilzilabardosh"_s)), QSet<QString> {u"meeting"_s});

        meeting.place = u"Samarqand shahri"_s;
        meeting.resolutions[0].subPoints.append(u"Zilzilabardosh binolar roʻyxati tuzilsin."_s);
        meeting = m_db->meetings().save(meeting).value();
        const QList<SearchHit> moved = search(u"zilzilabardosh"_s);
        QCOMPARE(parts(moved), QSet<QString> {u"resolution 1"_s});
        QCOMPARE(moved.constFirst().meetingId, meeting.id);

        // A refused save changes nothing in the index either.
        Meeting stale = meeting;
        stale.revision = 1;
        stale.place = u"Qoraqalpogʻiston"_s;
        QCOMPARE(m_db->meetings().save(stale).error().code, Error::Code::Conflict);
        QVERIFY(search(u"Qoraqalpogʻiston"_s).isEmpty());

        QVERIFY(m_db->meetings().remove(meeting.id).ok());
        QVERIFY(search(u"zilzilabardosh"_s).isEmpty());
        QVERIFY(search(u"Samarqand"_s).isEmpty());
        // The other meetings are still found.
        QCOMPARE(parts(search(u"talabalar"_s)), QSet<QString> {u"agenda 1"_s});
    }
};

QTEST_GUILESS_MAIN(TestMeetingSearch)
#include "testmeetingsearch.moc"
