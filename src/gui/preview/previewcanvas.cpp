#include "previewcanvas.h"

#include "document/protocollayout.h"
#include "document/protocolpainter.h"

#include <QPaintEvent>
#include <QPainter>

namespace Bayon {

PreviewCanvas::PreviewCanvas(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PreviewCanvas::setProtocol(const ProtocolLayout* layout)
{
    m_protocol = layout;
    m_cache.clear();
    updateSize();
    update();
}

void PreviewCanvas::setSheetWidth(int width)
{
    width = std::max(120, width);
    if (width == m_sheetWidth)
        return;
    m_sheetWidth = width;
    m_cache.clear();
    updateSize();
    update();
}

qreal PreviewCanvas::scale() const
{
    if (!m_protocol)
        return 1.0;
    return m_sheetWidth / m_protocol->pageSize().width();
}

int PreviewCanvas::sheetHeight() const
{
    if (!m_protocol)
        return 0;
    return qRound(m_protocol->pageSize().height() * scale());
}

int PreviewCanvas::pageTop(int page) const
{
    return gap + page * (sheetHeight() + gap);
}

void PreviewCanvas::updateSize()
{
    const int pages = m_protocol ? m_protocol->pageCount() : 0;
    setFixedSize(m_sheetWidth + 2 * gap, pages > 0 ? pageTop(pages) : 0);
}

void PreviewCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (!m_protocol)
        return;
    const int height = sheetHeight();
    const qreal dpr = devicePixelRatioF();
    for (int page = 0; page < m_protocol->pageCount(); ++page) {
        const QRect sheet(gap, pageTop(page), m_sheetWidth, height);
        if (!sheet.intersects(event->rect()))
            continue;
        auto cached = m_cache.find(page);
        if (cached == m_cache.end()) {
            QImage image(sheet.size() * dpr, QImage::Format_RGB32);
            image.setDevicePixelRatio(dpr);
            image.fill(Qt::white);
            QPainter sheetPainter(&image);
            sheetPainter.setRenderHint(QPainter::Antialiasing);
            sheetPainter.setRenderHint(QPainter::TextAntialiasing);
            ProtocolPainter(*m_protocol)
                .paintPage(sheetPainter, page, QRectF(0, 0, sheet.width(), sheet.height()), true);
            sheetPainter.end();
            cached = m_cache.insert(page, image);
        }
        painter.fillRect(sheet.translated(2, 2), QColor(0, 0, 0, 60));
        painter.drawImage(sheet.topLeft(), *cached);
    }
}

} // namespace Bayon
