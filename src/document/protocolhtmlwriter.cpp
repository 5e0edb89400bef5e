#include "protocolhtmlwriter.h"

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

using Kind = ProtocolBlock::Kind;

const QString kStyle = uR"(
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 14pt;
       line-height: 1.15; color: #000; background: #fff; max-width: 165mm; margin: 2em auto; }
@media print { body { margin: 0; max-width: none; } }
p, h1, h2, h3, h4 { margin: 0; font-size: 14pt; }
p { text-align: justify; text-indent: 12.5mm; }
p.ragged { text-align: left; }
h1, h2, h3, h4 { font-weight: bold; page-break-after: avoid; break-after: avoid; }
.council, .title, .number, .form, .level1, caption { text-align: center; text-indent: 0; }
.title { margin-top: 12pt; }
.dateplace { display: flex; justify-content: space-between; margin-top: 12pt; text-indent: 0; }
h2 { text-align: center; margin-top: 12pt; margin-bottom: 6pt; }
h3 { text-align: justify; text-indent: 12.5mm; margin-top: 12pt; margin-bottom: 6pt; }
h4 { text-align: justify; text-indent: 12.5mm; margin-top: 6pt; }
table { width: 100%; border-collapse: collapse; margin: 6pt 0; font-size: 12pt;
        page-break-inside: auto; }
thead { display: table-header-group; }
caption { font-weight: bold; padding-bottom: 3pt; }
th, td { border: 0.5pt solid #000; padding: 2.5pt; vertical-align: middle; }
th { text-align: center; }
td.right { text-align: right; white-space: nowrap; }
td.center { text-align: center; }
.emblem { text-align: center; text-indent: 0; }
.emblem img { height: 22mm; width: auto; }
.newpage { page-break-before: always; break-before: page; }
.signatures { margin-top: 36pt; width: 100%; border: none; font-weight: bold; font-size: 14pt; }
.signatures td { border: none; padding: 0 0 24pt 0; }
.signatures td.line { width: 35%; }
.signatures td.name { text-align: right; }
)"_s;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString runs(const QList<ProtocolRun>& runs)
{
    QString html;
    for (const ProtocolRun& run : runs) {
        QString text = escaped(run.text);
        if (run.italic)
            text = u"<i>"_s + text + u"</i>"_s;
        if (run.bold)
            text = u"<b>"_s + text + u"</b>"_s;
        html += text;
    }
    return html;
}

// The attributes of a paragraph: flush left or not, space above.
QString attributes(const ProtocolBlock& block)
{
    QString attributes;
    if (block.ragged)
        attributes += u" class=\"ragged\""_s;
    if (block.spaceBefore > 0)
        attributes += u" style=\"margin-top: %1pt\""_s.arg(block.spaceBefore);
    return attributes;
}

QString table(const ProtocolTable& table)
{
    int total = 0;
    for (int width : table.widths)
        total += width;
    QString html = u"<table>\n"_s;
    if (!table.caption.isEmpty())
        html += u"<caption>"_s + escaped(table.caption) + u"</caption>\n"_s;
    html += u"<colgroup>"_s;
    for (int width : table.widths)
        html += u"<col style=\"width: %1%\">"_s.arg(
            total > 0 ? 100.0 * width / total : 0, 0, 'f', 1);
    html += u"</colgroup>\n<thead><tr>"_s;
    for (const QString& cell : table.header)
        html += u"<th>"_s + escaped(cell) + u"</th>"_s;
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (const QStringList& row : table.rows) {
        html += u"<tr>"_s;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const auto align = table.alignments.value(c, ProtocolTable::Align::Left);
            const QString cls = align == ProtocolTable::Align::Right ? u" class=\"right\""_s
                : align == ProtocolTable::Align::Center              ? u" class=\"center\""_s
                                                                     : QString();
            html += u"<td"_s + cls + u'>' + escaped(row.at(c)) + u"</td>"_s;
        }
        html += u"</tr>\n"_s;
    }
    html += u"</tbody>\n</table>\n"_s;
    return html;
}

} // namespace

QByteArray ProtocolHtmlWriter::write(const ProtocolContent& content)
{
    QString html = u"<!DOCTYPE html>\n<html lang=\"uz\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    html += u"<meta name=\"author\" content=\""_s + escaped(content.author) + u"\">\n"_s;
    html += u"<meta name=\"generator\" content=\"Bayon\">\n"_s;
    html += u"<title>"_s + escaped(content.title) + u"</title>\n<style>"_s + kStyle
        + u"</style>\n</head>\n<body>\n"_s;

    for (const ProtocolBlock& block : content.blocks) {
        // An appendix starts a new page when printed from the browser.
        if (block.pageBreakBefore)
            html += u"<div class=\"newpage\"></div>\n"_s;
        switch (block.kind) {
        case Kind::Emblem: {
            // Inline, so the page needs no file beside it.
            const QString mime
                = block.image.startsWith("\x89PNG") ? u"image/png"_s : u"image/jpeg"_s;
            html += u"<p class=\"emblem\"><img alt=\"\" src=\"data:"_s + mime + u";base64,"_s
                + QString::fromLatin1(block.image.toBase64()) + u"\"></p>\n"_s;
            break;
        }
        case Kind::CouncilName:
            html += u"<p class=\"council\"><b>"_s + escaped(block.plainText()) + u"</b></p>\n"_s;
            break;
        case Kind::DocumentTitle:
            html += u"<h1 class=\"title\">"_s + escaped(block.plainText()) + u"</h1>\n"_s;
            break;
        case Kind::DocumentNumber:
            html += u"<p class=\"number\"><b>"_s + escaped(block.plainText()) + u"</b></p>\n"_s;
            break;
        case Kind::MeetingForm:
            html += u"<p class=\"form\">"_s + runs(block.runs) + u"</p>\n"_s;
            break;
        case Kind::DatePlace:
            html += u"<div class=\"dateplace\"><span>"_s + runs(block.runs) + u"</span><span>"_s
                + escaped(block.rightText) + u"</span></div>\n"_s;
            break;
        case Kind::Heading: {
            // Level 1 ("KUN TARTIBI:") is h2 under the title; items h3; sections h4.
            const QString tag = u"h%1"_s.arg(qBound(2, block.level + 1, 4));
            html += u'<' + tag + u'>' + escaped(block.plainText()) + u"</"_s + tag + u">\n"_s;
            break;
        }
        case Kind::Paragraph:
            html += u"<p"_s + attributes(block) + u'>' + runs(block.runs) + u"</p>\n"_s;
            break;
        case Kind::ListItem:
            html += u"<p"_s + attributes(block) + u">\u2013 "_s + runs(block.runs) + u"</p>\n"_s;
            break;
        case Kind::Table:
            html += table(block.table);
            break;
        case Kind::Signatures:
            html += u"<table class=\"signatures\">\n"_s;
            for (const ProtocolSignature& signature : block.signatures) {
                html += u"<tr><td>"_s + escaped(signature.title) + u"</td><td class=\"line\">"_s
                    + ProtocolSignature::line() + u"</td><td class=\"name\">"_s
                    + escaped(signature.name) + u"</td></tr>\n"_s;
            }
            html += u"</table>\n"_s;
            break;
        }
    }
    html += u"</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace Bayon
