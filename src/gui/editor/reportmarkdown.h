#pragma once

#include <QString>

class QTextDocument;

namespace Bayon {

// The body of a speaker report between its stored form and the editor:
// Markdown restricted to paragraphs, "## " section headings and "- " bullet
// lists, with nothing else interpreted (docs/interchange.md). Qt's Markdown
// reader and writer do more than that (emphasis, escapes, line wrapping) and
// would change a body that contains "*" or "_", so both ways are done here.
class ReportMarkdown
{
public:
    static QString toMarkdown(const QTextDocument& document);
    static void setMarkdown(QTextDocument& document, const QString& markdown);
    // Gives a block the character format of its kind (headings bold).
    static void applyBlockFormat(QTextDocument& document, int blockNumber);
};

} // namespace Bayon
