#include "reportmarkdown.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace Bayon {

namespace {

enum class BlockKind { Paragraph, Heading, Bullet };

struct Block
{
    BlockKind kind;
    QString text;
};

QList<Block> parse(const QString& markdown)
{
    QList<Block> blocks;
    bool paragraphOpen = false;
    for (QString line : markdown.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            paragraphOpen = false;
            continue;
        }
        if (line.startsWith(u"## ")) {
            blocks.append({BlockKind::Heading, line.mid(3).trimmed()});
            paragraphOpen = false;
        } else if (line.startsWith(u"- ")) {
            blocks.append({BlockKind::Bullet, line.mid(2).trimmed()});
            paragraphOpen = false;
        } else if (paragraphOpen) {
            // A line break inside a paragraph is a space, as Markdown has it.
            blocks.last().text += u' ' + line.trimmed();
        } else {
            blocks.append({BlockKind::Paragraph, line.trimmed()});
            paragraphOpen = true;
        }
    }
    return blocks;
}

QTextCharFormat charFormat(bool bold)
{
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

} // namespace

QString ReportMarkdown::toMarkdown(const QTextDocument& document)
{
    QStringList lines;
    bool previousWasList = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.replace(QChar::LineSeparator, u' ');
        text.replace(QChar::ParagraphSeparator, u' ');
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        const bool isList = block.textList() != nullptr;
        const bool isHeading = block.blockFormat().headingLevel() > 0;
        if (!lines.isEmpty() && !(isList && previousWasList))
            lines.append(QString());
        if (isList)
            lines.append(u"- " + text);
        else if (isHeading)
            lines.append(u"## " + text);
        else
            lines.append(text);
        previousWasList = isList;
    }
    return lines.join(u'\n');
}

void ReportMarkdown::setMarkdown(QTextDocument& document, const QString& markdown)
{
    document.clear();
    QTextCursor cursor(&document);
    QTextList* list = nullptr;
    bool first = true;
    for (const Block& block : parse(markdown)) {
        QTextBlockFormat blockFormat;
        if (block.kind == BlockKind::Heading)
            blockFormat.setHeadingLevel(2);
        if (first)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat);
        first = false;
        if (block.kind == BlockKind::Bullet) {
            if (list)
                list->add(cursor.block());
            else
                list = cursor.createList(QTextListFormat::ListDisc);
        } else {
            list = nullptr;
        }
        cursor.setCharFormat(charFormat(block.kind == BlockKind::Heading));
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
