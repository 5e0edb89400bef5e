#include "document/protocolexporter.h"
#include "interchange/meetingjson.h"
#include "protocolsamples.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProtocolExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormat_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << ExportFormat::Pdf << QByteArray("%PDF-1.4");
        QTest::newRow("odt") << ExportFormat::Odt << QByteArray("PK");
        QTest::newRow("html") << ExportFormat::Html << QByteArray("<!DOCTYPE html>");
        QTest::newRow("md") << ExportFormat::Markdown << QByteArray("**RAQAMLI TEXNOLOGIYALAR");
        QTest::newRow("txt") << ExportFormat::Text << QByteArray("   ");
        QTest::newRow("json") << ExportFormat::Json << QByteArray("{");
    }

    void everyFormat()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        const Meeting meeting = ProtocolSamples::built();
        const QString path = dir.filePath(u"protocol."_s + exportFormatName(format));
        const Status status = ProtocolExporter::exportMeeting(meeting, path, format);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
        const QByteArray bytes = contents(path);
        QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QFileInfo(path).fileName()});
        // The PDF and the ODT package carry the time they were made.
        if (format == ExportFormat::Pdf)
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        else if (format == ExportFormat::Odt)
            QCOMPARE(bytes.size(), ProtocolExporter::render(meeting, format)->size());
        else
            QCOMPARE(bytes, *ProtocolExporter::render(meeting, format));
        if (format == ExportFormat::Json) {
            QCOMPARE(bytes, MeetingJson::write(meeting));
        } else if (format != ExportFormat::Pdf && format != ExportFormat::Odt) {
            const QString text = QString::fromUtf8(bytes);
            QVERIFY(text.contains(u"KUN TARTIBI:"_s));
            QVERIFY(text.contains(u"Kengash qaror qiladi:"_s));
            QVERIFY(text.contains(u"maʼlumot"_s));
        }
    }

    void odtOpensWithTheTexts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"protocol.odt"_s);
        QVERIFY(ProtocolExporter::exportMeeting(ProtocolSamples::built(), path, ExportFormat::Odt)
                    .ok());
        const QByteArray bytes = contents(path);
        // An OpenDocument package names its type first, uncompressed.
        QVERIFY(bytes.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
        if (unzip.isEmpty())
            QSKIP("unzip is not installed: the ODT's content is not checked");
        QProcess process;
        process.start(unzip, {u"-p"_s, path, u"content.xml"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString xml = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(xml.contains(u"YIGʻILISH BAYONI"_s));
        QVERIFY(xml.contains(u"KUN TARTIBI:"_s));
        QVERIFY(xml.contains(u"Kengash qaror qiladi:"_s));
        QVERIFY(xml.contains(u"fo:font-family=\"Liberation Serif\""_s));
        QVERIFY(xml.contains(u"fo:text-align=\"justify\""_s));
        QVERIFY(xml.contains(u"fo:text-indent=\"35.4331pt\""_s)); // 1,25 cm
        QVERIFY(xml.contains(u"<table:table "_s));
        // The table is as wide as the text and ruled.
        QVERIFY(xml.contains(u"style:width=\"467.717pt\""_s));
        QVERIFY(xml.contains(u"fo:border=\"0.75pt solid #000000\""_s));
    }

    void odtHasThePage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"protocol.odt"_s);
        QVERIFY(ProtocolExporter::exportMeeting(ProtocolSamples::built(), path, ExportFormat::Odt)
                    .ok());
        QVERIFY(contents(path).startsWith("PK"));
        QVERIFY(contents(path).contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
        if (unzip.isEmpty())
            QSKIP("unzip is not installed: the ODT's styles are not checked");
        const auto entry = [&](const QString& name) {
            QProcess process;
            process.start(unzip, {u"-p"_s, path, name});
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        // A4 with the margins of an official document, on the page style every
        // page uses.
        const QString styles = entry(u"styles.xml"_s);
        QVERIFY2(styles.contains(u"<style:page-layout style:name=\"pm1\">"_s), qPrintable(styles));
        for (const QString& property : {u"fo:page-width=\"210mm\""_s, u"fo:page-height=\"297mm\""_s,
                 u"fo:margin-left=\"30mm\""_s, u"fo:margin-right=\"15mm\""_s,
                 u"fo:margin-top=\"20mm\""_s, u"fo:margin-bottom=\"20mm\""_s,
                 u"style:print-orientation=\"portrait\""_s})
            QVERIFY2(styles.contains(property), qPrintable(property));
        QVERIFY(styles.contains(
            u"<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"/>"_s));
        // Listed in the manifest beside the content, which is still there.
        const QString manifest = entry(u"META-INF/manifest.xml"_s);
        QVERIFY2(manifest.contains(u"manifest:full-path=\"styles.xml\""_s), qPrintable(manifest));
        QVERIFY(manifest.contains(u"manifest:full-path=\"content.xml\""_s));
        QVERIFY(entry(u"content.xml"_s).contains(u"KUN TARTIBI:"_s));
    }

    void cyrillic()
    {
        const Result<QByteArray> text = ProtocolExporter::render(
            ProtocolSamples::built(), ExportFormat::Text, Script::Cyrillic);
        QVERIFY(text.ok());
        QVERIFY(QString::fromUtf8(*text).contains(u"КУН ТАРТИБИ:"_s));
        // The interchange form keeps the stored text.
        const Result<QByteArray> json = ProtocolExporter::render(
            ProtocolSamples::built(), ExportFormat::Json, Script::Cyrillic);
        QVERIFY(!json.ok());
        QCOMPARE(json.error().code, Error::Code::Usage);
    }

    void failureLeavesNothing()
    {
        QTemporaryDir dir;
        const Meeting meeting = ProtocolSamples::built();
        // A folder that does not exist, a "folder" that is a file, a folder as the target.
        const QString missing = dir.filePath(u"no/such/folder/protocol.pdf"_s);
        Status status = ProtocolExporter::exportMeeting(meeting, missing, ExportFormat::Pdf);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Code::NotFound);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));

        QFile plain(dir.filePath(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(!ProtocolExporter::exportMeeting(
            meeting, dir.filePath(u"plain/protocol.pdf"_s), ExportFormat::Pdf)
                     .ok());
        QVERIFY(QDir().mkdir(dir.filePath(u"folder.pdf"_s)));
        status = ProtocolExporter::exportMeeting(
            meeting, dir.filePath(u"folder.pdf"_s), ExportFormat::Pdf);
        QCOMPARE(status.error().code, Error::Code::Refused);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            (QStringList {u"folder.pdf"_s, u"plain"_s}));
    }

    void unwritableFolderLeavesNothing()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        // root writes anywhere: then take a folder where nobody may create a file.
        const QString target = QFileInfo(folder).isWritable() ? u"/proc/bayon-protocol.pdf"_s
                                                              : folder + u"/protocol.pdf"_s;
        const Status status
            = ProtocolExporter::exportMeeting(ProtocolSamples::built(), target, ExportFormat::Pdf);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Code::Refused);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(QDir(folder)
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void failedExportKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const Meeting meeting = ProtocolSamples::built();
        const QString path = dir.filePath(u"protocol.json"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        const Status status
            = ProtocolExporter::exportMeeting(meeting, path, ExportFormat::Json, Script::Cyrillic);
        QVERIFY(!status.ok());
        QCOMPARE(contents(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList {u"protocol.json"_s});
        // A good export replaces it whole.
        QVERIFY(ProtocolExporter::exportMeeting(meeting, path, ExportFormat::Json).ok());
        QCOMPARE(contents(path), MeetingJson::write(meeting));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList {u"protocol.json"_s});
    }

    void noPath()
    {
        QCOMPARE(
            ProtocolExporter::exportMeeting(Meeting(), QString(), ExportFormat::Pdf).error().code,
            Error::Code::Usage);
    }
};

QTEST_MAIN(TestProtocolExporter)
#include "testprotocolexporter.moc"
