#include "protocollayout.h"

#include "document/protocolcomposer.h"
#include "document/protocoldocumentbuilder.h"
#include "document/protocolfonts.h"
#include "document/protocolpage.h"
#include "document/tablerowobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <climits>
#include <cmath>

namespace Bayon {

namespace {

// A device that only tells the text layout its resolution: the layout never
// depends on the screen or printer it will be shown on.
class LayoutDevice : public QPaintDevice
{
public:
    QPaintEngine* paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        const qreal dpi = ProtocolLayout::layoutDpi;
        switch (metric) {
        case PdmWidth:
            return qRound(ProtocolPage::widthMm / 25.4 * dpi);
        case PdmHeight:
            return qRound(ProtocolPage::heightMm / 25.4 * dpi);
        case PdmWidthMM:
            return qRound(ProtocolPage::widthMm);
        case PdmHeightMM:
            return qRound(ProtocolPage::heightMm);
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return ProtocolLayout::layoutDpi;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }
};

// One paragraph of the flow, with what the pagination needs to know of it.
struct FlowItem
{
    QTextBlock block;
    bool keepWithNext = false;
    bool keepTogether = false;
    int table = -1; // the KPI table of a row, else -1
    int row = TableRowObject::HeaderRow; // the row of that table
};

// Where an item's lines fall.
struct Extent
{
    int firstPage = 0;
    int lastPage = 0;
    int lines = 0;
    int linesOnFirstPage = 0;
    int linesOnLastPage = 0;
};

class Paginator
{
public:
    Paginator(QTextDocument& document, qreal pageHeight)
        : m_document(document)
        , m_layout(*document.documentLayout())
        , m_pageHeight(pageHeight)
    {
        collectItems();
    }

    // Returns the page breaks it added.
    int run()
    {
        int breaks = 0;
        qsizetype i = 0;
        while (i < m_items.size()) {
            if (continuesTable(i)) {
                repeatHeaderBefore(i);
                ++breaks;
                continue; // i is now the copy of the header
            }
            const qsizetype moved = violation(i);
            if (moved < 0) {
                ++i;
                continue;
            }
            const qsizetype start = chainStart(moved);
            if (breakBefore(start)) {
                ++breaks;
                i = start;
            } else if (start != moved && breakBefore(moved)) {
                // What must go together does not fit on one page: keep what can be kept.
                ++breaks;
                i = moved;
            } else {
                ++i;
            }
        }
        return breaks;
    }

private:
    void collectItems()
    {
        m_items.clear();
        for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            FlowItem item;
            item.block = block;
            item.keepWithNext = format.boolProperty(ProtocolDocumentBuilder::KeepWithNextProperty);
            item.keepTogether = format.boolProperty(ProtocolDocumentBuilder::KeepTogetherProperty);
            if (format.hasProperty(TableRowObject::TableProperty)) {
                item.table = format.intProperty(TableRowObject::TableProperty);
                item.row = format.intProperty(TableRowObject::RowProperty);
            }
            m_items.append(item);
        }
    }

    int pageOf(qreal y) const { return int(std::floor(y / m_pageHeight)); }

    Extent extent(qsizetype i) const
    {
        const QTextBlock& block = m_items.at(i).block;
        const QRectF rect = m_layout.blockBoundingRect(block);
        const QTextLayout* layout = block.layout();
        Extent extent;
        extent.lines = qMax(1, layout->lineCount());
        QList<int> pages;
        for (int l = 0; l < layout->lineCount(); ++l)
            pages.append(pageOf(rect.top() + layout->lineAt(l).y()));
        if (pages.isEmpty())
            pages.append(pageOf(rect.top()));
        extent.firstPage = pages.first();
        extent.lastPage = pages.last();
        extent.linesOnFirstPage = int(pages.count(extent.firstPage));
        extent.linesOnLastPage = int(pages.count(extent.lastPage));
        return extent;
    }

    bool startsPage(qsizetype i) const
    {
        return i == 0 || extent(i - 1).lastPage < extent(i).firstPage;
    }

    // A table row at the head of a page, under no header: the rest of its table.
    bool continuesTable(qsizetype i) const
    {
        const FlowItem& item = m_items.at(i);
        return item.table >= 0 && item.row != TableRowObject::HeaderRow && i > 0
            && m_items.at(i - 1).table == item.table && startsPage(i);
    }

    // The item that breaks a rule at position i and must move to the next page, or -1.
    qsizetype violation(qsizetype i) const
    {
        const FlowItem& item = m_items.at(i);
        const Extent here = extent(i);
        if (here.lastPage > here.firstPage) {
            // A first line alone at the foot of a page, or a short paragraph's last line
            // alone at the head of the next.
            if (here.linesOnFirstPage == 1 || (here.linesOnLastPage == 1 && here.lines <= 4))
                return i;
        }
        if (item.keepWithNext && i + 1 < m_items.size()) {
            if (extent(i + 1).firstPage > here.lastPage)
                return i;
        }
        if (item.keepTogether && (i == 0 || !m_items.at(i - 1).keepTogether)) {
            qsizetype last = i;
            while (last + 1 < m_items.size() && m_items.at(last + 1).keepTogether)
                ++last;
            if (extent(last).lastPage > here.firstPage)
                return i;
        }
        return -1;
    }

