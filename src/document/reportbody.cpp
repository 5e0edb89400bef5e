#include "reportbody.h"

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

} // namespace Bayon
