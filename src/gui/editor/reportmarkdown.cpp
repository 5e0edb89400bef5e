#include "reportmarkdown.h"

#include "domain/reportbody.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace Bayon {

namespace {

QTextCharFormat charFormat(bool bold)
{
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

} // namespace

QString ReportMarkdown::toMarkdown(const QTextDocument& document)
{
    QList<ReportBody::Block> blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        ReportBody::Block::Kind kind = ReportBody::Block::Kind::Paragraph;
        if (block.textList())
            kind = ReportBody::Block::Kind::Bullet;
        else if (block.blockFormat().headingLevel() > 0)
            kind = ReportBody::Block::Kind::Heading;
        blocks.append({kind, block.text()});
    }
    return ReportBody::write(blocks);
}

void ReportMarkdown::setMarkdown(QTextDocument& document, const QString& markdown)
{
    document.clear();
    QTextCursor cursor(&document);
    QTextList* list = nullptr;
    bool first = true;
    for (const ReportBody::Block& block : ReportBody::parse(markdown)) {
        QTextBlockFormat blockFormat;
        if (block.kind == ReportBody::Block::Kind::Heading)
            blockFormat.setHeadingLevel(2);
        if (first)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat);
        first = false;
        if (block.kind == ReportBody::Block::Kind::Bullet) {
            if (list)
                list->add(cursor.block());
            else
                list = cursor.createList(QTextListFormat::ListDisc);
        } else {
            list = nullptr;
        }
        cursor.setCharFormat(charFormat(block.kind == ReportBody::Block::Kind::Heading));
        cursor.insertText(block.text);
    }
}

void ReportMarkdown::applyBlockFormat(QTextDocument& document, int blockNumber)
{
    const QTextBlock block = document.findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    const bool heading = block.blockFormat().headingLevel() > 0;
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(charFormat(heading));
}

} // namespace Bayon
