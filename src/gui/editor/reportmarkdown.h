#pragma once

#include <QString>

class QTextDocument;

namespace Bayon {

// The body of a speaker report between its stored form and the editor's
// QTextDocument: the blocks of ReportBody's grammar become paragraphs, level-2
// headings and bullet lists, and are read back into blocks that ReportBody
// writes. Qt's Markdown reader and writer do more than that grammar (emphasis,
// escapes, line wrapping) and would change a body that contains "*" or "_".
class ReportMarkdown
{
public:
    static QString toMarkdown(const QTextDocument& document);
    static void setMarkdown(QTextDocument& document, const QString& markdown);
    // Gives a block the character format of its kind (headings bold).
    static void applyBlockFormat(QTextDocument& document, int blockNumber);
};

} // namespace Bayon
