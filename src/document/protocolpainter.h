#pragma once

#include "domain/result.h"

#include <QImage>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace Bayon {

class ProtocolLayout;

// Paints the pages of a ProtocolLayout, with the footer "k / N", onto any
// device: the PDF writer, a printer (a QPrinter is a QPagedPaintDevice), an
// image or a widget of the preview. The same code paints all of them, so what
// the preview shows is what the paper gets.
class ProtocolPainter
{
public:
    explicit ProtocolPainter(const ProtocolLayout& layout);

    // Paints page `page` (from 0) so that the whole sheet fills `target`, given
    // in the painter's coordinates; the aspect ratio is kept. With `paper`, the
    // sheet is first filled white (a preview); a printer or PDF needs none.
    void paintPage(QPainter& painter, int page, const QRectF& target, bool paper = false) const;

    // Paints pages first..last (from 0; -1: to the end) onto a paged device,
    // each on its own sheet.
    Status print(QPagedPaintDevice& device, int first = 0, int last = -1) const;

    // One page as an image at `dpi`, on white: for previews and thumbnails.
    QImage renderPage(int page, qreal dpi) const;

private:
    void paintFooter(QPainter& painter, int page) const;

    const ProtocolLayout& m_layout;
};

} // namespace Bayon
