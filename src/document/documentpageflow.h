#pragma once

#include "document/pageflow.h"

#include <QList>
#include <QTextBlock>

class QAbstractTextDocumentLayout;
class QTextDocument;

namespace Bayon {

// The paragraphs of a paginated QTextDocument as Qt laid them out. apply()
// makes the changes PlannedPageFlow planned, one edit each, after which Qt
// lays out the paragraph changed and moves the rest. A change asked for
// directly (breakBefore, repeatHeaderBefore: the plan missed it) lays out
// anew all that follows, so that the next question is answered from the
// layout as it now is.
class DocumentPageFlow : public PageFlow
{
public:
    DocumentPageFlow(QTextDocument& document, qreal pageHeight);

    qsizetype size() const override { return m_items.size(); }
    const FlowItem& item(qsizetype i) const override { return m_items.at(i); }
    Extent extent(qsizetype i) const override;
    void breakBefore(qsizetype i) override;
    void repeatHeaderBefore(qsizetype i, qsizetype header) override;

    // Makes `changes` (see PlannedPageFlow), each one edit that Qt lays out
    // where it changed.
    void apply(const QList<FlowChange>& changes);

private:
    void collectItems();
    // Returns the position from which the text must be laid out again.
    int insertBreak(qsizetype i);
    int insertHeaderCopy(qsizetype i, qsizetype header);
    void relayoutFrom(int position);

    QTextDocument& m_document;
    QAbstractTextDocumentLayout& m_layout;
    const qreal m_pageHeight;
    QList<QTextBlock> m_blocks;
    QList<FlowItem> m_items;
};

} // namespace Bayon
