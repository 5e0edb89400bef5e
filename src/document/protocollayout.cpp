#include "protocollayout.h"

#include "document/protocolcomposer.h"
#include "document/protocoldocumentbuilder.h"
#include "document/protocolfonts.h"
#include "document/protocolpage.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

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

// Marks the empty paragraph between the two parts of a split table.
constexpr int kSpacerProperty = QTextFormat::UserProperty + 100;

// One thing in the flow of the root frame: a paragraph or a table.
struct FlowItem
{
    QTextBlock block;            // valid for a paragraph
    QTextTable* table = nullptr; // else a table
    bool keepWithNext = false;
    bool keepTogether = false;
};

// Where an item's lines fall.
struct Extent
{
    int firstPage = 0;
    int lastPage = 0;
    int lines = 0;
    int linesOnFirstPage = 0;
    int linesOnLastPage = 0;
    int firstRowPage = 0; // tables: the last page of the first row under the header
    int splitRow = -1;    // tables: the first later row that starts or ends on another page
};

class Paginator
{
public:
    Paginator(QTextDocument& document, qreal pageHeight)
        : m_document(document), m_layout(*document.documentLayout()), m_pageHeight(pageHeight)
    {
        collectItems();
    }

    // Returns the page breaks it added.
    int run()
    {
        int breaks = 0;
        qsizetype i = 0;
        while (i < m_items.size()) {
            const FlowItem& item = m_items.at(i);
            if (item.table) {
                const Extent here = extent(i);
                if (here.splitRow > 0 && here.firstRowPage == here.firstPage) {
                    splitTable(item.table, here.splitRow);
                    ++breaks;
                    collectItems();
                    continue; // the same table again, now ending where its page ends
                }
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
        QTextFrame* root = m_document.rootFrame();
        for (auto it = root->begin(); !it.atEnd(); ++it) {
            FlowItem item;
            if (QTextFrame* frame = it.currentFrame()) {
                item.table = qobject_cast<QTextTable*>(frame);
                if (item.table == nullptr)
                    continue;
            } else {
                item.block = it.currentBlock();
                const QTextBlockFormat format = item.block.blockFormat();
                if (format.boolProperty(kSpacerProperty))
                    continue;
                item.keepWithNext = format.boolProperty(ProtocolDocumentBuilder::KeepWithNextProperty);
                item.keepTogether = format.boolProperty(ProtocolDocumentBuilder::KeepTogetherProperty);
            }
            m_items.append(item);
        }
    }

    int pageOf(qreal y) const { return int(std::floor(y / m_pageHeight)); }

    // The top of each line of a block, in document coordinates.
    QList<qreal> lineTops(const QTextBlock& block) const
    {
        QList<qreal> tops;
        const QRectF rect = m_layout.blockBoundingRect(block);
        const QTextLayout* layout = block.layout();
        for (int l = 0; l < layout->lineCount(); ++l)
            tops.append(rect.top() + layout->lineAt(l).y());
        if (tops.isEmpty())
            tops.append(rect.top());
        return tops;
    }

    Extent extentOfBlock(const QTextBlock& block) const
    {
        Extent extent;
        const QList<qreal> tops = lineTops(block);
        extent.firstPage = pageOf(tops.first());
        extent.lastPage = pageOf(tops.last());
        extent.lines = int(tops.size());
        for (qreal top : tops) {
            const int page = pageOf(top);
            extent.linesOnFirstPage += page == extent.firstPage ? 1 : 0;
            extent.linesOnLastPage += page == extent.lastPage ? 1 : 0;
        }
        return extent;
    }

    // The first and last page of a table row: of the first and the last line of any of its cells.
    std::pair<int, int> rowPages(QTextTable* table, int row) const
    {
        int first = INT_MAX;
        int last = 0;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            for (QTextBlock block = m_document.findBlock(cell.firstPosition());
                 block.isValid() && block.position() <= cell.lastPosition(); block = block.next()) {
                const QList<qreal> tops = lineTops(block);
                first = qMin(first, pageOf(tops.first()));
                last = qMax(last, pageOf(tops.last()));
            }
        }
        return {first, last};
    }

    Extent extentOfTable(QTextTable* table) const
    {
        Extent extent;
        const int headerRows = table->format().headerRowCount();
        extent.lines = table->rows();
        std::tie(extent.firstPage, extent.lastPage) = rowPages(table, 0);
        extent.firstRowPage = extent.firstPage;
        int previousEnd = extent.lastPage;
        for (int row = 1; row < table->rows(); ++row) {
            const auto [first, last] = rowPages(table, row);
            extent.lastPage = qMax(extent.lastPage, last);
            if (row <= headerRows)
                extent.firstRowPage = qMax(extent.firstRowPage, last);
            else if (extent.splitRow < 0 && (first > previousEnd || last > first))
                extent.splitRow = row;
            previousEnd = last;
        }
        return extent;
    }

    Extent extent(qsizetype i) const
    {
        const FlowItem& item = m_items.at(i);
        return item.table ? extentOfTable(item.table) : extentOfBlock(item.block);
    }

    // The item that breaks a rule at position i and must move to the next page, or -1.
    qsizetype violation(qsizetype i) const
    {
        const FlowItem& item = m_items.at(i);
        const Extent here = extent(i);
        if (item.table) {
            // The header row and the first row under it stand on one page.
            if (here.firstRowPage > here.firstPage)
                return i;
        } else if (here.lastPage > here.firstPage) {
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

    bool startsPage(qsizetype i) const
    {
        return i == 0 || extent(i - 1).lastPage < extent(i).firstPage;
    }

    // Qt's incremental relayout can leave the blocks after a table without
    // lines once something above them moves; lay out all that follows anew.
    void relayoutFrom(int position)
    {
        m_document.markContentsDirty(position, m_document.characterCount() - position);
    }

    // Puts a page break before item i; false when that would change nothing.
    bool breakBefore(qsizetype i)
    {
        if (startsPage(i))
            return false;
        const FlowItem& item = m_items.at(i);
        if (item.table) {
            QTextTableFormat format = item.table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            item.table->setFormat(format);
            relayoutFrom(item.table->firstPosition() - 1);
        } else {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(item.block).mergeBlockFormat(format);
            relayoutFrom(item.block.position());
        }
        return true;
    }

    // A table that goes on over a page break is closed where its page ends, as
    // a typist does: the rows from `row` on become a table of their own that
    // starts the next page under a copy of the header. No row is cut in two,
    // and no row is stretched to fill the foot of a page.
    void splitTable(QTextTable* table, int row)
    {
        const int headerRows = table->format().headerRowCount();
        const int columns = table->columns();
        QList<int> rows;
        for (int r = 0; r < headerRows; ++r)
            rows.append(r);
        for (int r = row; r < table->rows(); ++r)
            rows.append(r);

        QTextTableFormat format = table->format();
        format.setTopMargin(0);
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        // Two tables need a paragraph between them: an empty one, of no height.
        // Qt makes it of the paragraph that follows the table; that one gets
        // its own look back.
        QTextCursor cursor(&m_document);
        // One change for the layout, not one a cell.
        cursor.beginEditBlock();
        cursor.setPosition(table->lastPosition() + 1);
        const QTextBlockFormat afterFormat = cursor.block().blockFormat();
        const QTextCharFormat afterChars = cursor.block().charFormat();
        QTextTable* part = cursor.insertTable(int(rows.size()), columns, format);
        QTextBlockFormat spacerFormat;
        spacerFormat.setProperty(kSpacerProperty, true);
        spacerFormat.setLineHeight(0, QTextBlockFormat::FixedHeight);
        QTextCursor spacer(&m_document);
        spacer.setPosition(part->firstPosition() - 1);
        spacer.setBlockFormat(spacerFormat);
        QTextCursor next(&m_document);
        next.setPosition(part->lastPosition() + 1);
        next.setBlockFormat(afterFormat);
        next.setBlockCharFormat(afterChars);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns; ++c)
                copyCell(table->cellAt(rows.at(r), c), part->cellAt(r, c));
        }
        table->removeRows(row, table->rows() - row);
        cursor.endEditBlock();
        relayoutFrom(table->firstPosition() - 1);
    }

    void copyCell(const QTextTableCell& from, QTextTableCell to)
    {
        to.setFormat(from.format());
        QTextCursor cursor = to.firstCursorPosition();
        bool first = true;
        for (QTextBlock block = m_document.findBlock(from.firstPosition());
             block.isValid() && block.position() <= from.lastPosition(); block = block.next()) {
            if (first)
                cursor.setBlockFormat(block.blockFormat());
            else
                cursor.insertBlock(block.blockFormat(), block.charFormat());
            cursor.setBlockCharFormat(block.charFormat());
            for (auto it = block.begin(); !it.atEnd(); ++it)
                cursor.insertText(it.fragment().text(), it.fragment().charFormat());
            first = false;
        }
    }

    QTextDocument& m_document;
    QAbstractTextDocumentLayout& m_layout;
    const qreal m_pageHeight;
    QList<FlowItem> m_items;
};

} // namespace

