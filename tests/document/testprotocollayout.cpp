#include "document/plannedpageflow.h"
#include "document/protocoldocumentbuilder.h"
#include "document/protocollayout.h"
#include "document/tablerowobject.h"
#include "protocolsamples.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <cmath>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

using Kind = ProtocolBlock::Kind;

// Where each paragraph falls, read from the layout.
struct Item
{
    QString text;
    int kind = -1; // ProtocolBlock::Kind
    bool keepWithNext = false;
    int table = -1; // a KPI table row: its table and row (-1: the header)
    int row = 0;
    int firstPage = 0;
    int lastPage = 0;
};

class PageMap
{
public:
    explicit PageMap(const ProtocolLayout& layout)
        : m_layout(layout)
    {
        const QTextDocument& doc = layout.document();
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            Item item;
            std::tie(item.firstPage, item.lastPage) = pages(block);
            item.text = block.text();
            item.kind = format.intProperty(ProtocolDocumentBuilder::BlockKindProperty);
            item.keepWithNext = format.boolProperty(ProtocolDocumentBuilder::KeepWithNextProperty);
            if (format.hasProperty(TableRowObject::TableProperty)) {
                item.table = format.intProperty(TableRowObject::TableProperty);
                item.row = format.intProperty(TableRowObject::RowProperty);
            }
            m_items.append(item);
        }
    }

    const QList<Item>& items() const { return m_items; }

    // The first rule broken: a heading or another line that must go with what
    // follows ending a page, a table row heading a page without its header;
    // empty when every rule is kept.
    QString brokenRule() const
    {
        for (qsizetype i = 0; i + 1 < m_items.size(); ++i) {
            const Item& item = m_items.at(i);
            const Item& next = m_items.at(i + 1);
            const bool heading = item.kind == int(Kind::Heading);
            if ((heading || item.keepWithNext) && next.firstPage > item.lastPage)
                return u"\"%1\" ends page %2"_s.arg(item.text.left(60)).arg(item.lastPage + 1);
            if (next.table >= 0 && next.row >= 0 && next.firstPage > item.lastPage)
                return u"row %1 heads page %2 without its header"_s.arg(next.row + 1)
                    .arg(next.firstPage + 1);
            if (item.firstPage != item.lastPage && item.table >= 0)
                return u"a table row is cut by a page break"_s;
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

// The protocols of the pagination tests: 0 the sample, 1 a long table, else
// a generated protocol of that seed.
std::unique_ptr<ProtocolLayout> laidOutProtocol(int protocol)
{
    if (protocol == 0) {
        const auto sample = ProtocolSamples::sample();
        return sample ? laidOut(*sample) : nullptr;
    }
    return laidOut(protocol == 1 ? ProtocolSamples::longTable(80)
                                 : ProtocolSamples::generated(quint32(protocol), 2 + protocol % 5));
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
            breaks
                += laidOut(ProtocolSamples::generated(seed, int(2 + seed % 5)))->addedPageBreaks();
        QVERIFY2(breaks >= 5, qPrintable(QString::number(breaks)));
    }

    // The paginator plans its breaks on a model of Qt's layout, which moves lines
    // instead of laying the text out again: it must put every line on the page
    // where Qt puts it, so that Qt's own layout needs no break the plan missed.
    void plannedPagesAgreeWithQt_data()
    {
        QTest::addColumn<int>("protocol"); // 0: the sample, 1: a long table, else a seed
        QTest::addRow("sample") << 0;
        QTest::addRow("long table") << 1;
        for (int seed = 2; seed <= 13; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }

    void plannedPagesAgreeWithQt()
    {
        QFETCH(int, protocol);
        const auto layout = laidOutProtocol(protocol);
        QVERIFY(layout);
        // Measured on the paginated text, the model places every line as Qt did.
        const PlannedPageFlow plan(layout->document(), layout->pageSize().height());
        const QTextDocument& doc = layout->document();
        QCOMPARE(plan.size(), doc.blockCount());
        qsizetype i = 0;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next(), ++i) {
            const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
            QList<qreal> laidOut;
            for (int l = 0; l < block.layout()->lineCount(); ++l)
                laidOut.append(rect.top() + block.layout()->lineAt(l).y());
            const QList<qreal> planned = plan.lineTops(i);
            qsizetype line = 0;
            while (
                line < qMin(planned.size(), laidOut.size()) && planned.at(line) == laidOut.at(line))
                ++line;
            QVERIFY2(planned == laidOut,
                qPrintable(u"\"%1\", line %2 of %3: planned at %4, laid out at %5"_s
                               .arg(block.text().left(50))
                               .arg(line + 1)
                               .arg(laidOut.size())
                               .arg(planned.value(line), 0, 'f', 6)
                               .arg(laidOut.value(line), 0, 'f', 6)));
        }
        QCOMPARE(layout->unplannedPageBreaks(), 0);
    }

    // The planned page breaks are made one edit each, after which Qt lays out
    // only what changed and moves the rest: every line must stand where a
    // layout of the whole text from scratch puts it.
    void pagesAsALayoutFromScratch_data() { plannedPagesAgreeWithQt_data(); }

    void pagesAsALayoutFromScratch()
    {
        QFETCH(int, protocol);
        const auto layout = laidOutProtocol(protocol);
        QVERIFY(layout);
        const auto lineTops = [&layout] {
            QList<qreal> tops;
            const QTextDocument& doc = layout->document();
            for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
                const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
                for (int l = 0; l < block.layout()->lineCount(); ++l)
                    tops.append(rect.top() + block.layout()->lineAt(l).y());
            }
            return tops;
        };
        const QList<qreal> paginated = lineTops();
        const int pages = layout->pageCount();
        QTextDocument& doc = const_cast<QTextDocument&>(layout->document());
        doc.markContentsDirty(0, doc.characterCount());
        QCOMPARE(lineTops(), paginated);
        QCOMPARE(layout->pageCount(), pages);
    }

    void longTableCrossesPages()
    {
        const auto layout = laidOut(ProtocolSamples::longTable(80));
        QVERIFY(layout);
        const PageMap map(*layout);
        QVERIFY2(map.brokenRule().isEmpty(), qPrintable(map.brokenRule()));
        // Every row once, in order; on each page the table's rows stand under its header.
        QList<int> rows;
        QMap<int, int> headersOnPage;
        QSet<int> pagesWithRows;
        for (const Item& item : map.items()) {
            if (item.table != 0)
                continue;
            if (item.row == TableRowObject::HeaderRow) {
                headersOnPage[item.firstPage] += 1;
            } else {
                rows.append(item.row);
                pagesWithRows.insert(item.firstPage);
                QCOMPARE(headersOnPage.value(item.firstPage), 1);
            }
        }
        QCOMPARE(rows.size(), 80);
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i), i);
        QVERIFY(pagesWithRows.size() >= 3);
        QCOMPARE(headersOnPage.size(), pagesWithRows.size());
    }

    void pagesOfParts()
    {
        const auto sample = ProtocolSamples::sample();
        QVERIFY(sample);
        const auto layout = laidOut(*sample);
        QVERIFY(layout);
        QCOMPARE(layout->pageOf(u"header"), 0);
        QCOMPARE(layout->pageOf(u"attendance"), 0);
        QCOMPARE(layout->pageOf(u"agenda"), 0);
        QCOMPARE(layout->pageOf(u"item:1"), 0);
        const int second = layout->pageOf(u"item:2");
        QVERIFY(second > 0);
        QVERIFY(layout->pageOf(u"report:2.1") >= second);
        QVERIFY(layout->pageOf(u"resolution:1") >= layout->pageOf(u"resolutions"));
        QCOMPARE(layout->pageOf(u"signatures"), layout->pageCount() - 1);
        QCOMPARE(layout->pageOf(u"resolution:5"), layout->pageCount() - 1);
        QCOMPARE(layout->pageOf(u"item:3"), -1);
        QCOMPARE(layout->pageOf(u"resolution:6"), -1);
    }

    void emptyMeeting()
    {
        const auto layout = laidOut(Meeting());
        QVERIFY(layout);
        QCOMPARE(layout->pageCount(), 1);
        QCOMPARE(layout->pageOf(u"signatures"), 0);
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
