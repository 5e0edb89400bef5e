#include "domain/partpath.h"
#include "domain/remarkpart.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The path of a part of a protocol: the string the editor, the validator, the
// search index, the revision diff and the remarks file hold, and reading it back.
class TestPartPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindRoundTrips_data()
    {
        QTest::addColumn<PartPath>("path");
        QTest::addColumn<QString>("text");
        QTest::newRow("meeting") << PartPath::meeting() << u"meeting"_s;
        QTest::newRow("attendance") << PartPath::attendance(4) << u"attendance 4"_s;
        QTest::newRow("agenda") << PartPath::agenda(2) << u"agenda 2"_s;
        QTest::newRow("report") << PartPath::report(2, 1) << u"report 2.1"_s;
        QTest::newRow("kpi") << PartPath::kpi(2, 1, 3) << u"kpi 2.1.3"_s;
        QTest::newRow("resolution") << PartPath::resolution(3) << u"resolution 3"_s;
        QTest::newRow("appendix") << PartPath::appendix(2) << u"appendix 2"_s;
        QTest::newRow("large numbers") << PartPath::kpi(12, 10, 145) << u"kpi 12.10.145"_s;
    }

    void everyKindRoundTrips()
    {
        QFETCH(PartPath, path);
        QFETCH(QString, text);
        QCOMPARE(path.toString(), text);
        const std::optional<PartPath> read = PartPath::parse(text);
        QVERIFY(read);
        QCOMPARE(*read, path);
        QCOMPARE(read->position().size(), PartPath::depth(path.kind));
    }

    void malformedStringsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("kpi with two numbers") << u"kpi 2.1"_s;
        QTest::newRow("kpi with four numbers") << u"kpi 2.1.3.4"_s;
        QTest::newRow("report with one number") << u"report 2"_s;
        QTest::newRow("agenda 0") << u"agenda 0"_s;
        QTest::newRow("agenda without number") << u"agenda"_s;
        QTest::newRow("agenda with a blank only") << u"agenda "_s;
        QTest::newRow("report x") << u"report x"_s;
        QTest::newRow("report x.1") << u"report x.1"_s;
        QTest::newRow("negative") << u"report 2.-1"_s;
        QTest::newRow("plus sign") << u"agenda +2"_s;
        QTest::newRow("roman") << u"agenda II"_s;
        QTest::newRow("empty number") << u"report 2."_s;
        QTest::newRow("trailing text") << u"agenda 2 3"_s;
        QTest::newRow("trailing word") << u"resolution 3 bis"_s;
        QTest::newRow("trailing blank") << u"resolution 3 "_s;
        QTest::newRow("leading blank") << u" resolution 3"_s;
        QTest::newRow("two blanks") << u"resolution  3"_s;
        QTest::newRow("meeting with a number") << u"meeting 1"_s;
        QTest::newRow("upper case") << u"Agenda 2"_s;
        QTest::newRow("unknown word") << u"speaker 2"_s;
        QTest::newRow("overflow") << u"agenda 99999999999"_s;
    }

    void malformedStringsAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY2(!PartPath::parse(text), qPrintable(text));
    }

    void factoriesWithNumbersBelowOneAreNoPath()
    {
        QVERIFY(!PartPath::of(PartKind::Report, {2}));
        QVERIFY(!PartPath::of(PartKind::Agenda, {0}));
        QVERIFY(!PartPath::of(PartKind::Meeting, {1}));
        QCOMPARE(PartPath::of(PartKind::Kpi, {2, 1, 3}), PartPath::kpi(2, 1, 3));
    }

    void pathsOrderByKindThenNumbers()
    {
        QVERIFY(PartPath::meeting() < PartPath::agenda(1));
        QVERIFY(PartPath::agenda(2) < PartPath::agenda(10));
        QVERIFY(PartPath::report(2, 1) < PartPath::report(2, 3));
        QVERIFY(PartPath::report(1, 9) < PartPath::report(2, 1));
        QVERIFY(PartPath::resolution(3) != PartPath::appendix(3));
    }

    // The names in remarks files and in the remarks table (kind and position)
    // are the paths' strings: a remark written before stays readable and
    // is written again byte for byte.
    void remarkPartsAreNamedByTheirPaths_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("meeting") << u"meeting"_s;
        QTest::newRow("agenda") << u"agenda 2"_s;
        QTest::newRow("report") << u"report 2.1"_s;
        QTest::newRow("kpi") << u"kpi 2.1.3"_s;
        QTest::newRow("resolution") << u"resolution 3"_s;
        QTest::newRow("appendix") << u"appendix 2"_s;
    }

    void remarkPartsAreNamedByTheirPaths()
    {
        QFETCH(QString, stored);
        const Result<RemarkPart> part = RemarkPart::parse(stored);
        QVERIFY2(part.ok(), part ? "" : qPrintable(part.error().message));
        QCOMPARE(part->name(), stored);
        QCOMPARE(part->path(), PartPath::parse(stored));
        QCOMPARE(RemarkPart::fromPath(*PartPath::parse(stored)), *part);
    }

    void aLineOfTheAttendanceListTakesNoRemark()
    {
        QVERIFY(!RemarkPart::fromPath(PartPath::attendance(2)));
        QVERIFY(!RemarkPart::parse(u"attendance 2"));
    }
};

Q_DECLARE_METATYPE(Bayon::PartPath)

QTEST_MAIN(TestPartPath)
#include "testpartpath.moc"
