#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Bayon {

// The one grammar of a speaker report's body (and of an appendix's): Markdown
// restricted to what a protocol needs, paragraphs separated by a blank line,
// "## " section headings and "- " bullets (docs/interchange.md). The print, the
// editor and the search index all read a body through this class, so a body
// has the same structure wherever it is shown; "*", "_" or "1." stay the text
// the secretary typed.
class ReportBody
{
public:
    struct Block
    {
        enum class Kind { Paragraph, Heading, Bullet };
        Kind kind = Kind::Paragraph;
        QString text;

        friend bool operator==(const Block&, const Block&) = default;
    };

    // A line is read without its leading and trailing white space, so "  ## H"
    // is a heading. Lines of one paragraph or bullet are joined with a space: a
    // line that follows a paragraph or a bullet without a blank line continues
    // it; one that follows a heading starts a paragraph.
    static QList<Block> parse(QStringView markdown);

    // The canonical text of the blocks: a blank line between blocks, none
    // between bullets that follow each other. A line break inside a block's
    // text becomes a space and empty blocks are left out, so that parse() gives
    // the blocks back (a paragraph cannot begin with "## " or "- ": read back,
    // it is a heading or a bullet).
    static QString write(const QList<Block>& blocks);

    // The body as it reads, for searching: each block's text on a line of its
    // own, without the marks.
    static QString plainText(QStringView markdown);
};

} // namespace Bayon
