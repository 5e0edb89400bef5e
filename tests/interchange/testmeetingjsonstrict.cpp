#include "interchange/meetingimporter.h"
#include "interchange/meetingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// What the importer refuses that QJsonDocument lets through, and what it
// never takes from a file: numbers that are not JSON numbers, control
// characters, a negative number, attachments that are not whole scans, and
// the status a file claims.
class TestMeetingJsonStrict : public QObject
{
    Q_OBJECT

private:
    // The sample, numbered 4321 (a number found nowhere else in the file).
    static QByteArray sampleJson()
    {
        Meeting meeting = MeetingImporter::sample().value();
        meeting.number = 4321;
        return MeetingJson::write(meeting);
    }

    static QJsonObject sampleObject() { return QJsonDocument::fromJson(sampleJson()).object(); }

    static QByteArray withMeeting(QJsonObject root, const QString& key, const QJsonValue& value)
    {
        QJsonObject meeting = root[u"meeting"_s].toObject();
        meeting[key] = value;
        root[u"meeting"_s] = meeting;
        return QJsonDocument(root).toJson();
    }

    static QString refusal(const QByteArray& json)
    {
        const Result<Meeting> read = MeetingImporter::fromJson(json);
        return read ? QString() : read.error().message;
    }

    static QJsonObject attachmentOf(
        const QByteArray& data, const QString& name, const QString& type = u"application/pdf"_s)
    {
        const Attachment attachment = Attachment::fromData(name, type, data);
        return {{u"name"_s, name}, {u"mimeType"_s, type}, {u"size"_s, attachment.size()},
            {u"sha256"_s, attachment.sha256}, {u"addedAt"_s, u""_s}, {u"addedBy"_s, u""_s},
            {u"data"_s, QString::fromLatin1(data.toBase64())}};
    }

    static QByteArray pdfBytes()
    {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    }

private Q_SLOTS:
    void numbersMustBeJsonNumbers_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("1.") << QByteArray("4321.");
        QTest::newRow(".5") << QByteArray(".5");
        QTest::newRow("1.e3") << QByteArray("4.e3");
        QTest::newRow("-.5") << QByteArray("-.5");
    }

    void numbersMustBeJsonNumbers()
    {
        QFETCH(QByteArray, number);
        QByteArray json = sampleJson();
        QCOMPARE(json.count("\"number\": 4321,"), 1);
        json.replace("\"number\": 4321,", QByteArray("\"number\": " + number + ','));
        const QString message = refusal(json);
        QVERIFY2(message.startsWith(u"Not valid JSON at line "_s), qPrintable(message));
        QVERIFY2(
            message.contains(u'"' + QString::fromLatin1(number) + u"\" is not a JSON number"_s),
            qPrintable(message));
    }

    void aRawControlCharacterIsRefused_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("NUL") << QByteArray("\0", 1);
        QTest::newRow("escape") << QByteArray("\x1b[2J");
        QTest::newRow("line break") << QByteArray("\n");
    }

    void aRawControlCharacterIsRefused()
    {
        QFETCH(QByteArray, raw);
        QByteArray json = withMeeting(sampleObject(), u"place"_s, u"Toshkent MARKER"_s);
        json.replace("MARKER", raw);
        const QString message = refusal(json);
        QVERIFY2(message.startsWith(u"Not valid JSON at line "_s), qPrintable(message));
        QVERIFY2(message.contains(u"control character"_s), qPrintable(message));
    }

    // Escaped, a line break and a tab stay in a text; other control
    // characters are refused, naming the field; a name takes none.
    void controlCharactersInTextsAreRefusedByField()
    {
        const QJsonObject root = sampleObject();
        QVERIFY(MeetingImporter::fromJson(
            withMeeting(root, u"place"_s, u"Toshkent,\n\tmajlislar zali"_s))
                    .ok());
        QCOMPARE(refusal(withMeeting(root, u"place"_s, u"Toshkent\u0007"_s)),
            u"meeting.place: holds the control character U+0007; a text may hold line breaks "
            "and tabs but no other control character"_s);
        QVERIFY(refusal(withMeeting(root, u"place"_s, QStringView(u"a\0b", 3).toString()))
                    .startsWith(u"meeting.place: holds the control character U+0000"_s));
        QJsonObject chair = root[u"meeting"_s].toObject()[u"chair"_s].toObject();
        chair[u"fullName"_s] = u"Ali\nVali"_s;
        QVERIFY(refusal(withMeeting(root, u"chair"_s, chair))
                    .startsWith(u"meeting.chair.fullName: holds the control character U+000A; "
                                "this field is one line"_s));
    }

    void aNegativeMeetingNumberIsRefused()
    {
        const QString message = refusal(withMeeting(sampleObject(), u"number"_s, -1));
        QVERIFY2(message.startsWith(u"meeting.number: expected a whole number from 0"_s),
            qPrintable(message));
    }

    // "signed" in a file is a claim, not a signing: the meeting comes in as a draft.
    void anImportedMeetingIsADraft_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("review") << u"review"_s;
        QTest::newRow("final") << u"final"_s;
        QTest::newRow("signed") << u"signed"_s;
    }

    void anImportedMeetingIsADraft()
    {
        QFETCH(QString, status);
        const Result<Meeting> read
            = MeetingImporter::fromJson(withMeeting(sampleObject(), u"status"_s, status));
        QVERIFY(read);
        QCOMPARE(read->status, MeetingStatus::Draft);
    }

    // An attachment in a file passes the check `attach` makes.
    void anAttachmentMustBeAWholeScan()
    {
        const QJsonObject root = sampleObject();
        const QByteArray html = "%PDF-1.4\n<html><body>not a scan</body></html>\n";
        const QString message = refusal(
            withMeeting(root, u"attachments"_s, QJsonArray {attachmentOf(html, u"scan.pdf"_s)}));
        QVERIFY2(message.startsWith(u"meeting.attachments[0].data: "_s), qPrintable(message));
        const QByteArray script = "#!/bin/sh\nrm -rf ~\n";
        QVERIFY(!refusal(withMeeting(root, u"attachments"_s,
                             QJsonArray {attachmentOf(script, u"run.sh"_s, u"image/png"_s)}))
                     .isEmpty());
        QVERIFY(!refusal(withMeeting(root, u"attachments"_s,
                             QJsonArray {attachmentOf(pdfBytes(), u"scan.pdf"_s, u"image/png"_s)}))
                     .isEmpty());

        const Result<Meeting> read = MeetingImporter::fromJson(withMeeting(root, u"attachments"_s,
            QJsonArray {attachmentOf(pdfBytes(), u"../../.bashrc/scan.pdf"_s)}));
        QVERIFY2(read,
            qPrintable(refusal(withMeeting(root, u"attachments"_s,
                QJsonArray {attachmentOf(pdfBytes(), u"../../.bashrc/scan.pdf"_s)}))));
        QCOMPARE(read->attachments.constFirst().name, u"scan.pdf"_s);
    }

    // What this program wrote itself reads back as it was (a kept revision).
    void whatBayonWroteReadsBackAsWritten()
    {
        Meeting meeting = MeetingImporter::sample().value();
        meeting.place = u"Toshkent\u0007"_s;
        const Result<Meeting> kept
            = MeetingJson::read(MeetingJson::write(meeting), MeetingJson::Source::Written);
        QVERIFY(kept);
        QCOMPARE(kept->place, meeting.place);
    }
};

QTEST_GUILESS_MAIN(TestMeetingJsonStrict)
#include "testmeetingjsonstrict.moc"
