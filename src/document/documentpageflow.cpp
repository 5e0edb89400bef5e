#include "documentpageflow.h"

#include "document/tablerowobject.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace Bayon {

DocumentPageFlow::DocumentPageFlow(QTextDocument& document, qreal pageHeight)
    : m_document(document)
    , m_layout(*document.documentLayout())
    , m_pageHeight(pageHeight)
{
    collectItems();
}

void DocumentPageFlow::collectItems()
{
    m_blocks.clear();
    m_items.clear();
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        m_blocks.append(block);
        m_items.append(FlowItem::of(block.blockFormat()));
    }
}

Extent DocumentPageFlow::extent(qsizetype i) const
{
    const QTextBlock& block = m_blocks.at(i);
    const QRectF rect = m_layout.blockBoundingRect(block);
    const QTextLayout* layout = block.layout();
    QList<qreal> lineTops;
    lineTops.reserve(layout->lineCount());
    for (int l = 0; l < layout->lineCount(); ++l)
        lineTops.append(rect.top() + layout->lineAt(l).y());
    return extentOf(lineTops, rect.top(), m_pageHeight);
}

void DocumentPageFlow::breakBefore(qsizetype i)
{
    relayoutFrom(insertBreak(i));
}

void DocumentPageFlow::repeatHeaderBefore(qsizetype i, qsizetype header)
{
    relayoutFrom(insertHeaderCopy(i, header));
}

void DocumentPageFlow::apply(const QList<FlowChange>& changes)
{
    // Each change on its own: Qt lays out again the paragraph changed, and
    // moves what follows (one edit block would lay out all that lies between
    // the first change and the last).
    for (const FlowChange& change : changes) {
        if (change.kind == FlowChange::Kind::PageBreak)
            insertBreak(change.item);
        else
            insertHeaderCopy(change.item, change.header);
    }
}

int DocumentPageFlow::insertBreak(qsizetype i)
{
    QTextBlockFormat format;
    // Added to a break after the paragraph, if it has one.
    format.setPageBreakPolicy(
        m_blocks.at(i).blockFormat().pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(m_blocks.at(i)).mergeBlockFormat(format);
    return m_blocks.at(i).position();
}

int DocumentPageFlow::insertHeaderCopy(qsizetype i, qsizetype header)
{
    const QTextBlock& headerBlock = m_blocks.at(header);
    QTextBlockFormat format = headerBlock.blockFormat();
    format.setTopMargin(0);
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor cursor(m_blocks.at(i - 1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.beginEditBlock(); // the paragraph and its row laid out at once
    cursor.insertBlock(format, headerBlock.charFormat());
    cursor.insertText(QString(QChar::ObjectReplacementCharacter),
        TableRowObject::format(m_items.at(header).table, TableRowObject::HeaderRow));
    // Before Qt lays it out at the end of the edit, as ProtocolLayout does for the others.
    cursor.block().layout()->setCacheEnabled(true);
    cursor.endEditBlock();
    const int position = cursor.block().position();
    collectItems();
    return position;
}

// A break the plan did not foresee: Qt's layout and the plan disagree, so
// nothing after it is trusted and all that follows is laid out anew, from
// scratch (lazily, as the questions go on).
void DocumentPageFlow::relayoutFrom(int position)
{
    m_document.markContentsDirty(position, m_document.characterCount() - position);
}

} // namespace Bayon