ProtocolLayout::ProtocolLayout(ProtocolContent content)
    : m_content(std::move(content)), m_device(std::make_unique<LayoutDevice>())
{
    m_document = ProtocolDocumentBuilder::build(m_content, layoutDpi / 96.0);
    m_document->documentLayout()->setPaintDevice(m_device.get());

    const qreal scale = layoutDpi / 25.4; // layout units per millimetre
    m_document->setPageSize(QSizeF(ProtocolPage::widthMm * scale, ProtocolPage::heightMm * scale));
    // Frame margins are CSS pixels, which the layout scales to its device.
    QTextFrameFormat frame = m_document->rootFrame()->frameFormat();
    frame.setLeftMargin(ProtocolPage::pxFromMm(ProtocolPage::marginsMm.left()));
    frame.setRightMargin(ProtocolPage::pxFromMm(ProtocolPage::marginsMm.right()));
    frame.setTopMargin(ProtocolPage::pxFromMm(ProtocolPage::marginsMm.top()));
    frame.setBottomMargin(ProtocolPage::pxFromMm(ProtocolPage::marginsMm.bottom()));
    frame.setPadding(0);
    frame.setBorder(0);
    m_document->rootFrame()->setFrameFormat(frame);
    paginate();
}

ProtocolLayout::~ProtocolLayout() = default;

Result<std::unique_ptr<ProtocolLayout>> ProtocolLayout::create(const Meeting& meeting, Script script)
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

QSizeF ProtocolLayout::pageSize() const
{
    return m_document->pageSize();
}

} // namespace Bayon
