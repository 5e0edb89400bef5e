#pragma once

#include <QtGlobal>

namespace Bayon {

class PageFlow;

// The rules a typist keeps and QTextDocument does not know, applied to a flow
// of paragraphs by page breaks: no heading, caption or introducing line is the
// last line of a page (keep with next); a paragraph never leaves its first line
// alone at the foot of a page, nor, up to four lines, its last line alone at
// the head of the next; what must stay together (the last resolution and the
// signatures) does, or as much of it as fits a page; a table going on over a
// page break goes on under a copy of its header row.
class ProtocolPaginator
{
public:
    explicit ProtocolPaginator(PageFlow& flow);

    // Breaks pages until no rule is broken; returns the changes made (page
    // breaks and repeated header rows).
    int run();

private:
    bool startsPage(qsizetype i) const;
    bool continuesTable(qsizetype i) const;
    qsizetype violation(qsizetype i) const;
    qsizetype chainStart(qsizetype i) const;
    bool breakBefore(qsizetype i);
    void repeatHeaderBefore(qsizetype i);

    PageFlow& m_flow;
};

} // namespace Bayon
