#include "filesizelimit.h"
#include "interchange/outputfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// OutputFile, the one writer of Bayon's files: a file is replaced whole or
// left as it was, and a failure names the file and the system's reason.
class TestOutputFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_cases = 0;

    // A fresh folder holding old.bin with the previous bytes; its path.
    QString previousFile(const QByteArray& previous)
    {
        const QString folder = m_dir.filePath(u"case-%1"_s.arg(++m_cases));
        QDir().mkpath(folder);
        const QString path = folder + u"/old.bin"_s;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(previous);
        return path;
    }

    static QStringList filesBeside(const QString& path)
    {
        return QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void replacesThePreviousFileWhole()
    {
        const QString path = previousFile("previous");
        const QByteArray bytes(100000, 'x');
        const Status written = OutputFile::write(path, bytes);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(readFile(path), bytes);
        QCOMPARE(filesBeside(path), QStringList {u"old.bin"_s});
    }

    void writesAnEmptyFile()
    {
        const QString path = previousFile("previous");
        QVERIFY(OutputFile::write(path, QByteArray()));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void refusesWhatCannotBeAFile()
    {
        QCOMPARE(OutputFile::write(QString(), "x").error().code, Error::Code::Usage);
        const Status folder = OutputFile::write(m_dir.path(), "x");
        QCOMPARE(folder.error().code, Error::Code::Refused);
        QVERIFY(folder.error().message.contains(QDir::toNativeSeparators(m_dir.path())));
        const QString missing = m_dir.filePath(u"no/such/folder/x.bin"_s);
        QCOMPARE(OutputFile::write(missing, "x").error().code, Error::Code::NotFound);
        QVERIFY(!QDir(m_dir.filePath(u"no"_s)).exists());
    }

    // Sizes below Qt's write buffer (16 KiB), where a failure used to be
    // lost in a flush nobody checked, and above it.
    void aRefusedWriteLeavesThePreviousFile_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("below the write buffer") << 10 * 1024;
        QTest::newRow("above the write buffer") << 200 * 1024;
    }

    void aRefusedWriteLeavesThePreviousFile()
    {
        QFETCH(int, size);
        const QByteArray previous = "the previous file";
        const QString path = previousFile(previous);
        Status written;
        {
            const FileSizeLimit limit(4096);
            QVERIFY(limit.isValid());
            written = OutputFile::write(path, QByteArray(size, 'x'));
        }
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Failed);
        const QString message = written.error().message;
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(
            message.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(message));
        QVERIFY(!message.contains(u"Unknown error"_s));
        QVERIFY(!message.contains(u'\n'));
        QCOMPARE(readFile(path), previous);
        QCOMPARE(filesBeside(path), QStringList {u"old.bin"_s});
    }

    void theReasonIsNeverUnknown()
    {
        QFile untouched(m_dir.filePath(u"untouched"_s));
        QCOMPARE(untouched.errorString(), u"Unknown error"_s);
        QCOMPARE(
            OutputFile::reason(untouched, ENOSPC), QString::fromLocal8Bit(std::strerror(ENOSPC)));
        const QString none = OutputFile::reason(untouched, 0);
        QVERIFY(!none.isEmpty());
        QVERIFY(!none.contains(u"Unknown"_s));

        QFile missing(m_dir.filePath(u"no/such/file"_s));
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        QCOMPARE(OutputFile::reason(missing, 0), missing.errorString());
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "testoutputfile.moc"
