#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Bayon {

// The body of a speaker report is Markdown restricted to what a protocol
// needs: paragraphs separated by a blank line, "## " section headings and
// "- " bullets (docs/interchange.md). This reads exactly that and nothing
// else, so "*", "_" or "1." in a report stay the text the secretary typed.
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

    // Lines of one paragraph or bullet are joined with a space; a line that
    // follows a bullet without a blank line continues that bullet.
    static QList<Block> parse(QStringView markdown);
};

} // namespace Bayon
