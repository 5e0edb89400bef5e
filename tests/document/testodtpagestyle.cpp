#include "document/odtpagestyle.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestOdtPageStyle : public QObject
{
    Q_OBJECT

private:
    static QByteArray qtOdt()
    {
        QTextDocument document;
        document.setPlainText(u"Yigʻilish bayoni"_s);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        return writer.write(&document) ? bytes : QByteArray();
    }

    // An entry of the package, read by unzip as a user would; empty without unzip.
    static QString entry(const QByteArray& odt, const QString& name)
    {
        const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"x.odt"_s));
        if (unzip.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(odt) != odt.size())
            return {};
        file.close();
        QProcess process;
        process.start(unzip, {u"-p"_s, file.fileName(), name});
        process.waitForFinished(30000);
        return process.exitCode() == 0 ? QString::fromUtf8(process.readAllStandardOutput())
                                       : QString();
    }

private Q_SLOTS:
    void addsThePage()
    {
        const QByteArray odt = qtOdt();
        QVERIFY(!odt.isEmpty());
        QVERIFY(entry(odt, u"styles.xml"_s).isEmpty()); // Qt writes none
        const Result<QByteArray> paged
            = OdtPageStyle::apply(odt, QSizeF(297, 210), QMarginsF(25, 10, 12.5, 15));
        QVERIFY2(paged.ok(), paged.ok() ? "" : qPrintable(paged.error().message));
        // Still an OpenDocument package: its type first, uncompressed.
        QVERIFY(paged->startsWith("PK"));
        QCOMPARE(paged->mid(30, 8), QByteArray("mimetype"));
        if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
            QSKIP("unzip is not installed: the package's entries are not checked");
        const QString styles = entry(*paged, u"styles.xml"_s);
        for (const QString& property : {u"fo:page-width=\"297mm\""_s, u"fo:page-height=\"210mm\""_s,
                 u"style:print-orientation=\"landscape\""_s, u"fo:margin-left=\"25mm\""_s,
                 u"fo:margin-top=\"10mm\""_s, u"fo:margin-right=\"12.5mm\""_s,
                 u"fo:margin-bottom=\"15mm\""_s, u"style:page-layout-name=\"pm1\""_s})
            QVERIFY2(styles.contains(property), qPrintable(property + u'\n' + styles));
        const QString manifest = entry(*paged, u"META-INF/manifest.xml"_s);
        QVERIFY2(manifest.contains(u"manifest:full-path=\"styles.xml\""_s), qPrintable(manifest));
        QVERIFY(manifest.contains(u"manifest:full-path=\"content.xml\""_s));
        QVERIFY(entry(*paged, u"content.xml"_s).contains(u"Yigʻilish bayoni"_s));
        // Twice is refused rather than merged.
        QVERIFY(!OdtPageStyle::apply(*paged, QSizeF(210, 297), QMarginsF()).ok());
    }

    void refusesWhatIsNoPackage()
    {
        const Result<QByteArray> paged
            = OdtPageStyle::apply("not a zip", QSizeF(210, 297), QMarginsF(30, 20, 15, 20));
        QVERIFY(!paged.ok());
        QVERIFY(!paged.error().message.isEmpty());
    }
};

QTEST_MAIN(TestOdtPageStyle)
#include "testodtpagestyle.moc"