    qsizetype chainStart(qsizetype i) const
    {
        while (i > 0 && m_items.at(i - 1).keepWithNext)
            --i;
        return i;
    }

    // Qt relays out only what changed and moves the rest, keeping a moved
    // paragraph's lines where they were and leaving those it had not laid out
    // yet without any; lay out anew all that follows (lazily, as the scan
    // goes on, so a break costs little more than the pages after it).
    void relayoutFrom(int position)
    {
        m_document.markContentsDirty(position, m_document.characterCount() - position);
    }

    // Puts a page break before item i; false when that would change nothing.
    bool breakBefore(qsizetype i)
    {
        if (startsPage(i))
            return false;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(m_items.at(i).block).mergeBlockFormat(format);
        relayoutFrom(m_items.at(i).block.position());
        return true;
    }

    // The table was closed at the foot of the last page (each row draws its
    // own rules); here it goes on under a copy of its header row.
    void repeatHeaderBefore(qsizetype i)
    {
        const int table = m_items.at(i).table;
        qsizetype header = i;
        while (header > 0
            && !(m_items.at(header).table == table
                && m_items.at(header).row == TableRowObject::HeaderRow))
            --header;
        QTextBlockFormat format = m_items.at(header).block.blockFormat();
        format.setTopMargin(0);
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor cursor(m_items.at(i - 1).block);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(format, m_items.at(header).block.charFormat());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter),
            TableRowObject::format(table, TableRowObject::HeaderRow));
        relayoutFrom(cursor.block().position());
        collectItems();
    }

    QTextDocument& m_document;
    QAbstractTextDocumentLayout& m_layout;
    const qreal m_pageHeight;
    QList<FlowItem> m_items;
};

} // namespace

ProtocolLayout::ProtocolLayout(ProtocolContent content)
    : m_content(std::move(content))
    , m_device(std::make_unique<LayoutDevice>())
{
    m_document = ProtocolDocumentBuilder::build(
        m_content, layoutDpi / 96.0, ProtocolDocumentBuilder::Tables::RowObjects);
    // No page yet: Qt lays nothing out until the page size below, so the text is
    // laid out once, on the device and in the frame it is printed with (each
    // change before would lay the whole text out anew).
    m_document->setPageSize(QSizeF(0, 0));
    m_document->documentLayout()->setPaintDevice(m_device.get());
    QList<ProtocolTable> tables;
    for (const ProtocolBlock& block : m_content.blocks) {
        if (block.kind == ProtocolBlock::Kind::Table && !block.table.header.isEmpty())
            tables.append(block.table);
    }
    const qreal textWidth
        = (ProtocolPage::widthMm - ProtocolPage::marginsMm.left() - ProtocolPage::marginsMm.right())
        * layoutDpi / 25.4;
    // A hair narrower than the line: a row as wide as the line may not fit it.
    m_rows = std::make_unique<TableRowObject>(tables, m_device.get(), textWidth - 2);
    m_document->documentLayout()->registerHandler(TableRowObject::ObjectType, m_rows.get());

    // Frame margins are CSS pixels, which the layout scales to its device.
    QTextFrameFormat frame = m_document->rootFrame()->frameFormat();
    frame.setLeftMargin(ProtocolPage::pxFromMm(ProtocolPage::marginsMm.left()));
    frame.setRightMargin(ProtocolPage::pxFromMm(ProtocolPage::marginsMm.right()));
    frame.setTopMargin(ProtocolPage::pxFromMm(ProtocolPage::marginsMm.top()));
    frame.setBottomMargin(ProtocolPage::pxFromMm(ProtocolPage::marginsMm.bottom()));
    frame.setPadding(0);
    frame.setBorder(0);
    m_document->rootFrame()->setFrameFormat(frame);
    const qreal scale = layoutDpi / 25.4; // layout units per millimetre
    m_document->setPageSize(QSizeF(ProtocolPage::widthMm * scale, ProtocolPage::heightMm * scale));
    paginate();
}

ProtocolLayout::~ProtocolLayout() = default;

Result<std::unique_ptr<ProtocolLayout>> ProtocolLayout::create(
    const Meeting& meeting, Script script)
{
    return create(ProtocolComposer::compose(meeting, script));
}

Result<std::unique_ptr<ProtocolLayout>> ProtocolLayout::create(ProtocolContent content)
{
    if (const Status fonts = ProtocolFonts::ensureLoaded(); !fonts)
        return fonts.error();
    return std::unique_ptr<ProtocolLayout>(new ProtocolLayout(std::move(content)));
}

void ProtocolLayout::paginate()
{
    m_addedBreaks = Paginator(*m_document, pageSize().height()).run();
}

int ProtocolLayout::pageCount() const
{
    return m_document->pageCount();
}

int ProtocolLayout::pageOf(QStringView anchor) const
{
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().stringProperty(ProtocolDocumentBuilder::AnchorProperty) != anchor)
            continue;
        const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
        const qreal top = block.layout()->lineCount() > 0
            ? rect.top() + block.layout()->lineAt(0).y()
            : rect.top();
        return int(std::floor(top / pageSize().height()));
    }
    return -1;
}

QSizeF ProtocolLayout::pageSize() const
{
    return m_document->pageSize();
}

} // namespace Bayon
