#include "protocolmarkdownwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

using Kind = ProtocolBlock::Kind;

// Characters that would turn into markup anywhere in a line.
QString escapedInline(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (u"\\`*_[]<>|"_s.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

// What would open a block at the start of a line: a heading, a list, a quote.
QString escapedLineStart(QString line)
{
    static const QRegularExpression blockStart(u"^([#+>-]|\\d+(?=[.)]))"_s);
    const QRegularExpressionMatch match = blockStart.match(line);
    if (match.hasMatch()) {
        if (match.captured(1).front().isDigit())
            line.insert(match.capturedEnd(1), u'\\');
        else
            line.insert(match.capturedStart(1), u'\\');
    }
    return line;
}

QString runs(const QList<ProtocolRun>& runs)
{
    QString text;
    for (const ProtocolRun& run : runs) {
        const QString trimmed = run.text.trimmed();
        if (trimmed.isEmpty() || (!run.bold && !run.italic)) {
            text += escapedInline(run.text);
            continue;
        }
        // Emphasis may not start or end with a space: keep those outside it.
        const QString mark = run.bold ? (run.italic ? u"***"_s : u"**"_s) : u"*"_s;
        const qsizetype lead = run.text.indexOf(trimmed);
        text += run.text.left(lead) + mark + escapedInline(trimmed) + mark
            + run.text.mid(lead + trimmed.size());
    }
    return escapedLineStart(text);
}

QString table(const ProtocolTable& table)
{
    QString md;
    if (!table.caption.isEmpty())
        md += u"**"_s + escapedInline(table.caption) + u"**\n\n"_s;
    md += u'|';
    for (const QString& cell : table.header)
        md += u' ' + escapedInline(cell) + u" |"_s;
    md += u"\n|"_s;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        switch (table.alignments.value(c, ProtocolTable::Align::Left)) {
        case ProtocolTable::Align::Left:
            md += u" :--- |"_s;
            break;
        case ProtocolTable::Align::Right:
            md += u" ---: |"_s;
            break;
        case ProtocolTable::Align::Center:
            md += u" :---: |"_s;
            break;
        }
    }
    md += u'\n';
    for (const QStringList& row : table.rows) {
        md += u'|';
        for (const QString& cell : row)
            md += u' ' + escapedInline(cell) + u" |"_s;
        md += u'\n';
    }
    return md;
}

} // namespace

QByteArray ProtocolMarkdownWriter::write(const ProtocolContent& content)
{
    QStringList blocks;
    for (const ProtocolBlock& block : content.blocks) {
        if (block.pageBreakBefore && !blocks.isEmpty())
            blocks.append(u"---"_s); // Markdown has no pages: a rule marks the new one
        switch (block.kind) {
        case Kind::Emblem:
            break; // Markdown would need the image as a file beside it
        case Kind::CouncilName:
        case Kind::DocumentNumber:
            blocks.append(u"**"_s + escapedLineStart(escapedInline(block.plainText())) + u"**"_s);
            break;
        case Kind::DocumentTitle:
            blocks.append(u"# "_s + escapedInline(block.plainText()));
            break;
        case Kind::MeetingForm:
        case Kind::Paragraph:
            blocks.append(runs(block.runs));
            break;
        case Kind::DatePlace: {
            QString line = runs(block.runs);
            if (!block.rightText.isEmpty())
                line += (line.isEmpty() ? QString() : u" \u2014 "_s)
                    + escapedInline(block.rightText);
            blocks.append(line);
            break;
        }
        case Kind::Heading:
            blocks.append(QString(qBound(2, block.level + 1, 4), u'#') + u' '
                + escapedInline(block.plainText()));
            break;
        case Kind::ListItem:
            blocks.append(u"- "_s + runs(block.runs));
            break;
        case Kind::Table:
            blocks.append(table(block.table).trimmed());
            break;
        case Kind::Signatures:
            for (const ProtocolSignature& signature : block.signatures) {
                QString line = u"**"_s + escapedInline(signature.title) + u"** "_s
                    + ProtocolSignature::line();
                if (!signature.name.isEmpty())
                    line += u" **"_s + escapedInline(signature.name) + u"**"_s;
                blocks.append(line);
            }
            break;
        }
    }
    return (blocks.join(u"\n\n"_s) + u'\n').toUtf8();
}

} // namespace Bayon
