#include "document/documentpageflow.h"
#include "document/pageflow.h"
#include "document/plannedpageflow.h"
#include "document/protocoldocumentbuilder.h"
#include "document/protocolpaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <cmath>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

// Paragraphs of whole lines on pages of `linesPerPage` lines: the rules of
// ProtocolPaginator without Qt's layout.
class LineFlow : public PageFlow
{
public:
    struct Paragraph
    {
        FlowItem item;
        int lines = 1;
        bool breakBefore = false;
    };

    LineFlow(QList<Paragraph> paragraphs, int linesPerPage)
        : m_paragraphs(std::move(paragraphs))
        , m_linesPerPage(linesPerPage)
    {
    }

    qsizetype size() const override { return m_paragraphs.size(); }
    const FlowItem& item(qsizetype i) const override { return m_paragraphs.at(i).item; }

    Extent extent(qsizetype i) const override
    {
        QList<qreal> tops;
        int line = 0;
        for (qsizetype p = 0; p <= i; ++p) {
            const Paragraph& paragraph = m_paragraphs.at(p);
            if (paragraph.breakBefore && line % m_linesPerPage != 0)
                line += m_linesPerPage - line % m_linesPerPage;
            for (int l = 0; l < paragraph.lines; ++l, ++line) {
                if (p == i)
                    tops.append(line);
            }
        }
        return extentOf(tops, tops.value(0), m_linesPerPage);
    }

    void breakBefore(qsizetype i) override
    {
        m_paragraphs[i].breakBefore = true;
        changes.append(u"break before %1"_s.arg(i));
    }

    void repeatHeaderBefore(qsizetype i, qsizetype header) override
    {
        Paragraph copy = m_paragraphs.at(header);
        copy.breakBefore = true;
        m_paragraphs.insert(i, copy);
        changes.append(u"header %1 before %2"_s.arg(header).arg(i));
    }

    QStringList changes;

private:
    QList<Paragraph> m_paragraphs;
    const int m_linesPerPage;
};

LineFlow::Paragraph text(int lines)
{
    return {{}, lines, false};
}

LineFlow::Paragraph heading()
{
    LineFlow::Paragraph paragraph {{}, 1, false};
    paragraph.item.keepWithNext = true;
    return paragraph;
}

LineFlow::Paragraph together(int lines)
{
    LineFlow::Paragraph paragraph {{}, lines, false};
    paragraph.item.keepTogether = true;
    return paragraph;
}

LineFlow::Paragraph tableRow(int row)
{
    LineFlow::Paragraph paragraph {{}, 1, false};
    paragraph.item.table = 0;
    paragraph.item.row = row;
    return paragraph;
}

// Where Qt put the lines of one paragraph.
QList<qreal> qtLineTops(const QTextBlock& block)
{
    QList<qreal> tops;
    const QRectF rect = block.document()->documentLayout()->blockBoundingRect(block);
    for (int l = 0; l < block.layout()->lineCount(); ++l)
        tops.append(rect.top() + block.layout()->lineAt(l).y());
    return tops;
}

// Every line of a laid-out document, from Qt's layout.
QList<qreal> lineTops(const QTextDocument& document)
{
    QList<qreal> tops;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        for (int l = 0; l < block.layout()->lineCount(); ++l)
            tops.append(rect.top() + block.layout()->lineAt(l).y());
    }
    return tops;
}

