#include "domain/partpath.h"
#include "domain/remarkpart.h"
#include "interchange/remarksjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    void ofNeedsTheKindsCountOfNumbersFromOne()
    {
        QVERIFY(!PartPath::of(PartKind::Report, {2}));
        QVERIFY(!PartPath::of(PartKind::Agenda, {0}));
        QVERIFY(!PartPath::of(PartKind::Meeting, {1}));
        QCOMPARE(PartPath::of(PartKind::Kpi, {2, 1, 3}), PartPath::kpi(2, 1, 3));
    }

    void numbersAreDecimalDigitsFromOne()
    {
        QCOMPARE(PartPath::parseNumber(u"12"), 12);
        QVERIFY(!PartPath::parseNumber(u"0"));
        QVERIFY(!PartPath::parseNumber(u"-1"));
        QVERIFY(!PartPath::parseNumber(u"+1"));
        QVERIFY(!PartPath::parseNumber(u" 1"));
        QVERIFY(!PartPath::parseNumber(u"II"));
        QVERIFY(!PartPath::parseNumber(u""));
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

    // A remarks file as a member sends it names the part by its path, and
    // reads back to the same part.
    void remarksFilesHoldThePathsStrings()
    {
        QFETCH(QString, stored);
        Remark remark;
        remark.uid = QUuid(u"{0f4d3c2b-1a09-4e8f-b7c6-d5e4f3a2b1c0}"_s);
        remark.meeting = {7, 3, QDate(2025, 7, 10)};
        remark.revision = 2;
        remark.part = *RemarkPart::fromPath(*PartPath::parse(stored));
        if (remark.part.kind != RemarkPartKind::Meeting)
            remark.part.uid = QUuid(u"{044fd4f4-3969-455b-a58c-9e9f6b8203a5}"_s);
        remark.text = u"Aniqlashtirish kerak."_s;
        remark.reviewer = u"Aziz Karimov"_s;
        remark.writtenAt = QDateTime(QDate(2025, 7, 11), QTime(21, 5), Qt::UTC);
        RemarksFile file;
        file.reviewCopyId = QUuid(u"{3b1f6a52-0c7e-4d2b-9a51-6f3e2d1c0b9a}"_s);
        file.sourceDatabaseId = QUuid(u"{a7c2e9f0-5d14-4b8e-8f23-1e6d7c9b4a05}"_s);
        file.reviewer = remark.reviewer;
        file.exportedAt = remark.writtenAt;
        file.remarks = {remark};

        const QByteArray json = RemarksJson::write(file);
        const QJsonObject written = QJsonDocument::fromJson(json)
                                        .object()
                                        .value(u"remarks"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"part"_s)
                                        .toObject();
        QCOMPARE(written.value(u"name"_s).toString(), stored);
        const Result<RemarksFile> read = RemarksJson::read(json);
        QVERIFY2(read.ok(), read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->remarks.at(0).part.path(), PartPath::parse(stored));
    }

    void remarksFilesHoldThePathsStrings_data() { remarkPartsAreNamedByTheirPaths_data(); }

    void aLineOfTheAttendanceListTakesNoRemark()
    {
        QVERIFY(!RemarkPart::fromPath(PartPath::attendance(2)));
        QVERIFY(!RemarkPart::parse(u"attendance 2"));
    }
};

Q_DECLARE_METATYPE(Bayon::PartPath)

QTEST_MAIN(TestPartPath)
#include "testpartpath.moc"
