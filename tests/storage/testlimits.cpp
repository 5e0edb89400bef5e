#include "domain/attachment.h"
#include "rawsqlite.h"
#include "richmeeting.h"
#include "storage/database.h"
#include "storage/ftsquery.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsearch.h"
#include "storage/sqlitesearch.h"
#include "storage/statementcache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

// The limits of what Bayon takes in: attachments (size before reading, type
// by the whole content, clean names, on attach and on save alike) and
// searches (length, number of words, a time budget).
class TestLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_meeting = 0;

    static QByteArray pdfBytes()
    {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    }

    template<typename T> static QString messageOf(const Result<T>& result)
    {
        return result ? QString() : result.error().message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(u"limits.sqlite"_s));
        QVERIFY2(opened, qPrintable(messageOf(opened)));
        m_db = std::move(opened).value();
        for (int i = 0; i < 12; ++i) {
            Meeting meeting = richMeeting();
            meeting.number = i + 1;
            const auto saved = m_db->meetings().save(meeting);
            QVERIFY2(saved, qPrintable(messageOf(saved)));
            m_meeting = saved->id;
        }
    }

    // What starts as a PDF but is an HTML page is not attached.
    void attachDecidesTheTypeByTheWholeContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("html behind %PDF")
            << QByteArray("%PDF-1.4\n<html><script>alert(1)</script></html>\n");
        QTest::newRow("png without IHDR") << QByteArray("\x89PNG\r\n\x1a\n<html></html>", 21);
        QTest::newRow("jpeg without its end") << QByteArray("\xff\xd8\xff\xe0<html></html>", 17);
    }

    void attachDecidesTheTypeByTheWholeContent()
    {
        QFETCH(QByteArray, bytes);
        const auto attached = m_db->lifecycle().attach(m_meeting, u"scan.pdf"_s, bytes);
        QVERIFY(!attached);
        QCOMPARE(attached.error().code, Error::Code::Invalid);
        QVERIFY(m_db->lifecycle().attachments(m_meeting)->isEmpty());
    }

    // The same check guards a save (an import): HTML said to be a PDF is refused.
    void aSavedMeetingCarriesOnlyWholeScans()
    {
        Meeting meeting = richMeeting();
        meeting.attachments = {Attachment::fromData(
            u"launcher.pdf"_s, u"application/pdf"_s, "[Desktop Entry]\nExec=sh -c 'rm -rf ~'\n")};
        const auto saved = m_db->meetings().save(meeting);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(u"launcher.pdf"_s), qPrintable(messageOf(saved)));
        meeting.attachments = {Attachment::fromData(u"scan.pdf"_s, u"image/png"_s, pdfBytes())};
        QVERIFY(!m_db->meetings().save(meeting));
    }

    // A name loses its folders and control characters on the way in.
    void attachedNamesAreCleaned()
    {
        const auto attached = m_db->lifecycle().attach(
            m_meeting, u"../../home/x/\u001b[2Jimzo\nlangan.pdf"_s, pdfBytes());
        QVERIFY2(attached, qPrintable(messageOf(attached)));
        QCOMPARE(attached->name, u"[2Jimzolangan.pdf"_s);
        const auto kept = m_db->lifecycle().attachments(m_meeting);
        QCOMPARE(kept->constFirst().name, u"[2Jimzolangan.pdf"_s);
        QCOMPARE(Attachment::printableName(u"a\u001bb\nc"_s), u"a\uFFFDb\uFFFDc"_s);
    }

    // Looked at before reading: over 100 MB (a sparse file: no real data),
    // a device, a pipe.
    void aFileIsMeasuredBeforeItIsRead()
    {
        const QString big = m_dir.filePath(u"big.pdf"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Attachment::maxSize + 1));
        file.close();
        const auto tooBig = Attachment::readFile(big);
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.error().message.contains(u"100 MB"_s), qPrintable(messageOf(tooBig)));

        const auto device = Attachment::readFile(u"/dev/zero"_s);
        QVERIFY(!device);
        QVERIFY2(device.error().message.contains(u"not a regular file"_s),
            qPrintable(messageOf(device)));

        const QString fifo = m_dir.filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!Attachment::readFile(fifo));

        const QString small = m_dir.filePath(u"small.pdf"_s);
        QFile smallFile(small);
        QVERIFY(smallFile.open(QIODevice::WriteOnly));
        smallFile.write(pdfBytes());
        smallFile.close();
        QCOMPARE(Attachment::readFile(small).value(), pdfBytes());
    }

    // At most 256 characters and 16 words, refused with a message.
    void aSearchIsLimitedInLengthAndWords()
    {
        QStringList words;
        for (int i = 0; i < FtsQuery::maxTerms; ++i)
            words.append(u"soʻz%1*"_s.arg(i));
        QVERIFY(m_db->search().search(words.join(u' ')).ok());
        words.append(u"ortiqcha"_s);
        const auto tooMany = m_db->search().search(words.join(u' '));
        QVERIFY(!tooMany);
        QVERIFY2(tooMany.error().message.contains(u"at most 16 words"_s),
            qPrintable(messageOf(tooMany)));
        const auto tooLong = m_db->search().search(QString(FtsQuery::maxLength + 1, u'a'));
        QVERIFY(!tooLong);
        QVERIFY2(tooLong.error().message.contains(u"at most 256 characters"_s),
            qPrintable(messageOf(tooLong)));
    }

    // A search over its time budget stops with a message (here a budget of
    // nothing: the first check stops it).
    void aSearchOverItsTimeBudgetIsStopped()
    {
        // Any connection to the file will do: a plain one beside Bayon's.
        RawSqlite raw(m_dir.filePath(u"limits.sqlite"_s));
        QVERIFY(raw.isOpen());
        StatementCache cache(raw.db());
        const SqliteSearch stopped(cache, std::chrono::milliseconds(0));
        const auto hits = stopped.search(u"k* m* s* t*"_s);
        QVERIFY(!hits);
        QVERIFY2(hits.error().message.contains(u"was stopped"_s), qPrintable(messageOf(hits)));
        // With time enough, the same connection searches as before.
        const SqliteSearch patient(cache);
        const auto found = patient.search(u"k* m* s* t*"_s);
        QVERIFY2(found, qPrintable(messageOf(found)));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "testlimits.moc"