// Paragraphs of several lines each and headings on short pages; with
// `unusual`, also what the protocol's builder does not make today: empty
// paragraphs, a break after a paragraph, fixed and minimum line heights, a
// hidden paragraph and a line taller than a page's text area.
std::unique_ptr<QTextDocument> pagedDocument(bool unusual = false)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    frame.setTopMargin(20);
    frame.setBottomMargin(16);
    document->rootFrame()->setFrameFormat(frame);
    QTextCursor cursor(document.get());
    for (int i = 0; i < 40; ++i) {
        if (i > 0)
            cursor.insertBlock();
        QTextBlockFormat format;
        format.setTopMargin(i % 5 == 0 ? 12 : 4);
        format.setBottomMargin(i % 3 == 0 ? 6 : 0);
        if (i % 5 == 0)
            format.setProperty(ProtocolDocumentBuilder::KeepWithNextProperty, true);
        QString text = i % 5 == 0
            ? u"Heading %1"_s.arg(i)
            : u"Paragraph %1: "_s.arg(i) + u"words of a paragraph "_s.repeated(6 + i % 7);
        QTextCharFormat characters;
        if (unusual) {
            if (i % 11 == 3)
                text.clear();
            if (i % 13 == 4)
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
            if (i % 7 == 2)
                format.setLineHeight(22, QTextBlockFormat::FixedHeight);
            if (i % 9 == 6)
                format.setLineHeight(25, QTextBlockFormat::MinimumHeight);
            if (i == 17) {
                QFont tall;
                tall.setPixelSize(240); // a line of about 275 px; the text area is 264 px
                characters.setFont(tall);
                text = u"Tall"_s;
            }
        }
        cursor.setBlockFormat(format);
        cursor.insertText(text, characters);
        if (unusual && i == 23)
            cursor.block().setVisible(false);
    }
    document->setPageSize(QSizeF(400, 300));
    document->documentLayout()->documentSize(); // the whole layout, as ProtocolLayout has it
    return document;
}

} // namespace

class TestPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingToDoWhenNoRuleIsBroken()
    {
        LineFlow flow({text(3), heading(), text(4), text(2)}, 10);
        QCOMPARE(ProtocolPaginator(flow).run(), 0);
        QVERIFY(flow.changes.isEmpty());
    }

    void aHeadingNeverEndsAPage()
    {
        // The heading would be line 10 of 10: it goes over with its paragraph.
        LineFlow flow({text(9), heading(), text(3)}, 10);
        QCOMPARE(ProtocolPaginator(flow).run(), 1);
        QCOMPARE(flow.changes, QStringList {u"break before 1"_s});
        QCOMPARE(flow.extent(1).firstPage, 1);
        QCOMPARE(flow.extent(2).firstPage, 1);
    }

    void aChainOfHeadingsMovesTogether()
    {
        LineFlow flow({text(8), heading(), heading(), text(3)}, 10);
        ProtocolPaginator(flow).run();
        QCOMPARE(flow.extent(1).firstPage, 1);
        QCOMPARE(flow.extent(2).firstPage, 1);
    }

    void noFirstLineAloneAtTheFoot()
    {
        LineFlow flow({text(9), text(5)}, 10);
        ProtocolPaginator(flow).run();
        QCOMPARE(flow.changes, QStringList {u"break before 1"_s});
        const Extent moved = flow.extent(1);
        QCOMPARE(moved.firstPage, 1);
        QCOMPARE(moved.lastPage, 1);
    }

    void noShortParagraphsLastLineAloneAtTheHead()
    {
        // 4 lines from line 7: the fourth alone on the next page.
        LineFlow flow({text(7), text(4)}, 10);
        ProtocolPaginator(flow).run();
        QCOMPARE(flow.extent(1).firstPage, 1);
        // A long paragraph may leave one line over: it is not moved.
        LineFlow longer({text(3), text(8)}, 10);
        QCOMPARE(ProtocolPaginator(longer).run(), 0);
    }

    void whatMustStayTogetherDoes()
    {
        // The last resolution and the signatures: 4 lines from line 8.
        LineFlow flow({text(8), together(2), together(2)}, 10);
        ProtocolPaginator(flow).run();
        QCOMPARE(flow.extent(1).firstPage, 1);
        QCOMPARE(flow.extent(2).lastPage, 1);
    }

    void aTableGoesOnUnderItsHeader()
    {
        LineFlow flow({text(7), heading(), tableRow(-1), tableRow(0), tableRow(1), tableRow(2),
                          tableRow(3), text(2)},
            10);
        ProtocolPaginator(flow).run();
        // Row 0 closes the first page; row 1 opens the next under a copy of the header.
        QCOMPARE(flow.changes, QStringList {u"header 2 before 4"_s});
        QCOMPARE(flow.size(), 9);
        QCOMPARE(flow.item(4).row, -1);
        QCOMPARE(flow.extent(4).firstPage, 1);
        QCOMPARE(flow.item(5).row, 1);
        QCOMPARE(flow.extent(5).firstPage, 1);
        QCOMPARE(flow.extent(3).lastPage, 0);
    }

    void extentCountsLinesOnEachPage()
    {
        LineFlow flow({text(8), text(5)}, 10);
        const Extent extent = flow.extent(1);
        QCOMPARE(extent.firstPage, 0);
        QCOMPARE(extent.lastPage, 1);
        QCOMPARE(extent.lines, 5);
        QCOMPARE(extent.linesOnFirstPage, 2);
        QCOMPARE(extent.linesOnLastPage, 3);
    }

    void flowItemReadsTheBuildersProperties()
    {
        QTextBlockFormat format;
        format.setProperty(ProtocolDocumentBuilder::KeepWithNextProperty, true);
        QVERIFY(FlowItem::of(format).keepWithNext);
        QVERIFY(!FlowItem::of(format).keepTogether);
        QCOMPARE(FlowItem::of(format).table, -1);
        format.setProperty(ProtocolDocumentBuilder::KeepTogetherProperty, true);
        QVERIFY(FlowItem::of(format).keepTogether);
    }

    // On Qt's layout: a break moves the paragraph to the head of the next page.
    void documentFlowBreaksAPage()
    {
        const auto document = pagedDocument();
        DocumentPageFlow flow(*document, document->pageSize().height());
        qsizetype split = -1;
        for (qsizetype i = 1; i < flow.size() && split < 0; ++i) {
            if (flow.extent(i).firstPage == flow.extent(i - 1).lastPage
                && flow.extent(i).firstPage > 0)
                split = i;
        }
        QVERIFY(split > 0);
        const int page = flow.extent(split).firstPage;
        flow.breakBefore(split);
        QCOMPARE(flow.extent(split).firstPage, page + 1);
        QCOMPARE(flow.extent(split - 1).lastPage, page);
    }

    // The model places every line where Qt does, before and after the same
    // breaks, and the planned breaks made on Qt's layout give the pages a
    // layout from scratch gives.
    void plannedFlowMovesLinesAsQtDoes_data()
    {
        QTest::addColumn<bool>("unusual");
        QTest::addRow("the builder's paragraphs") << false;
        QTest::addRow("unusual paragraphs") << true;
    }

    void plannedFlowMovesLinesAsQtDoes()
    {
        QFETCH(bool, unusual);
        const auto document = pagedDocument(unusual);
        const qreal height = document->pageSize().height();
        PlannedPageFlow plan(*document, height);
        DocumentPageFlow flow(*document, height);
        QCOMPARE(plan.size(), flow.size());
        const auto linesAsQt = [&](const char* when) {
            qsizetype i = 0;
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next(), ++i) {
                if (!block.isVisible())
                    continue;
                QVERIFY2(plan.lineTops(i) == qtLineTops(block),
                    qPrintable(
                        u"%1, paragraph %2: planned %3, laid out %4"_s.arg(QLatin1StringView(when))
                            .arg(i)
                            .arg(QString::number(plan.lineTops(i).value(0)))
                            .arg(QString::number(qtLineTops(block).value(0)))));
            }
        };
        if (unusual) {
            // The tall line is taller than the text area, shorter than the page.
            QTextBlock tall = document->findBlockByNumber(17);
            const qreal lineHeight = tall.layout()->lineAt(0).height();
            QVERIFY2(lineHeight > 264 && lineHeight < 300, qPrintable(QString::number(lineHeight)));
        }
        linesAsQt("measured");
        const int changes = ProtocolPaginator(plan).run();
        QVERIFY2(changes >= 2, qPrintable(QString::number(changes)));
        QCOMPARE(plan.changes().size(), changes);
        flow.apply(plan.changes());
        linesAsQt("after the breaks");
        QCOMPARE(ProtocolPaginator(flow).run(), 0);
        const QList<qreal> incremental = lineTops(*document);
        document->markContentsDirty(0, document->characterCount());
        QCOMPARE(lineTops(*document), incremental);
    }
};

QTEST_MAIN(TestPagination)
#include "testpagination.moc"
