#include "domain/remark.h"
#include "interchange/meetingjson.h"
#include "interchange/remarksjson.h"
#include "storage/remarkstore.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// A member's remarks, kept in the member's own data folder per review copy:
// written atomically, there again after a restart, sent as a remarks file.
class TestRemarkStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QUuid m_copy = QUuid(u"{3b1f6a52-0c7e-4d2b-9a51-6f3e2d1c0b9a}"_s);
    const QUuid m_source = QUuid(u"{a7c2e9f0-5d14-4b8e-8f23-1e6d7c9b4a05}"_s);

    static Meeting inReview()
    {
        QFile file(QStringLiteral(BAYON_SOURCE_DIR "/resources/sample/sample-meeting.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        Result<Meeting> read = MeetingJson::read(file.readAll());
        Meeting meeting = read ? *read : Meeting {};
        meeting.id = 1;
        meeting.revision = 2;
        meeting.status = MeetingStatus::Review;
        return meeting;
    }

    static Remark remarkOn(const QString& part, const QString& text)
    {
        const Result<Remark> remark = Remark::create(inReview(), *RemarkPart::parse(part), text,
            u"Aziz Karimov"_s, QDateTime(QDate(2025, 7, 11), QTime(21, 5), Qt::UTC));
        return remark ? *remark : Remark {};
    }

    QString folder(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aNewStoreHasNoRemarksAndWritesNothing()
    {
        const RemarkStore store(folder(u"empty"_s), m_copy, m_source);
        const Result<QList<Remark>> remarks = store.remarks();
        QVERIFY(remarks);
        QVERIFY(remarks->isEmpty());
        QVERIFY(!QFileInfo::exists(folder(u"empty"_s)));
        const Result<RemarksFile> send
            = store.exportFile(u"Aziz Karimov"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(!send);
        QCOMPARE(send.error().code, Error::Code::NotFound);
    }

    void remarksSurviveARestart()
    {
        const Remark first = remarkOn(u"report 2.1"_s, u"Raqamlar manbasi koʻrsatilsin."_s);
        const Remark second = remarkOn(u"resolution 3"_s, u"Muddatni aniqlashtirish kerak."_s);
        {
            RemarkStore store(folder(u"restart"_s), m_copy, m_source);
            QVERIFY(store.add(first));
            QVERIFY(store.add(second));
            QCOMPARE(store.add(first).error().code, Error::Code::Conflict);
        }
        // One file named after the review copy, in the member's folder; no
        // temporary file or lock left behind.
        QCOMPARE(QDir(folder(u"restart"_s)).entryList(QDir::Files | QDir::Hidden),
            QStringList {u"3b1f6a52-0c7e-4d2b-9a51-6f3e2d1c0b9a.json"_s});

        const RemarkStore reopened(folder(u"restart"_s), m_copy, m_source);
        const Result<QList<Remark>> remarks = reopened.remarks();
        QVERIFY(remarks);
        QCOMPARE(*remarks, (QList<Remark> {first, second}));
        // The file is a remarks file itself.
        const Result<RemarksFile> onDisk = RemarksJson::read(readFile(reopened.filePath()));
        QVERIFY(onDisk);
        QCOMPARE(onDisk->reviewCopyId, m_copy);
        QCOMPARE(onDisk->sourceDatabaseId, m_source);

        // Another review copy has its own remarks.
        const RemarkStore other(folder(u"restart"_s), QUuid::createUuid(), m_source);
        QVERIFY(other.remarks()->isEmpty());
    }

    void aRemarkCanBeTakenBack()
    {
        const Remark first = remarkOn(u"agenda 1"_s, u"Birinchi."_s);
        const Remark second = remarkOn(u"agenda 2"_s, u"Ikkinchi."_s);
        RemarkStore store(folder(u"remove"_s), m_copy, m_source);
        QVERIFY(store.add(first));
        QVERIFY(store.add(second));
        QVERIFY(store.remove(first.uid));
        QCOMPARE(store.remove(first.uid).error().code, Error::Code::NotFound);
        QCOMPARE(
            *RemarkStore(folder(u"remove"_s), m_copy, m_source).remarks(), QList<Remark> {second});
    }

    void exportingWritesTheFileToSend()
    {
        RemarkStore store(folder(u"export"_s), m_copy, m_source);
        const Remark remark = remarkOn(u"kpi 1.1.3"_s, u"Bu koʻrsatkich eskirgan."_s);
        QVERIFY(store.add(remark));
        const QDateTime at(QDate(2025, 7, 12), QTime(8, 0), Qt::UTC);
        const QString path = folder(u"out/remarks-aziz.json"_s);
        const Status exported = store.exportTo(path, u" Aziz Karimov "_s, at);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
        const Result<RemarksFile> sent = RemarksJson::read(readFile(path));
        QVERIFY(sent);
        QCOMPARE(sent->reviewer, u"Aziz Karimov"_s);
        QCOMPARE(sent->exportedAt, at);
        QCOMPARE(sent->sourceDatabaseId, m_source);
        QCOMPARE(sent->remarks, QList<Remark> {remark});
        QCOMPARE(QDir(folder(u"out"_s)).entryList(QDir::Files | QDir::Hidden),
            QStringList {u"remarks-aziz.json"_s});
    }

    // A damaged store is reported, and never overwritten by the next remark.
    void aDamagedStoreIsLeftAsItWas()
    {
        RemarkStore store(folder(u"damaged"_s), m_copy, m_source);
        QVERIFY(QDir().mkpath(folder(u"damaged"_s)));
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"bayon-remarks\", ");
        file.close();
        const Status added = store.add(remarkOn(u"agenda 1"_s, u"x"_s));
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::Refused);
        QVERIFY2(
            added.error().message.contains(u"cannot be read"_s), qPrintable(added.error().message));
        QCOMPARE(readFile(store.filePath()), QByteArray("{\"format\": \"bayon-remarks\", "));
    }

    void theFolderComesFromTheEnvironment()
    {
        qputenv("BAYON_DATA_DIR", folder(u"data"_s).toUtf8());
        QCOMPARE(RemarkStore::defaultFolder(), folder(u"data/remarks"_s));
        qunsetenv("BAYON_DATA_DIR");
        QVERIFY(RemarkStore::defaultFolder().endsWith(u"/bayon/remarks"_s));
    }
};

QTEST_GUILESS_MAIN(TestRemarkStore)
#include "testremarkstore.moc"
