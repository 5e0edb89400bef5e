#include "protocoltextwriter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

using Kind = ProtocolBlock::Kind;

QString centred(const QString& text)
{
    const qsizetype pad = (ProtocolTextWriter::lineWidth - text.size()) / 2;
    return pad > 0 ? QString(pad, u' ') + text : text;
}

QString spread(const QString& left, const QString& right)
{
    const qsizetype gap
        = qMax<qsizetype>(4, ProtocolTextWriter::lineWidth - left.size() - right.size());
    return right.isEmpty() ? left : left + QString(gap, u' ') + right;
}

QString table(const ProtocolTable& table)
{
    const qsizetype columns = table.header.size();
    QList<qsizetype> widths(columns, 0);
    const auto measure = [&](const QStringList& row) {
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = qMax(widths[c], row.value(c).size());
    };
    measure(table.header);
    for (const QStringList& row : table.rows)
        measure(row);

    const auto line = [&](const QStringList& row, bool header) -> QString {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = row.value(c);
            const bool right = !header && table.alignments.value(c) == ProtocolTable::Align::Right;
            cells.append(right ? cell.rightJustified(widths[c]) : cell.leftJustified(widths[c]));
        }
        return (u"| "_s + cells.join(u" | "_s) + u" |"_s);
    };
    QStringList rule;
    for (qsizetype width : widths)
        rule.append(QString(width, u'-'));
    const QString separator = u"|-"_s + rule.join(u"-|-"_s) + u"-|"_s;

    QStringList lines;
    if (!table.caption.isEmpty())
        lines.append(centred(table.caption));
    lines.append(line(table.header, true));
    lines.append(separator);
    for (const QStringList& row : table.rows)
        lines.append(line(row, false));
    return lines.join(u'\n');
}

} // namespace

QByteArray ProtocolTextWriter::write(const ProtocolContent& content)
{
    QStringList blocks;
    for (const ProtocolBlock& block : content.blocks) {
        // A new page: the form feed a printer and a pager understand.
        if (block.pageBreakBefore && !blocks.isEmpty())
            blocks.append(u"\f"_s);
        switch (block.kind) {
        case Kind::Emblem:
            break; // plain text has no images
        case Kind::CouncilName:
        case Kind::DocumentTitle:
        case Kind::DocumentNumber:
        case Kind::MeetingForm:
            blocks.append(centred(block.plainText()));
            break;
        case Kind::DatePlace:
            blocks.append(spread(block.plainText(), block.rightText));
            break;
        case Kind::Heading:
            blocks.append(block.level <= 1 ? centred(block.plainText()) : block.plainText());
            break;
        case Kind::Paragraph:
            blocks.append(block.plainText());
            break;
        case Kind::ListItem:
            blocks.append(u"\u2013 "_s + block.plainText());
            break;
        case Kind::Table:
            blocks.append(table(block.table));
            break;
        case Kind::Signatures:
            for (const ProtocolSignature& signature : block.signatures)
                blocks.append(spread(
                    signature.title.leftJustified(24) + ProtocolSignature::line(), signature.name));
            break;
        }
    }
    return (blocks.join(u"\n\n"_s) + u'\n').toUtf8();
}

} // namespace Bayon
