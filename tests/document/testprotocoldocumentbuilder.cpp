#include "document/protocolcomposer.h"
#include "document/protocoldocumentbuilder.h"
#include "document/protocolfonts.h"
#include "document/protocolpage.h"
#include "document/tablerowobject.h"
#include "protocolsamples.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

// The look of a block's first piece of text.
QTextCharFormat textFormat(const QTextBlock& block)
{
    return block.begin().fragment().charFormat();
}

QTextBlock find(const QTextDocument& document, const QString& prefix)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(prefix))
            return block;
    }
    return {};
}

} // namespace

class TestProtocolDocumentBuilder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTextDocument> m_document;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(ProtocolFonts::ensureLoaded().ok());
        m_document
            = ProtocolDocumentBuilder::build(ProtocolComposer::compose(ProtocolSamples::built()));
        QVERIFY(m_document);
    }

    void font()
    {
        QCOMPARE(m_document->defaultFont().family(), u"Liberation Serif"_s);
        QCOMPARE(m_document->defaultFont().pointSizeF(), 14.0);
        QVERIFY(m_document->useDesignMetrics());
    }

    void paragraphs()
    {
        const QTextBlock lead = find(*m_document, u"Birinchi masala yuzasidan"_s);
        QVERIFY(lead.isValid());
        QCOMPARE(lead.blockFormat().alignment(), Qt::AlignJustify);
        QCOMPARE(lead.blockFormat().textIndent(), ProtocolPage::pxFromMm(12.5));
        QVERIFY(lead.blockFormat().boolProperty(ProtocolDocumentBuilder::KeepWithNextProperty));
        const QTextBlock members = find(*m_document, u"Kengash aʼzolari:"_s);
        QCOMPARE(members.blockFormat().alignment(), Qt::AlignLeft);
        QVERIFY(find(*m_document, u"\u2013 xorijiy kapital"_s).isValid());
    }

    void headings()
    {
        const QTextBlock agenda = find(*m_document, u"KUN TARTIBI:"_s);
        QCOMPARE(agenda.blockFormat().alignment(), Qt::AlignHCenter);
        QCOMPARE(textFormat(agenda).fontWeight(), int(QFont::Bold));
        QVERIFY(agenda.blockFormat().boolProperty(ProtocolDocumentBuilder::KeepWithNextProperty));
        QCOMPARE(agenda.blockFormat().intProperty(ProtocolDocumentBuilder::BlockKindProperty),
            int(ProtocolBlock::Kind::Heading));
        const QTextBlock title = find(*m_document, u"YIGʻILISH BAYONI"_s);
        QCOMPARE(title.blockFormat().alignment(), Qt::AlignHCenter);
        QCOMPARE(textFormat(title).fontWeight(), int(QFont::Bold));
        QCOMPARE(title.blockFormat().topMargin(), ProtocolPage::pxFromPt(12));
    }

    void dateAndPlaceOnOneLine()
    {
        const QTextBlock when = find(*m_document, u"2025-yil"_s);
        QVERIFY(when.text().endsWith(u"\tToshkent shahri"_s));
        const QList<QTextOption::Tab> tabs = when.blockFormat().tabPositions();
        QCOMPARE(tabs.size(), 1);
        QCOMPARE(tabs.first().type, QTextOption::RightTab);
        QVERIFY(qAbs(tabs.first().position - ProtocolPage::textWidthPx()) <= 1);
    }

    void kpiTable()
    {
        const QList<QTextFrame*> frames = m_document->rootFrame()->childFrames();
        QCOMPARE(frames.size(), 1);
        const auto* table = qobject_cast<QTextTable*>(frames.first());
        QVERIFY(table);
        QCOMPARE(table->rows(), 4);
        QCOMPARE(table->columns(), 6);
        const QTextTableFormat format = table->format();
        QCOMPARE(format.headerRowCount(), 1);
        QVERIFY(format.border() > 0);
        // In points, the width of the text column: what Qt's ODF writer understands.
        const qreal textWidthPt = 165 * 72 / 25.4;
        QCOMPARE(format.width().type(), QTextLength::FixedLength);
        QVERIFY(qAbs(format.width().rawValue() - textWidthPt) < 0.01);
        qreal total = 0;
        for (const QTextLength& width : format.columnWidthConstraints()) {
            QCOMPARE(width.type(), QTextLength::FixedLength);
            total += width.rawValue();
        }
        QVERIFY(qAbs(total - textWidthPt) < 0.01);
        const QTextBlock value = m_document->findBlock(table->cellAt(1, 3).firstPosition());
        QCOMPARE(value.text(), u"1\u00A0152\u00A0ta"_s);
        QCOMPARE(value.blockFormat().alignment(), Qt::AlignRight);
        QCOMPARE(textFormat(value).fontPointSize(), 12.0);
        const QTextBlock header = m_document->findBlock(table->cellAt(0, 1).firstPosition());
        QCOMPARE(header.text(), u"Koʻrsatkich"_s);
        QCOMPARE(textFormat(header).fontWeight(), int(QFont::Bold));
        // The caption goes with its table.
        const QTextBlock caption = find(*m_document, u"Iqtisodiy koʻrsatkichlar"_s);
        QVERIFY(caption.blockFormat().boolProperty(ProtocolDocumentBuilder::KeepWithNextProperty));
        QCOMPARE(caption.next().position(), table->firstPosition());
    }

    void signatures()
    {
        const QTextBlock chair = find(*m_document, u"Kengash raisi\t"_s);
        QCOMPARE(
            chair.text(), u"Kengash raisi\t"_s + ProtocolSignature::line() + u"\tA.Ishanxodjaev"_s);
        QVERIFY(chair.blockFormat().boolProperty(ProtocolDocumentBuilder::KeepTogetherProperty));
        QCOMPARE(chair.next().text(),
            u"Kengash kotibi\t"_s + ProtocolSignature::line() + u"\tN.Abdullayev"_s);
        QVERIFY(!chair.next().next().isValid());
    }

    void kpiTableAsRows()
    {
        const auto rows
            = ProtocolDocumentBuilder::build(ProtocolComposer::compose(ProtocolSamples::built()), 1,
                ProtocolDocumentBuilder::Tables::RowObjects);
        QVERIFY(rows->rootFrame()->childFrames().isEmpty());
        QList<int> found;
        for (QTextBlock block = rows->begin(); block.isValid(); block = block.next()) {
            if (!block.blockFormat().hasProperty(TableRowObject::TableProperty))
                continue;
            QCOMPARE(block.text(), QString(QChar::ObjectReplacementCharacter));
            QCOMPARE(block.blockFormat().intProperty(TableRowObject::TableProperty), 0);
            QCOMPARE(textFormat(block).objectType(), TableRowObject::ObjectType);
            found.append(block.blockFormat().intProperty(TableRowObject::RowProperty));
        }
        QCOMPARE(found, (QList<int> {TableRowObject::HeaderRow, 0, 1, 2}));
        // The header row goes with the first row; the caption with the header.
        const QTextBlock caption = find(*rows, u"Iqtisodiy koʻrsatkichlar"_s);
        QVERIFY(caption.blockFormat().boolProperty(ProtocolDocumentBuilder::KeepWithNextProperty));
        QVERIFY(caption.next().blockFormat().boolProperty(
            ProtocolDocumentBuilder::KeepWithNextProperty));
    }

    void indentScale()
    {
        const auto scaled = ProtocolDocumentBuilder::build(
            ProtocolComposer::compose(ProtocolSamples::built()), 12.5);
        const QTextBlock lead = find(*scaled, u"Birinchi masala yuzasidan"_s);
        QCOMPARE(lead.blockFormat().textIndent(), ProtocolPage::pxFromMm(12.5) * 12.5);
        // Only the indent: vertical space stays in CSS pixels.
        QCOMPARE(find(*scaled, u"YIGʻILISH BAYONI"_s).blockFormat().topMargin(),
            ProtocolPage::pxFromPt(12));
    }
};

QTEST_MAIN(TestProtocolDocumentBuilder)
#include "testprotocoldocumentbuilder.moc"
