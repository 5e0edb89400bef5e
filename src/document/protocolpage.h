#pragma once

#include <QMarginsF>
#include <QSizeF>

namespace Bayon {

// The page of an Uzbek official document: A4 portrait, margins left 30 mm,
// right 15 mm, top and bottom 20 mm, body text 14 pt with a 1.25 cm first-line
// indent. Lengths of QTextFormat are in CSS pixels (1/96 in), which the text
// layout scales to its device; these helpers convert to them.
class ProtocolPage
{
public:
    static constexpr qreal widthMm = 210.0;
    static constexpr qreal heightMm = 297.0;
    static constexpr QMarginsF marginsMm {30.0, 20.0, 15.0, 20.0};
    static constexpr qreal bodyPointSize = 14.0;
    static constexpr qreal tablePointSize = 12.0;
    static constexpr qreal footerPointSize = 12.0;
    static constexpr qreal firstLineIndentMm = 12.5;
    // The footer's baseline, measured from the page's bottom edge.
    static constexpr qreal footerBaselineMm = 10.0;

    static constexpr qreal pxFromMm(qreal mm) { return mm * 96.0 / 25.4; }
    static constexpr qreal pxFromPt(qreal pt) { return pt * 96.0 / 72.0; }
    // The width of the text column, in CSS pixels.
    static constexpr qreal textWidthPx()
    {
        return pxFromMm(widthMm - marginsMm.left() - marginsMm.right());
    }
    static QSizeF sizeMm() { return {widthMm, heightMm}; }
};

} // namespace Bayon
