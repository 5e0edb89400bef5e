#include "document/protocolcomposer.h"
#include "document/protocoltextwriter.h"
#include "protocolsamples.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestProtocolTextWriter : public QObject
{
    Q_OBJECT

private:
    static QString text(const Meeting& meeting)
    {
        return QString::fromUtf8(ProtocolTextWriter::write(ProtocolComposer::compose(meeting)));
    }

private Q_SLOTS:
    void headerCentred()
    {
        const QStringList lines = text(ProtocolSamples::built()).split(u'\n');
        const QString title = lines.value(2);
        QCOMPARE(title.trimmed(), u"YIGʻILISH BAYONI"_s);
        const qsizetype left = title.indexOf(u'Y');
        QVERIFY(qAbs(2 * left + title.trimmed().size() - ProtocolTextWriter::lineWidth) <= 1);
        // The date at the left, the place ending at the right edge.
        const QString when = lines.value(6);
        QVERIFY2(when.startsWith(u"2025-yil"_s), qPrintable(when));
        QVERIFY(when.endsWith(u"Toshkent shahri"_s));
        QCOMPARE(when.size(), ProtocolTextWriter::lineWidth);
    }

    void sameWordingAsThePrint()
    {
        const QString txt = text(ProtocolSamples::built());
        for (const ProtocolBlock& block :
            ProtocolComposer::compose(ProtocolSamples::built()).blocks) {
            if (block.kind == ProtocolBlock::Kind::Paragraph
                || block.kind == ProtocolBlock::Kind::Heading)
                QVERIFY2(txt.contains(block.plainText()), qPrintable(block.plainText()));
        }
        QVERIFY(txt.contains(u"\n\u2013 xorijiy kapital ishtirokidagi korxonalar"_s));
        QVERIFY(txt.contains(u"Oʻzbekiston"_s) || txt.contains(u"maʼlumot"_s));
    }

    void tableColumns()
    {
        const QStringList lines = text(ProtocolSamples::built()).split(u'\n');
        const auto header = std::find_if(lines.cbegin(), lines.cend(),
            [](const QString& line) { return line.startsWith(u"| № | Koʻrsatkich"_s); });
        QVERIFY(header != lines.cend());
        const QString rule = *(header + 1);
        QVERIFY(rule.startsWith(u"|---|"_s));
        const QString first = *(header + 2);
        const QString second = *(header + 3);
        QCOMPARE(first.size(), header->size());
        QCOMPARE(second.size(), header->size());
        // Values end in the same column: right-aligned.
        QCOMPARE(first.indexOf(u"152\u00A0ta |"_s) + 7, second.indexOf(u"000\u00A0nafar |"_s) + 10);
    }

    void utf8()
    {
        const QByteArray bytes
            = ProtocolTextWriter::write(ProtocolComposer::compose(ProtocolSamples::built()));
        QVERIFY(bytes.contains("YIG\xCA\xBB"
                               "ILISH")); // U+02BB as UTF-8
        QVERIFY(bytes.endsWith('\n'));
    }

    void signatures()
    {
        const QString txt = text(ProtocolSamples::built());
        QVERIFY(txt.contains(u"Kengash raisi"_s));
        QVERIFY(txt.contains(ProtocolSignature::line() + u' '));
        QVERIFY(txt.trimmed().endsWith(u"N.Abdullayev"_s));
    }
};

QTEST_MAIN(TestProtocolTextWriter)
#include "testprotocoltextwriter.moc"
