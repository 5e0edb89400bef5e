#include "protocolpaginator.h"

#include "document/pageflow.h"

namespace Bayon {

ProtocolPaginator::ProtocolPaginator(PageFlow& flow)
    : m_flow(flow)
{
}

int ProtocolPaginator::run()
{
    int changes = 0;
    qsizetype i = 0;
    while (i < m_flow.size()) {
        if (continuesTable(i)) {
            repeatHeaderBefore(i);
            ++changes;
            continue; // i is now the copy of the header
        }
        const qsizetype moved = violation(i);
        if (moved < 0) {
            ++i;
            continue;
        }
        const qsizetype start = chainStart(moved);
        if (breakBefore(start)) {
            ++changes;
            i = start;
        } else if (start != moved && breakBefore(moved)) {
            // What must go together does not fit on one page: keep what can be kept.
            ++changes;
            i = moved;
        } else {
            ++i;
        }
    }
    return changes;
}

bool ProtocolPaginator::startsPage(qsizetype i) const
{
    return i == 0 || m_flow.extent(i - 1).lastPage < m_flow.extent(i).firstPage;
}

// A table row at the head of a page, under no header: the rest of its table.
bool ProtocolPaginator::continuesTable(qsizetype i) const
{
    const FlowItem& item = m_flow.item(i);
    return item.table >= 0 && item.row >= 0 && i > 0 && m_flow.item(i - 1).table == item.table
        && startsPage(i);
}

// The paragraph that breaks a rule at position i and must move to the next page, or -1.
qsizetype ProtocolPaginator::violation(qsizetype i) const
{
    const FlowItem& item = m_flow.item(i);
    const Extent here = m_flow.extent(i);
    if (here.lastPage > here.firstPage) {
        // A first line alone at the foot of a page, or a short paragraph's last line
        // alone at the head of the next.
        if (here.linesOnFirstPage == 1 || (here.linesOnLastPage == 1 && here.lines <= 4))
            return i;
    }
    if (item.keepWithNext && i + 1 < m_flow.size()) {
        if (m_flow.extent(i + 1).firstPage > here.lastPage)
            return i;
    }
    if (item.keepTogether && (i == 0 || !m_flow.item(i - 1).keepTogether)) {
        qsizetype last = i;
        while (last + 1 < m_flow.size() && m_flow.item(last + 1).keepTogether)
            ++last;
        if (m_flow.extent(last).lastPage > here.firstPage)
            return i;
    }
    return -1;
}

qsizetype ProtocolPaginator::chainStart(qsizetype i) const
{
    while (i > 0 && m_flow.item(i - 1).keepWithNext)
        --i;
    return i;
}

// False when paragraph i heads a page already.
bool ProtocolPaginator::breakBefore(qsizetype i)
{
    if (startsPage(i))
        return false;
    m_flow.breakBefore(i);
    return true;
}

// The table was closed at the foot of the last page (each row draws its own
// rules); here it goes on under a copy of its header row.
void ProtocolPaginator::repeatHeaderBefore(qsizetype i)
{
    const int table = m_flow.item(i).table;
    qsizetype header = i;
    while (header > 0 && !(m_flow.item(header).table == table && m_flow.item(header).row < 0))
        --header;
    m_flow.repeatHeaderBefore(i, header);
}

} // namespace Bayon
