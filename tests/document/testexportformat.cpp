#include "document/exportformat.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestExportFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        QCOMPARE(exportFormatNames(),
            (QStringList {u"pdf"_s, u"odt"_s, u"html"_s, u"md"_s, u"txt"_s, u"json"_s}));
        for (const QString& name : exportFormatNames())
            QCOMPARE(exportFormatName(*exportFormatFromName(name)), name);
        QCOMPARE(exportFormatFromName(u"PDF"), ExportFormat::Pdf);
        QCOMPARE(exportFormatFromName(u"markdown"), ExportFormat::Markdown);
        QCOMPARE(exportFormatFromName(u"htm"), ExportFormat::Html);
        QCOMPARE(exportFormatFromName(u"text"), ExportFormat::Text);
        QVERIFY(!exportFormatFromName(u"docx"));
        QVERIFY(!exportFormatFromName(u""));
    }

    void fromPath()
    {
        QCOMPARE(exportFormatFromPath(u"/tmp/bayon/protocol.PDF"), ExportFormat::Pdf);
        QCOMPARE(exportFormatFromPath(u"x.odt"), ExportFormat::Odt);
        QCOMPARE(exportFormatFromPath(u"a.b/protocol.md"), ExportFormat::Markdown);
        QCOMPARE(exportFormatFromPath(u"C:\\protocols\\3.json"), ExportFormat::Json);
        QVERIFY(!exportFormatFromPath(u"a.pdf/protocol"));
        QVERIFY(!exportFormatFromPath(u".pdf"));
        QVERIFY(!exportFormatFromPath(u"protocol"));
    }

    void printedOrInterchange()
    {
        // The print is everything the secretary can hand out; JSON is the
        // whole meeting for another Bayon, never an extract or a transliteration.
        QStringList printed;
        for (const QString& name : exportFormatNames()) {
            if (isPrintedFormat(*exportFormatFromName(name)))
                printed.append(name);
        }
        QCOMPARE(printed, (QStringList {u"pdf"_s, u"odt"_s, u"html"_s, u"md"_s, u"txt"_s}));
        QVERIFY(!isPrintedFormat(ExportFormat::Json));
        QCOMPARE(printedFormatNames(), printed);
    }
};

QTEST_MAIN(TestExportFormat)
#include "testexportformat.moc"
