#include "reportbody.h"

#include <QStringList>

namespace Bayon {

QList<ReportBody::Block> ReportBody::parse(QStringView markdown)
{
    QList<Block> blocks;
    bool open = false; // the last block still takes continuation lines

    const auto start = [&](Block::Kind kind, QStringView text) {
        blocks.append({kind, text.trimmed().toString()});
        open = kind != Block::Kind::Heading;
    };

    for (QStringView line : markdown.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            open = false;
        } else if (trimmed.startsWith(u"## ")) {
            start(Block::Kind::Heading, trimmed.mid(3));
        } else if (trimmed.startsWith(u"- ")) {
            start(Block::Kind::Bullet, trimmed.mid(2));
        } else if (open) {
            QString& text = blocks.last().text;
            text += u' ';
            text += trimmed;
        } else {
            start(Block::Kind::Paragraph, trimmed);
        }
    }
    return blocks;
}

QString ReportBody::write(const QList<Block>& blocks)
{
    QStringList lines;
    bool previousWasBullet = false;
    for (const Block& block : blocks) {
        QString text = block.text;
        for (QChar& c : text) {
            if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator)
                c = u' ';
        }
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        const bool bullet = block.kind == Block::Kind::Bullet;
        if (!lines.isEmpty() && !(bullet && previousWasBullet))
            lines.append(QString());
        switch (block.kind) {
        case Block::Kind::Heading:
            lines.append(u"## " + text);
            break;
        case Block::Kind::Bullet:
            lines.append(u"- " + text);
            break;
        case Block::Kind::Paragraph:
            // A paragraph that begins like a mark ("- ", "## ") would read back
            // as a bullet or a heading: its first space becomes a no-break
            // space, which prints the same and is no mark.
            if (text.startsWith(u"- ") || text.startsWith(u"## "))
                text[text.indexOf(u' ')] = QChar::Nbsp;
            lines.append(text);
            break;
        }
        previousWasBullet = bullet;
    }
    return lines.join(u'\n');
}

QString ReportBody::plainText(QStringView markdown)
{
    QStringList lines;
    for (const Block& block : parse(markdown))
        lines.append(block.text);
    return lines.join(u'\n');
}

} // namespace Bayon
