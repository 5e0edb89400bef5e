#pragma once

#include <QList>
#include <QtGlobal>

class QTextBlockFormat;

namespace Bayon {

// One paragraph of a paginated protocol, with what the typist's rules need
// to know of it.
struct FlowItem
{
    bool keepWithNext = false;
    bool keepTogether = false;
    int table = -1; // the KPI table of a row, else -1
    int row = -1; // the row of that table; -1 is its header row

    // What ProtocolDocumentBuilder set on a paragraph.
    static FlowItem of(const QTextBlockFormat& format);
};

// Where a paragraph's lines fall.
struct Extent
{
    int firstPage = 0;
    int lastPage = 0;
    int lines = 0;
    int linesOnFirstPage = 0;
    int linesOnLastPage = 0;
};

// A change the pagination made to the flow, in the order made; `item` counts
// the paragraphs as they were at that moment.
struct FlowChange
{
    enum class Kind { PageBreak, RepeatedHeader };
    Kind kind = Kind::PageBreak;
    qsizetype item = 0; // the paragraph that goes to the next page
    qsizetype header = 0; // RepeatedHeader: the header row copied before it
};

// The paragraphs of a protocol on their pages, as ProtocolPaginator reads and
// changes them: either Qt's layout of the document (DocumentPageFlow) or an
// arithmetic model of it that plans the changes (PlannedPageFlow).
class PageFlow
{
public:
    virtual ~PageFlow() = default;

    virtual qsizetype size() const = 0;
    virtual const FlowItem& item(qsizetype i) const = 0;
    virtual Extent extent(qsizetype i) const = 0;

    // Moves paragraph i to the head of the next page.
    virtual void breakBefore(qsizetype i) = 0;
    // Puts a copy of the header row `header` at the head of the next page,
    // before row i of the same table.
    virtual void repeatHeaderBefore(qsizetype i, qsizetype header) = 0;

protected:
    // Extent of lines whose tops are `lineTops`, on pages `pageHeight` high;
    // `blockTop` when there are none.
    static Extent extentOf(const QList<qreal>& lineTops, qreal blockTop, qreal pageHeight);
};

} // namespace Bayon
