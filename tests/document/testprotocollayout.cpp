#include "document/protocoldocumentbuilder.h"
#include "document/protocollayout.h"
#include "protocolsamples.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

using Kind = ProtocolBlock::Kind;

// Where each paragraph and table of the root frame falls, read from the layout.
struct Item
{
    QString text;
    int kind = -1; // ProtocolBlock::Kind of a paragraph; -1 for a table
    bool keepWithNext = false;
    int firstPage = 0;
    int lastPage = 0;
    int headerPage = 0;   // tables
    int firstRowPage = 0; // tables
};

class PageMap
{
public:
    explicit PageMap(const ProtocolLayout& layout) : m_layout(layout)
    {
        const QTextDocument& doc = layout.document();
        for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            Item item;
            if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
                const auto first = pages(doc.findBlock(table->cellAt(0, 0).firstPosition()));
                const auto last = pages(doc.findBlock(table->cellAt(table->rows() - 1, 0).lastPosition()));
                item.firstPage = item.headerPage = first.first;
                item.lastPage = last.second;
                item.firstRowPage = table->rows() > 1
                    ? pages(doc.findBlock(table->cellAt(1, 0).firstPosition())).first
                    : first.first;
                item.text = u"<table>"_s;
            } else if (it.currentBlock().isValid()) {
                const QTextBlock block = it.currentBlock();
                std::tie(item.firstPage, item.lastPage) = pages(block);
                item.text = block.text();
                item.kind = block.blockFormat().intProperty(ProtocolDocumentBuilder::BlockKindProperty);
                item.keepWithNext =
                    block.blockFormat().boolProperty(ProtocolDocumentBuilder::KeepWithNextProperty);
            } else {
                continue;
            }
            m_items.append(item);
        }
    }

    const QList<Item>& items() const { return m_items; }

    // The first item that is the last thing on its page but must go with what
    // follows, or a table header alone; empty when every rule is kept.
    QString brokenRule() const
    {
        for (qsizetype i = 0; i + 1 < m_items.size(); ++i) {
            const Item& item = m_items.at(i);
            if (item.kind == -1 && item.firstRowPage > item.headerPage)
                return u"table header alone at the foot of page %1"_s.arg(item.headerPage + 1);
            const bool heading = item.kind == int(Kind::Heading);
            if ((heading || item.keepWithNext) && m_items.at(i + 1).firstPage > item.lastPage)
                return u"\"%1\" ends page %2"_s.arg(item.text.left(60)).arg(item.lastPage + 1);
        }
        return {};
    }

private:
    std::pair<int, int> pages(const QTextBlock& block) const
    {
        const QRectF rect = m_layout.document().documentLayout()->blockBoundingRect(block);
        const QTextLayout* text = block.layout();
        const qreal height = m_layout.pageSize().height();
        if (text->lineCount() == 0)
            return {int(rect.top() / height), int(rect.top() / height)};
        return {int(std::floor((rect.top() + text->lineAt(0).y()) / height)),
                int(std::floor((rect.top() + text->lineAt(text->lineCount() - 1).y()) / height))};
    }

    const ProtocolLayout& m_layout;
    QList<Item> m_items;
};

std::unique_ptr<ProtocolLayout> laidOut(const Meeting& meeting)
{
    auto layout = ProtocolLayout::create(meeting);
    if (!layout)
        qWarning() << layout.error().message;
    return layout ? std::move(layout).value() : nullptr;
}

} // namespace

class TestProtocolLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void a4AtTheLayoutResolution()
    {
        const auto layout = laidOut(ProtocolSamples::built());
        QVERIFY(layout);
        const qreal units = ProtocolLayout::layoutDpi / 25.4;
        QCOMPARE(qRound(layout->pageSize().width() / units), 210);
        QCOMPARE(qRound(layout->pageSize().height() / units), 297);
        QCOMPARE(layout->pageCount(), 2);
        QCOMPARE(layout->document().pageCount(), layout->pageCount());
    }

    void marginsAndIndent()
    {
        const auto layout = laidOut(ProtocolSamples::built());
        QVERIFY(layout);
        const QTextDocument& doc = layout->document();
        const qreal mm = ProtocolLayout::layoutDpi / 25.4;
        // A justified paragraph: its first line starts 30 mm + 12,5 mm from the sheet's edge.
        QTextBlock chair;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.text().startsWith(u"Birinchi masala"_s))
                chair = b;
        }
        QVERIFY(chair.isValid());
        const QRectF rect = doc.documentLayout()->blockBoundingRect(chair);
        QCOMPARE(qRound((rect.left() + chair.layout()->lineAt(0).x()) / mm * 10), 425);
        QCOMPARE(qRound((rect.left() + chair.layout()->lineAt(1).x()) / mm), 30);
        QCOMPARE(qRound(chair.layout()->lineAt(1).width() / mm), 165);
        // The first line of the sheet sits below the 20 mm top margin.
        const QRectF first = doc.documentLayout()->blockBoundingRect(doc.firstBlock());
        QCOMPARE(qRound(first.top() / mm), 20);
    }

    void rulesKeptOnTheSample()
    {
        const auto sample = ProtocolSamples::sample();
        QVERIFY2(sample, "resources/sample/sample-meeting.json cannot be read");
        const auto layout = laidOut(*sample);
        QVERIFY(layout);
        QVERIFY(layout->pageCount() >= 4);
        const PageMap map(*layout);
        QVERIFY2(map.brokenRule().isEmpty(), qPrintable(map.brokenRule()));
        signaturesWithTheLastResolution(map);
    }

    void rulesKeptOnGeneratedProtocols_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("items");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(2 + seed % 5);
    }

    // Long and short items put headings, tables and the signatures at every
    // height of a page.
    void rulesKeptOnGeneratedProtocols()
    {
        QFETCH(quint32, seed);
        QFETCH(int, items);
        const auto layout = laidOut(ProtocolSamples::generated(seed, items));
        QVERIFY(layout);
        const PageMap map(*layout);
        QVERIFY2(map.brokenRule().isEmpty(), qPrintable(map.brokenRule()));
        signaturesWithTheLastResolution(map);
    }

    void rulesNeededBreaks()
    {
        // Over these protocols the rules are not idle: without them pages would break wrongly.
        int breaks = 0;
        for (quint32 seed = 1; seed <= 12; ++seed)
            breaks += laidOut(ProtocolSamples::generated(seed, int(2 + seed % 5)))->addedPageBreaks();
        QVERIFY2(breaks >= 5, qPrintable(QString::number(breaks)));
    }

    void longTableCrossesPages()
    {
        const auto layout = laidOut(ProtocolSamples::longTable(80));
        QVERIFY(layout);
        const PageMap map(*layout);
        QVERIFY2(map.brokenRule().isEmpty(), qPrintable(map.brokenRule()));
        // The table is closed at the foot of each page and goes on under its
        // header on the next: no row is cut in two.
        QList<int> pages;
        for (const Item& item : map.items()) {
            if (item.kind == -1) {
                QCOMPARE(item.lastPage, item.firstPage);
                pages.append(item.firstPage);
            }
        }
        QVERIFY(pages.size() >= 3);
        for (qsizetype i = 1; i < pages.size(); ++i)
            QCOMPARE(pages.at(i), pages.at(i - 1) + 1);
        QStringList numbers;
        const QTextDocument& doc = layout->document();
        for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            QVERIFY(table);
            QCOMPARE(table->format().headerRowCount(), 1);
            QCOMPARE(doc.findBlock(table->cellAt(0, 1).firstPosition()).text(), u"Koʻrsatkich"_s);
            for (int row = 1; row < table->rows(); ++row)
                numbers.append(doc.findBlock(table->cellAt(row, 0).firstPosition()).text());
        }
        QStringList expected;
        for (int i = 1; i <= 80; ++i)
            expected.append(QString::number(i));
        QCOMPARE(numbers, expected);
    }

    void cyrillicLayout()
    {
        const auto layout = ProtocolLayout::create(ProtocolSamples::built(), Script::Cyrillic);
        QVERIFY(layout);
        QVERIFY((*layout)->document().toPlainText().contains(u"КУН ТАРТИБИ:"_s));
    }

private:
    void signaturesWithTheLastResolution(const PageMap& map)
    {
        const QList<Item>& items = map.items();
        QVERIFY(items.size() > 3);
        // The two signature lines, and the last resolution's first line, on the last page.
        const int lastPage = items.last().lastPage;
        QCOMPARE(items.last().kind, int(Kind::Signatures));
        QCOMPARE(items.at(items.size() - 2).kind, int(Kind::Signatures));
        QCOMPARE(items.at(items.size() - 2).firstPage, lastPage);
        qsizetype last = items.size() - 3;
        while (last > 0 && items.at(last - 1).keepWithNext)
            --last;
        QVERIFY2(QRegularExpression(u"^\\d+\\. "_s).match(items.at(last).text).hasMatch(),
                 qPrintable(items.at(last).text));
        QCOMPARE(items.at(last).firstPage, lastPage);
    }
};

QTEST_MAIN(TestProtocolLayout)
#include "testprotocollayout.moc"
