#include "interchange/remarksjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The remarks file a member sends back: written and read back equal, and
// every malformed file refused with its cause named.
class TestRemarksJson : public QObject
{
    Q_OBJECT

private:
    static RemarksFile twoRemarks()
    {
        RemarksFile file;
        file.reviewCopyId = QUuid(u"{3b1f6a52-0c7e-4d2b-9a51-6f3e2d1c0b9a}"_s);
        file.sourceDatabaseId = QUuid(u"{a7c2e9f0-5d14-4b8e-8f23-1e6d7c9b4a05}"_s);
        file.reviewer = u"Aziz Karimov"_s;
        file.exportedAt = QDateTime(QDate(2025, 7, 12), QTime(10, 30, 15, 250), Qt::UTC);

        Remark onReport;
        onReport.uid = QUuid(u"{0f4d3c2b-1a09-4e8f-b7c6-d5e4f3a2b1c0}"_s);
        onReport.meeting = {7, 3, QDate(2025, 7, 10)};
        onReport.revision = 2;
        onReport.part
            = {RemarkPartKind::Report, {2, 1}, QUuid(u"{044fd4f4-3969-455b-a58c-9e9f6b8203a5}"_s),
                u"O.Pekso\nsoʻzga chiqib, … taqdim qildi. Jumladan:"_s};
        onReport.text = u"«Raqamli» soʻzi ikki marta takrorlangan;\nqisqartirish kerak."_s;
        onReport.reviewer = u"Aziz Karimov"_s;
        onReport.writtenAt = QDateTime(QDate(2025, 7, 11), QTime(21, 5), Qt::UTC);

        Remark onMeeting = onReport;
        onMeeting.uid = QUuid(u"{9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a}"_s);
        onMeeting.part = {};
        onMeeting.text = u"Umuman qoʻllab-quvvatlayman."_s;
        onMeeting.reviewer = u"Dilnoza Yusupova"_s;
        file.remarks = {onReport, onMeeting};
        return file;
    }

    // The written file with one change made to its JSON.
    static QByteArray edited(const std::function<void(QJsonObject&)>& edit)
    {
        QJsonObject root = QJsonDocument::fromJson(RemarksJson::write(twoRemarks())).object();
        edit(root);
        return QJsonDocument(root).toJson();
    }

    static void editFirstRemark(QJsonObject& root, const std::function<void(QJsonObject&)>& edit)
    {
        QJsonArray remarks = root.value(u"remarks"_s).toArray();
        QJsonObject first = remarks.at(0).toObject();
        edit(first);
        remarks[0] = first;
        root[u"remarks"_s] = remarks;
    }

private Q_SLOTS:
    void writingThenReadingGivesTheSameRemarks()
    {
        const QByteArray json = RemarksJson::write(twoRemarks());
        const Result<RemarksFile> read = RemarksJson::read(json);
        QVERIFY2(read.ok(), read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->remarks.size(), 2);
        QCOMPARE(read->remarks.at(0), twoRemarks().remarks.at(0));
        QCOMPARE(*read, twoRemarks());
        QCOMPARE(RemarksJson::write(*read), json);
    }

    // What docs/interchange.md shows: the tag, the version and the field names.
    void theFileIsTheDocumentedFormat()
    {
        const QJsonObject root = QJsonDocument::fromJson(RemarksJson::write(twoRemarks())).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"bayon-remarks"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QCOMPARE(
            root.value(u"reviewCopy"_s).toString(), u"{3b1f6a52-0c7e-4d2b-9a51-6f3e2d1c0b9a}"_s);
        QCOMPARE(root.value(u"sourceDatabase"_s).toString(),
            u"{a7c2e9f0-5d14-4b8e-8f23-1e6d7c9b4a05}"_s);
        QCOMPARE(root.value(u"exportedAt"_s).toString(), u"2025-07-12T10:30:15.250Z"_s);
        const QJsonObject first = root.value(u"remarks"_s).toArray().at(0).toObject();
        QCOMPARE(first.keys(),
            (QStringList {u"meeting"_s, u"part"_s, u"reviewer"_s, u"revision"_s, u"text"_s,
                u"uid"_s, u"writtenAt"_s}));
        QCOMPARE(first.value(u"meeting"_s).toObject(),
            (QJsonObject {{u"id"_s, 7}, {u"number"_s, 3}, {u"date"_s, u"2025-07-10"_s}}));
        QCOMPARE(first.value(u"part"_s).toObject().value(u"name"_s).toString(), u"report 2.1"_s);
        QCOMPARE(first.value(u"part"_s).toObject().value(u"uid"_s).toString(),
            u"{044fd4f4-3969-455b-a58c-9e9f6b8203a5}"_s);
        QCOMPARE(first.value(u"revision"_s).toInt(), 2);
        QCOMPARE(root.value(u"remarks"_s).toArray().at(1).toObject().value(u"part"_s).toObject(),
            (QJsonObject {{u"name"_s, u"meeting"_s}, {u"uid"_s, u""_s}, {u"text"_s, u""_s}}));
        // Uzbek text as itself, not \u escapes.
        QVERIFY(RemarksJson::write(twoRemarks()).contains("soʻzi"));
    }

