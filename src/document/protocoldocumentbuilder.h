#pragma once

#include "document/protocolcontent.h"

#include <QTextFormat>
#include <memory>

class QTextDocument;

namespace Bayon {

// Sets a protocol's content as a QTextDocument: the fonts, the justified
// paragraphs with their first-line indent, bold headings, the ruled KPI tables
// with their header row (repeated on each page), the date and place on one
// line, the signature lines.
// It does not paginate: ProtocolLayout does that on its own copy, and the ODT
// export takes this document as it is, so a word processor paginates it anew.
// Needs a QGuiApplication and the fonts of ProtocolFonts.
class ProtocolDocumentBuilder
{
public:
    // Block properties the pagination reads.
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 1;
    static constexpr int BlockKindProperty = QTextFormat::UserProperty + 2; // ProtocolBlock::Kind
    static constexpr int HeadingLevelProperty = QTextFormat::UserProperty + 3;
    static constexpr int KeepTogetherProperty = QTextFormat::UserProperty + 4;
    static constexpr int AnchorProperty = QTextFormat::UserProperty + 5; // ProtocolBlock::anchor

    // How KPI tables are set: as QTextTables for a word processor (the ODT;
    // their widths are in points, as Qt's ODF writer writes them), or as one
    // paragraph a row holding a TableRowObject (the printed layout).
    enum class Tables { TextTables, RowObjects };

    // `indentScale` multiplies the horizontal indents of paragraphs: Qt's text
    // layout scales every other length of a format (margins, tabs, borders,
    // padding) from CSS pixels to its paint device, but not the first-line
    // indent nor the left margin of a block. A layout on a 1200 dpi device
    // passes 1200/96; a document written as is (ODT) passes 1.
    static std::unique_ptr<QTextDocument> build(
        const ProtocolContent& content, qreal indentScale = 1, Tables tables = Tables::TextTables);
};

} // namespace Bayon
