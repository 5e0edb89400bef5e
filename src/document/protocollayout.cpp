#include "protocollayout.h"

#include "document/documentpageflow.h"
#include "document/plannedpageflow.h"
#include "document/protocolcomposer.h"
#include "document/protocoldocumentbuilder.h"
#include "document/protocolfonts.h"
#include "document/protocolpage.h"
#include "document/protocolpaginator.h"
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
    // Qt drops a paragraph's glyphs once its lines are made and shapes the text
    // again to paint it; the protocol is painted right after, so keep them.
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
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

// The typist's rules are first applied to a model of the layout, which moves
// lines without laying them out again; then the page breaks are made, and Qt
// lays out only the paragraphs they touch. The rules are checked once more on
// Qt's own layout, which lays out again after each break it still needs (none,
// unless the model and Qt disagree).
void ProtocolLayout::paginate()
{
    DocumentPageFlow flow(*m_document, pageSize().height());
    PlannedPageFlow plan(*m_document, pageSize().height());
    m_addedBreaks = ProtocolPaginator(plan).run();
    flow.apply(plan.changes());
    m_unplannedBreaks = ProtocolPaginator(flow).run();
    m_addedBreaks += m_unplannedBreaks;
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
