#include "plannedpageflow.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <cmath>

namespace Bayon {

namespace {

// Qt's QFixed::fromReal(): 26.6 fixed point, the fraction cut off.
qint64 fixed(qreal value)
{
    return qint64(value * 64);
}

qreal real(qint64 value)
{
    return qreal(value) / 64;
}

} // namespace

PlannedPageFlow::PlannedPageFlow(const QTextDocument& document, qreal pageHeight)
{
    // The paragraphs of the root frame only: a table or another frame in the
    // flow is laid out by rules this model does not follow.
    Q_ASSERT(document.rootFrame()->childFrames().isEmpty());
    // Qt lays out lazily: finish the layout before reading its lines.
    document.documentLayout()->documentSize();
    const QPaintDevice* device = document.documentLayout()->paintDevice();
    const qreal deviceScale = device ? device->logicalDpiY() / 96.0 : 1.0;
    m_marginScale = deviceScale;
    m_pageHeight = pageHeight;
    m_fixedPageHeight = fixed(m_pageHeight);
    const QTextFrameFormat frame = document.rootFrame()->frameFormat();
    const qint64 frameEdge = fixed(frame.border()) + fixed(frame.padding());
    // Qt scales a frame's margins to the device and rounds them to whole units.
    const auto margin = [deviceScale](qreal css) { return (fixed(css * deviceScale) + 32) & -64; };
    m_pageTopMargin = margin(frame.topMargin()) + frameEdge;
    m_pageBottomMargin = margin(frame.bottomMargin()) + frameEdge;

    m_paragraphs.reserve(document.blockCount());
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        Paragraph paragraph;
        paragraph.item = FlowItem::of(format);
        paragraph.topMargin = format.topMargin();
        paragraph.bottomMargin = format.bottomMargin();
        paragraph.breakBefore = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        paragraph.breakAfter = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter;
        paragraph.visible = block.isVisible();
        const QTextLayout* layout = block.layout();
        // getLineHeightParams() of qtextdocumentlayout.cpp.
        const auto heightType = QTextBlockFormat::LineHeightTypes(format.lineHeightType());
        for (int l = 0; l < layout->lineCount(); ++l) {
            const QTextLine line = layout->lineAt(l);
            Line measured;
            const qreal raw = std::ceil(line.ascent() + line.descent() + line.leading());
            measured.height = fixed(format.lineHeight(raw, deviceScale));
            measured.bottom = fixed(format.lineHeight(line.height(), deviceScale));
            measured.breakHeight = fixed(line.height());
            if (heightType == QTextBlockFormat::FixedHeight) {
                measured.breakHeight = measured.bottom;
                measured.raise
                    = fixed(line.ascent() + qMax(line.leading(), 0.0)) - measured.height * 4 / 5;
            } else if (heightType == QTextBlockFormat::MinimumHeight) {
                measured.breakHeight = measured.bottom;
                measured.raise = fixed(line.height()) - measured.height;
            }
            paragraph.lines.append(measured);
        }
        m_paragraphs.append(paragraph);
    }
    if (!m_paragraphs.isEmpty())
        m_begin.y = fixed(document.begin().layout()->position().y());
    m_begin.pageBottom = m_fixedPageHeight - m_pageBottomMargin;
    flowFrom(0);
}

QList<qreal> PlannedPageFlow::lineTops(qsizetype i) const
{
    QList<qreal> tops;
    tops.reserve(m_paragraphs.at(i).lineTops.size());
    for (const qint64 top : m_paragraphs.at(i).lineTops)
        tops.append(real(top));
    return tops;
}

Extent PlannedPageFlow::extent(qsizetype i) const
{
    return extentOf(lineTops(i), real(m_paragraphs.at(i).top), m_pageHeight);
}

void PlannedPageFlow::breakBefore(qsizetype i)
{
    m_paragraphs[i].breakBefore = true;
    m_changes.append({FlowChange::Kind::PageBreak, i, 0});
    flowFrom(i);
}

void PlannedPageFlow::repeatHeaderBefore(qsizetype i, qsizetype header)
{
    Paragraph copy = m_paragraphs.at(header);
    copy.topMargin = 0;
    copy.breakBefore = true;
    m_paragraphs.insert(i, copy);
    m_changes.append({FlowChange::Kind::RepeatedHeader, i, header});
    flowFrom(i);
}

// QTextLayoutStruct::newPage().
void PlannedPageFlow::newPage(Position& position) const
{
    position.pageBottom += m_fixedPageHeight;
    position.y = qMax(
        position.y, position.pageBottom - m_fixedPageHeight + m_pageBottomMargin + m_pageTopMargin);
}

// QTextDocumentLayoutPrivate::layoutFlow() and layoutBlock() for paragraphs of
// the root frame with no floats, as Qt 6 does them.
void PlannedPageFlow::flowFrom(qsizetype first)
{
    Position position = first == 0 ? m_begin : m_paragraphs.at(first - 1).end;
    for (qsizetype i = first; i < m_paragraphs.size(); ++i) {
        Paragraph& paragraph = m_paragraphs[i];
        if (paragraph.breakBefore)
            newPage(position);
        if (!paragraph.visible) {
            paragraph.top = position.y;
            paragraph.lineTops.clear();
            if (paragraph.breakAfter)
                newPage(position);
            paragraph.end = position;
            continue;
        }
        if (i > 0) {
            qreal margin = qMax(paragraph.topMargin, m_paragraphs.at(i - 1).bottomMargin);
            if (margin > 0)
                margin *= m_marginScale;
            position.y += fixed(margin);
        }
        paragraph.top = position.y;
        paragraph.lineTops.resize(paragraph.lines.size());
        qint64 bottom = 0;
        for (qsizetype l = 0; l < paragraph.lines.size(); ++l) {
            const Line& line = paragraph.lines.at(l);
            // A line taller than a page's text area stays where it is.
            while (position.y + line.breakHeight > position.pageBottom
                && m_fixedPageHeight - m_pageTopMargin - m_pageBottomMargin >= line.breakHeight)
                newPage(position);
            paragraph.lineTops[l] = position.y - line.raise;
            bottom = position.y + line.bottom;
            position.y += line.height;
        }
        position.y = qMax(position.y, bottom);
        if (paragraph.breakAfter)
            newPage(position);
        paragraph.end = position;
    }
}

} // namespace Bayon
