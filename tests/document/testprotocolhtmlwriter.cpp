#include "document/protocolcomposer.h"
#include "document/protocolhtmlwriter.h"
#include "protocolsamples.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestProtocolHtmlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfContainedPage()
    {
        const QString html = QString::fromUtf8(
            ProtocolHtmlWriter::write(ProtocolComposer::compose(ProtocolSamples::built())));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(html.contains(u"<style>"_s));
        QVERIFY(html.contains(u"size: A4; margin: 20mm 15mm 20mm 30mm"_s));
        // Nothing outside the file: no stylesheet, script, image or font to fetch.
        static const QRegularExpression outside(u"<link|<script|<img|src=|url\\("_s);
        QVERIFY(!outside.match(html).hasMatch());
    }

    void wording()
    {
        const QString html = QString::fromUtf8(
            ProtocolHtmlWriter::write(ProtocolComposer::compose(ProtocolSamples::built())));
        QVERIFY(html.contains(
            u"<title>Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi: "
            "yigʻilish bayoni № 3"_s));
        QVERIFY(html.contains(u"<h1 class=\"title\">YIGʻILISH BAYONI</h1>"_s));
        QVERIFY(html.contains(u"<h2>KUN TARTIBI:</h2>"_s));
        QVERIFY(html.contains(u"<h3>I. Raqamli texnologiyalar vazirligi"_s));
        QVERIFY(html.contains(u"<h4>IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:</h4>"_s));
        QVERIFY(html.contains(
                    u"<p><b>Raislik qildi:</b> Jamoatchilik kengashi raisi A.Ishanxodjaev.</p>"_s)
            || html.contains(
                u"<b>Raislik qildi:</b> Jamoatchilik kengashi raisi A.Ishanxodjaev."_s));
        QVERIFY(html.contains(u"<b>Kengash qaror qiladi:</b>"_s));
        QVERIFY(html.contains(u"4. Kengash ishchi organi (N.Abdullayev):"_s));
        QVERIFY(html.contains(u"Oʻzbekiston"_s) || html.contains(u"maʼlumot"_s));
        // Quotation marks and markup characters are escaped, not interpreted.
        QVERIFY(html.contains(u"“Madad”"_s));
    }

    void kpiTable()
    {
        const QString html = QString::fromUtf8(
            ProtocolHtmlWriter::write(ProtocolComposer::compose(ProtocolSamples::built())));
        QVERIFY(html.contains(u"<caption>Iqtisodiy koʻrsatkichlar</caption>"_s));
        QVERIFY(html.contains(u"<thead><tr><th>№</th><th>Koʻrsatkich</th>"_s));
        QVERIFY(html.contains(u"<td class=\"right\">1\u00A0152\u00A0ta</td>"_s));
        QVERIFY(html.contains(u"<td class=\"right\">8,4\u00A0barobar</td>"_s));
    }

    void escapesText()
    {
        Meeting meeting = ProtocolSamples::built();
        meeting.agenda[0].title = u"<script>alert(1)</script> & “Q”"_s;
        const QString html
            = QString::fromUtf8(ProtocolHtmlWriter::write(ProtocolComposer::compose(meeting)));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; “Q”"_s));
    }

    void signatures()
    {
        const QString html = QString::fromUtf8(
            ProtocolHtmlWriter::write(ProtocolComposer::compose(ProtocolSamples::built())));
        QVERIFY(html.contains(u"<tr><td>Kengash raisi</td><td class=\"line\">"_s
            + ProtocolSignature::line() + u"</td><td class=\"name\">A.Ishanxodjaev</td></tr>"_s));
        QVERIFY(html.contains(u"<td class=\"name\">N.Abdullayev</td>"_s));
        QVERIFY(html.trimmed().endsWith(u"</html>"_s));
    }
};

QTEST_MAIN(TestProtocolHtmlWriter)
#include "testprotocolhtmlwriter.moc"