    void malformedFilesAreRefusedWithTheCause_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("\n") << u"The remarks file is empty."_s;
        QTest::newRow("not JSON") << QByteArray("Hurmatli kotib,\nfikrlarim:")
                                  << u"not valid JSON at line 1, column 1"_s;
        QTest::newRow("cut short")
            << RemarksJson::write(twoRemarks()).chopped(40) << u"not valid JSON at line"_s;
        QTest::newRow("array") << QByteArray("[]") << u"is not a JSON object"_s;
        QTest::newRow("a meeting file") << edited([](QJsonObject& r) {
            r[u"format"_s] = u"bayon-meeting"_s;
        }) << u"format: expected \"bayon-remarks\" (a Bayon remarks file), found \"bayon-meeting\""_s;
        QTest::newRow("no format") << edited([](QJsonObject& r) { r.remove(u"format"_s); })
                                   << u"format: required field is missing"_s;
        QTest::newRow("newer version")
            << edited([](QJsonObject& r) { r[u"version"_s] = 2; })
            << u"version: this file has version 2 of the format; this Bayon reads version 1"_s;
        QTest::newRow("no source database")
            << edited([](QJsonObject& r) { r.remove(u"sourceDatabase"_s); })
            << u"sourceDatabase: "_s;
        QTest::newRow("empty review copy id")
            << edited([](QJsonObject& r) { r[u"reviewCopy"_s] = u""_s; })
            << u"reviewCopy: required id is empty"_s;
        QTest::newRow("unknown key")
            << edited([](QJsonObject& r) { r[u"remark"_s] = QJsonArray(); })
            << u"remark: unknown field"_s;
        QTest::newRow("remark without text") << edited([](QJsonObject& r) {
            editFirstRemark(r, [](QJsonObject& m) { m.remove(u"text"_s); });
        }) << u"remarks[0].text: "_s;
        QTest::newRow("blank text") << edited([](QJsonObject& r) {
            editFirstRemark(r, [](QJsonObject& m) { m[u"text"_s] = u"  "_s; });
        }) << u"remarks[0].text: the remark has no text"_s;
        QTest::newRow("no meeting id") << edited([](QJsonObject& r) {
            editFirstRemark(r, [](QJsonObject& m) {
                m[u"meeting"_s] = QJsonObject {{u"number"_s, 3}, {u"date"_s, u"2025-07-10"_s}};
            });
        }) << u"remarks[0].meeting.id: "_s;
        QTest::newRow("bad part") << edited([](QJsonObject& r) {
            editFirstRemark(r, [](QJsonObject& m) {
                QJsonObject part = m.value(u"part"_s).toObject();
                part[u"name"_s] = u"report 2"_s;
                m[u"part"_s] = part;
            });
        }) << u"remarks[0].part.name: \"report 2\": a report is named by"_s;
        QTest::newRow("part without its uid") << edited([](QJsonObject& r) {
            editFirstRemark(r, [](QJsonObject& m) {
                QJsonObject part = m.value(u"part"_s).toObject();
                part[u"uid"_s] = u""_s;
                m[u"part"_s] = part;
            });
        }) << u"remarks[0].part.uid: required id is empty"_s;
        QTest::newRow("local time") << edited([](QJsonObject& r) {
            editFirstRemark(
                r, [](QJsonObject& m) { m[u"writtenAt"_s] = u"2025-07-11T21:05:00"_s; });
        }) << u"remarks[0].writtenAt: expected a UTC time"_s;
    }

    void malformedFilesAreRefusedWithTheCause()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<RemarksFile> read = RemarksJson::read(json);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Invalid);
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRemarksJson)
#include "testremarksjson.moc"
