#pragma once

#include "document/pageflow.h"

#include <QList>

class QTextDocument;

namespace Bayon {

// The paragraphs of a laid-out document as an arithmetic model of Qt's
// pagination: each line keeps the height Qt gave it, and a change moves the
// lines that follow with Qt's rules (a line that does not fit above the foot
// of a page goes to the head of the next; margins between paragraphs are the
// larger of the two) instead of laying the text out again. The changes it
// records are then made to the document (DocumentPageFlow::apply), where Qt
// lays out again only the paragraphs they touch and moves the rest: however
// many page breaks, the text is not laid out again as a whole.
class PlannedPageFlow : public PageFlow
{
public:
    // Measures the lines of `document`, laid out on pages `pageHeight` high.
    PlannedPageFlow(const QTextDocument& document, qreal pageHeight);

    qsizetype size() const override { return m_paragraphs.size(); }
    const FlowItem& item(qsizetype i) const override { return m_paragraphs.at(i).item; }
    Extent extent(qsizetype i) const override;
    void breakBefore(qsizetype i) override;
    void repeatHeaderBefore(qsizetype i, qsizetype header) override;

    // Where the lines of paragraph i stand, in layout units from the top of
    // the first page: where Qt puts them (QAbstractTextDocumentLayout::
    // blockBoundingRect() plus QTextLine::y()).
    QList<qreal> lineTops(qsizetype i) const;

    // The changes made, in their order.
    const QList<FlowChange>& changes() const { return m_changes; }

private:
    // Lengths are Qt's fixed-point layout units (1/64).
    struct Line
    {
        qint64 breakHeight = 0; // what must fit above the foot of the page
        qint64 height = 0; // how far the next line goes down
        qint64 bottom = 0; // where the paragraph ends, from the line's top
        qint64 raise = 0; // how far a fixed or minimum line height sets the line up
    };
    struct Position
    {
        qint64 y = 0;
        qint64 pageBottom = 0;
    };
    struct Paragraph
    {
        FlowItem item;
        qreal topMargin = 0; // as in the block format
        qreal bottomMargin = 0;
        bool breakBefore = false;
        bool breakAfter = false;
        bool visible = true; // an invisible paragraph takes no room
        QList<Line> lines;
        Position end; // where the next paragraph starts from
        qint64 top = 0; // of its first line
        QList<qint64> lineTops;
    };

    void newPage(Position& position) const;
    // Places the paragraphs from `first` on, from where the one before it ends.
    void flowFrom(qsizetype first);

    QList<Paragraph> m_paragraphs;
    QList<FlowChange> m_changes;
    qreal m_pageHeight = 0;
    qint64 m_fixedPageHeight = 0;
    qint64 m_pageTopMargin = 0;
    qint64 m_pageBottomMargin = 0;
    qreal m_marginScale = 1; // CSS pixels to layout units
    Position m_begin; // where the first paragraph begins
};

} // namespace Bayon
