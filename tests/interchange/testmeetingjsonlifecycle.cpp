#include "domain/meetingtexts.h"
#include "interchange/meetingimporter.h"
#include "interchange/meetingjson.h"
#include "resourcepaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The optional keys the lifecycle added to version 1 of the interchange JSON:
// a meeting's attachments and each resolution's follow-up history. A meeting
// without them is written byte for byte as before.
class TestMeetingJsonLifecycle : public QObject
{
    Q_OBJECT

private:
    static Meeting withLifecycle()
    {
        Meeting meeting = MeetingImporter::sample().value();
        meeting.resolutions[4].followUpStatus = FollowUpStatus::InProgress;
        meeting.resolutions[4].followUpHistory = {
            {QDate(2025, 7, 20), FollowUpStatus::InProgress, u"ishchi guruh tuzildi"_s,
                u"Nodir Abdullayev"_s,
                QDateTime(QDate(2025, 7, 20), QTime(10, 15, 30, 250), Qt::UTC)},
        };
        const QByteArray scan
            = QByteArray("%PDF-1.4\n") + QByteArray::fromHex("0001ff00d09e") + "\nbinary\n";
        meeting.attachments = {Attachment::fromData(u"imzolangan nusxa.pdf"_s, u"application/pdf"_s,
            scan, QDateTime(QDate(2025, 7, 12), QTime(9, 0), Qt::UTC), u"Kotib"_s)};
        return meeting;
    }

    static QJsonObject root(const QByteArray& json)
    {
        return QJsonDocument::fromJson(json).object();
    }

private Q_SLOTS:
    // Import puts the apostrophes right in every text of a meeting, as
    // MeetingTexts lists them: the opening's, the votes', the appendices'.
    void importPutsApostrophesRightInEveryText()
    {
        const Result<Meeting> sample = MeetingImporter::secondSample();
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().message));
        Meeting typed = *sample;
        QVERIFY(!typed.basis.isEmpty() && !typed.appendices.isEmpty());
        MeetingTexts::transform(
            typed, [](const QString& text) -> QString { return text + u" bo'lim"_s; });
        const Result<Meeting> read = MeetingImporter::fromJson(MeetingJson::write(typed));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        const Meeting& imported = *read;
        QStringList wrong;
        int texts = 0;
        MeetingTexts::forEach(imported,
            [&wrong, &texts](const QString& part, const QString& field, const QString& text) {
                ++texts;
                // An item without a vote has no opinions to write.
                if (text.isEmpty() && field.startsWith(u"vote."_s))
                    return;
                if (!text.endsWith(u" boʻlim"_s) || text.contains(u'\''))
                    wrong.append(part + u' ' + field + u": "_s + text.right(20));
            });
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
        QVERIFY(texts > 100);
        QVERIFY(imported.basis.endsWith(u" boʻlim"_s));
    }

    void roundTripWithAttachmentsAndHistory()
    {
        const Meeting meeting = withLifecycle();
        const QByteArray json = MeetingJson::write(meeting);
        const auto read = MeetingJson::read(json);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        Meeting expected = meeting;
        expected.id = 0;
        expected.revision = 0;
        QCOMPARE(*read, expected);
        QCOMPARE(MeetingJson::write(*read), json);

        const QJsonObject attachment
            = root(json)[u"meeting"_s][u"attachments"_s].toArray().first().toObject();
        QCOMPARE(attachment[u"name"_s].toString(), u"imzolangan nusxa.pdf"_s);
        QCOMPARE(attachment[u"mimeType"_s].toString(), u"application/pdf"_s);
        QCOMPARE(attachment[u"size"_s].toInt(), meeting.attachments.first().data.size());
        QCOMPARE(attachment[u"sha256"_s].toString(), meeting.attachments.first().sha256);
        QCOMPARE(attachment[u"addedAt"_s].toString(), u"2025-07-12T09:00:00.000Z"_s);
        QCOMPARE(QByteArray::fromBase64(attachment[u"data"_s].toString().toLatin1()),
            meeting.attachments.first().data);
        const QJsonObject step
            = root(json)[u"meeting"_s][u"resolutions"_s][4][u"followUp"_s][u"history"_s]
                  .toArray()
                  .first()
                  .toObject();
        QCOMPARE(step[u"date"_s].toString(), u"2025-07-20"_s);
        QCOMPARE(step[u"status"_s].toString(), u"in-progress"_s);
        QCOMPARE(step[u"recordedAt"_s].toString(), u"2025-07-20T10:15:30.250Z"_s);
    }

    void withoutThemNothingChanges()
    {
        // The shipped sample has neither: its keys are the ones version 1 always had.
        QFile file(ResourcePaths::sampleMeeting());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Meeting sample = MeetingJson::read(file.readAll()).value();
        const QByteArray written = MeetingJson::write(sample);
        QVERIFY(!written.contains("\"attachments\""));
        QVERIFY(!written.contains("\"history\""));
        const QJsonObject meeting = root(written)[u"meeting"_s].toObject();
        QCOMPARE(meeting.keys(),
            (QStringList {u"agenda"_s, u"attendance"_s, u"chair"_s, u"councilName"_s, u"date"_s,
                u"form"_s, u"number"_s, u"place"_s, u"resolutions"_s, u"secretary"_s,
                u"startTime"_s, u"status"_s}));
        QCOMPARE(meeting[u"resolutions"_s][0][u"followUp"_s].toObject().keys(),
            (QStringList {u"note"_s, u"status"_s}));
    }

    void aDamagedAttachmentIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("bytes changed")
            << u"data"_s << QJsonValue(u"JVBERi0xLjU="_s)
            << u"meeting.attachments[0].size: the data has 8 bytes, not 23"_s;
        QTest::newRow("hash changed") << u"sha256"_s << QJsonValue(QString(64, u'0'))
                                      << u"meeting.attachments[0].sha256: does not match"_s;
        QTest::newRow("not base64")
            << u"data"_s << QJsonValue(u"%%%"_s)
            << u"meeting.attachments[0].data: expected the file's bytes in base64"_s;
        QTest::newRow("local time") << u"addedAt"_s << QJsonValue(u"2025-07-12T09:00:00"_s)
                                    << u"meeting.attachments[0].addedAt: expected a UTC time"_s;
        QTest::newRow("unknown key")
            << u"owner"_s << QJsonValue(u"x"_s) << u"meeting.attachments[0].owner: unknown field"_s;
    }

    void aDamagedAttachmentIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject document = root(MeetingJson::write(withLifecycle()));
        QJsonObject meeting = document[u"meeting"_s].toObject();
        QJsonArray attachments = meeting[u"attachments"_s].toArray();
        QJsonObject attachment = attachments.first().toObject();
        attachment.insert(key, value);
        attachments.replace(0, attachment);
        meeting.insert(u"attachments"_s, attachments);
        document.insert(u"meeting"_s, meeting);
        const auto read = MeetingJson::read(QJsonDocument(document).toJson());
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Invalid);
        QVERIFY2(read.error().message.startsWith(message), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMeetingJsonLifecycle)
#include "testmeetingjsonlifecycle.moc"
