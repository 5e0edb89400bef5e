#include "protocolpainter.h"

#include "document/protocolfonts.h"
#include "document/protocollayout.h"
#include "document/protocolpage.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Bayon {

ProtocolPainter::ProtocolPainter(const ProtocolLayout& layout)
    : m_layout(layout)
{
}

void ProtocolPainter::paintPage(QPainter& painter, int page, const QRectF& target, bool paper) const
{
    if (page < 0 || page >= m_layout.pageCount())
        return;
    const QSizeF size = m_layout.pageSize();
    const qreal scale = qMin(target.width() / size.width(), target.height() / size.height());
    const QRectF sheet(0, 0, size.width(), size.height());

    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.setClipRect(sheet, Qt::IntersectClip);
    if (paper)
        painter.fillRect(sheet, Qt::white);

    painter.save();
    painter.translate(0, -page * size.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * size.height(), size.width(), size.height());
    // Black on white whatever the desktop's colours.
    context.palette.setColor(QPalette::Text, Qt::black);
    m_layout.document().documentLayout()->draw(&painter, context);
    painter.restore();

    paintFooter(painter, page);
    painter.restore();
}

void ProtocolPainter::paintFooter(QPainter& painter, int page) const
{
    // The font is resolved for the layout's resolution, as the body text is.
    QFont font(ProtocolFonts::family());
    font.setPixelSize(qRound(ProtocolPage::footerPointSize * ProtocolLayout::layoutDpi / 72.0));
    painter.setFont(font);
    painter.setPen(Qt::black);

    const qreal mm = ProtocolLayout::layoutDpi / 25.4;
    const qreal left = ProtocolPage::marginsMm.left() * mm;
    const qreal width
        = (ProtocolPage::widthMm - ProtocolPage::marginsMm.left() - ProtocolPage::marginsMm.right())
        * mm;
    const qreal baseline = (ProtocolPage::heightMm - ProtocolPage::footerBaselineMm) * mm;
    QString text = QString::number(page + 1) + u" / "_s + QString::number(m_layout.pageCount());
    // A final or signed protocol: the control code and revision beside the page number.
    if (!m_layout.content().footerNote.isEmpty())
        text += u"   "_s + m_layout.content().footerNote;
    const QFontMetricsF metrics(font);
    const qreal textWidth = metrics.horizontalAdvance(text);
    painter.drawText(QPointF(left + (width - textWidth) / 2, baseline), text);
}

Status ProtocolPainter::print(QPagedPaintDevice& device, int first, int last) const
{
    const int count = m_layout.pageCount();
    if (last < 0 || last >= count)
        last = count - 1;
    if (first < 0 || first > last)
        return Error::usage(
            u"No such pages: %1–%2 of %3."_s.arg(first + 1).arg(last + 1).arg(count));

    QPainter painter;
    if (!painter.begin(&device))
        return Error::failed(u"The printer or file cannot be painted on."_s);
    // The sheet's corner, in the painter's coordinates: a printer's origin is
    // the corner of its printable area.
    const QPageLayout pageLayout = device.pageLayout();
    const int dpi = device.logicalDpiX();
    const QRect full = pageLayout.fullRectPixels(dpi);
    const QRect paintable = pageLayout.paintRectPixels(dpi);
    const QRectF target = QRectF(full).translated(-paintable.topLeft());
    for (int page = first; page <= last; ++page) {
        if (page > first && !device.newPage()) {
            painter.end();
            return Error::failed(u"A new page cannot be started on the printer or file."_s);
        }
        paintPage(painter, page, target);
    }
    if (!painter.end())
        return Error::failed(u"The printer or file could not be finished."_s);
    return {};
}

QImage ProtocolPainter::renderPage(int page, qreal dpi) const
{
    const QSizeF size = m_layout.pageSize() * (dpi / ProtocolLayout::layoutDpi);
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPage(painter, page, QRectF(QPointF(0, 0), size), true);
    return image;
}

} // namespace Bayon
