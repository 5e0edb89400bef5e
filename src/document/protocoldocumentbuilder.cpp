#include "protocoldocumentbuilder.h"

#include "document/protocolfonts.h"
#include "document/protocolpage.h"
#include "document/tablerowobject.h"

#include <QImage>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

using Kind = ProtocolBlock::Kind;

constexpr qreal kSignatureGapPt = 24;
// The signature line starts here and is drawn with underscores to this width.
constexpr qreal kSignatureLineStartMm = 80;

class Builder
{
public:
    Builder(qreal indentScale, ProtocolDocumentBuilder::Tables tables)
        : m_indentScale(indentScale)
        , m_tables(tables)
        , m_document(std::make_unique<QTextDocument>())
        , m_cursor(m_document.get())
    {
        QFont font(ProtocolFonts::family());
        font.setPointSizeF(ProtocolPage::bodyPointSize);
        font.setStyleHint(QFont::Serif);
        font.setKerning(true);
        m_document->setDefaultFont(font);
        // Lines break the same on the screen, the printer and the PDF.
        m_document->setUseDesignMetrics(true);
        m_document->setDocumentMargin(0);
        // Built once, never edited: no undo history, and one layout at the end.
        m_document->setUndoRedoEnabled(false);
        m_cursor.beginEditBlock();
        m_base.setFont(font);
        // Named in both properties: Qt 6.4's ODT writer reads only the old one
        // and writes "Sans" without it.
        m_base.setFontFamilies(QStringList {ProtocolFonts::family()});
        m_base.setProperty(QTextFormat::OldFontFamily, ProtocolFonts::family());
        m_base.setForeground(Qt::black);
    }

    std::unique_ptr<QTextDocument> build(const ProtocolContent& content)
    {
        m_document->setMetaInformation(QTextDocument::DocumentTitle, content.title);
        for (const ProtocolBlock& block : content.blocks)
            add(block);
        m_cursor.endEditBlock();
        return std::move(m_document);
    }

private:
    static QTextBlockFormat blockFormat(const ProtocolBlock& block)
    {
        QTextBlockFormat format;
        format.setProperty(ProtocolDocumentBuilder::BlockKindProperty, int(block.kind));
        format.setProperty(ProtocolDocumentBuilder::HeadingLevelProperty, block.level);
        if (block.keepWithNext)
            format.setProperty(ProtocolDocumentBuilder::KeepWithNextProperty, true);
        if (block.keepTogether)
            format.setProperty(ProtocolDocumentBuilder::KeepTogetherProperty, true);
        if (!block.anchor.isEmpty())
            format.setProperty(ProtocolDocumentBuilder::AnchorProperty, block.anchor);
        format.setTopMargin(ProtocolPage::pxFromPt(block.spaceBefore));
        format.setBottomMargin(0);
        if (block.pageBreakBefore)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        return format;
    }

    // The next block: the empty one the document starts with (or that follows
    // a table), else a new one.
    void startBlock(const QTextBlockFormat& format, const QTextCharFormat& charFormat)
    {
        if (m_atEmptyBlock) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_cursor.setCharFormat(charFormat);
            m_atEmptyBlock = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    void insertRuns(const QList<ProtocolRun>& runs, const QTextCharFormat& base)
    {
        for (const ProtocolRun& run : runs) {
            QTextCharFormat format = base;
            if (run.bold)
                format.setFontWeight(QFont::Bold);
            if (run.italic)
                format.setFontItalic(true);
            m_cursor.insertText(run.text, format);
        }
    }

    void add(const ProtocolBlock& block)
    {
        QTextBlockFormat format = blockFormat(block);
        QTextCharFormat chars = m_base;
        switch (block.kind) {
        case Kind::Emblem:
            emblem(block, format, chars);
            return;
        case Kind::CouncilName:
        case Kind::DocumentTitle:
        case Kind::DocumentNumber:
        case Kind::MeetingForm:
            format.setAlignment(Qt::AlignHCenter);
            break;
        case Kind::DatePlace: {
            format.setAlignment(Qt::AlignLeft);
            // The place ends at the right margin.
            format.setTabPositions(
                {QTextOption::Tab(ProtocolPage::textWidthPx() - 1, QTextOption::RightTab)});
            startBlock(format, chars);
            insertRuns(block.runs, chars);
            m_cursor.insertText(u"\t"_s + block.rightText, chars);
            return;
        }
        case Kind::Heading:
            if (block.level <= 1) {
                format.setAlignment(Qt::AlignHCenter);
            } else {
                format.setAlignment(Qt::AlignJustify);
                format.setTextIndent(firstLineIndent());
            }
            format.setBottomMargin(ProtocolPage::pxFromPt(block.level <= 2 ? 6 : 0));
            break;
        case Kind::Paragraph:
            format.setAlignment(block.ragged ? Qt::AlignLeft : Qt::AlignJustify);
            format.setTextIndent(firstLineIndent());
            break;
        case Kind::ListItem: {
            format.setAlignment(Qt::AlignJustify);
            format.setTextIndent(firstLineIndent());
            startBlock(format, chars);
            m_cursor.insertText(u"\u2013 "_s, chars);
            insertRuns(block.runs, chars);
            return;
        }
        case Kind::Table:
            table(block);
            return;
        case Kind::Signatures:
            signatures(block);
            return;
        }
        startBlock(format, chars);
        insertRuns(block.runs, chars);
    }

    void table(const ProtocolBlock& block)
    {
        const ProtocolTable& table = block.table;
        const int columns = int(table.header.size());
        if (columns == 0)
            return;

        qreal spaceBefore = block.spaceBefore;
        if (!table.caption.isEmpty()) {
            QTextBlockFormat caption = blockFormat(block);
            caption.setProperty(ProtocolDocumentBuilder::BlockKindProperty, int(Kind::Heading));
            caption.setProperty(ProtocolDocumentBuilder::HeadingLevelProperty, 4);
            caption.setProperty(ProtocolDocumentBuilder::KeepWithNextProperty, true);
            caption.setAlignment(Qt::AlignHCenter);
            caption.setBottomMargin(ProtocolPage::pxFromPt(3));
            startBlock(caption, m_base);
            insertRuns({{table.caption, true, false}}, m_base);
            spaceBefore = 0;
        } else if (!m_atEmptyBlock && m_tables == ProtocolDocumentBuilder::Tables::TextTables) {
            // A table is inserted after the current block; make that a fresh one.
            startBlock(QTextBlockFormat(), m_base);
        }

        const int index = m_tableCount++;
        if (m_tables == ProtocolDocumentBuilder::Tables::RowObjects) {
            rowObjects(table, index, spaceBefore);
            return;
        }

        // Qt's ODF writer writes lengths as points and percentages as an
        // invalid "5%": give the widths in points, of the text column.
        const qreal widthPt = (ProtocolPage::widthMm - ProtocolPage::marginsMm.left()
                                  - ProtocolPage::marginsMm.right())
            * 72 / 25.4;
        int total = 0;
        for (int width : table.widths)
            total += width;
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c) {
            const qreal share = total > 0 ? qreal(table.widths.value(c)) / total : 1.0 / columns;
            widths.append(QTextLength(QTextLength::FixedLength, share * widthPt));
        }

        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::FixedLength, widthPt));
        format.setColumnWidthConstraints(widths);
        format.setHeaderRowCount(1);
        // Qt draws no border thinner than one CSS pixel (0.75 pt).
        format.setBorder(1);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(Qt::black);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(ProtocolPage::pxFromPt(2.5));
        format.setTopMargin(ProtocolPage::pxFromPt(spaceBefore));
        format.setBottomMargin(ProtocolPage::pxFromPt(6));
        format.setAlignment(Qt::AlignHCenter);

        QTextTable* inserted = m_cursor.insertTable(int(table.rows.size()) + 1, columns, format);

        QTextCharFormat cellChars = m_base;
        cellChars.setFontPointSize(ProtocolPage::tablePointSize);
        QTextCharFormat headerChars = cellChars;
        headerChars.setFontWeight(QFont::Bold);

        const auto fill = [&](int row, int column, const QString& text, Qt::Alignment alignment,
                              const QTextCharFormat& chars) {
            QTextTableCell cell = inserted->cellAt(row, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            cell.setFormat(cellFormat);
            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat blockFormat;
            blockFormat.setAlignment(alignment);
            blockFormat.setProperty(ProtocolDocumentBuilder::BlockKindProperty, int(Kind::Table));
            cursor.setBlockFormat(blockFormat);
            // Not setBlockCharFormat: in a cell that is where the cell's own
            // format lives, and the ODT would lose the cell's borders.
            cursor.insertText(text, chars);
        };
        for (int c = 0; c < columns; ++c)
            fill(0, c, table.header.at(c), Qt::AlignHCenter, headerChars);
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList& row = table.rows.at(r);
            for (int c = 0; c < columns; ++c) {
                const auto align = table.alignments.value(c, ProtocolTable::Align::Left);
                const Qt::Alignment alignment = align == ProtocolTable::Align::Right
                    ? Qt::AlignRight
                    : align == ProtocolTable::Align::Center ? Qt::AlignHCenter
                                                            : Qt::AlignLeft;
                fill(r + 1, c, row.value(c), alignment, cellChars);
            }
        }
        m_cursor.movePosition(QTextCursor::End);
        m_atEmptyBlock = true;
    }

    // One paragraph a row, the header row first; the header row goes with the first row.
    void rowObjects(const ProtocolTable& table, int index, qreal spaceBefore)
    {
        for (int row = TableRowObject::HeaderRow; row < table.rows.size(); ++row) {
            QTextBlockFormat format;
            format.setProperty(ProtocolDocumentBuilder::BlockKindProperty, int(Kind::Table));
            format.setProperty(TableRowObject::TableProperty, index);
            format.setProperty(TableRowObject::RowProperty, row);
            format.setAlignment(Qt::AlignLeft);
            if (row == TableRowObject::HeaderRow) {
                format.setProperty(ProtocolDocumentBuilder::KeepWithNextProperty, true);
                format.setTopMargin(ProtocolPage::pxFromPt(spaceBefore));
            }
            if (row == table.rows.size() - 1)
                format.setBottomMargin(ProtocolPage::pxFromPt(6));
            startBlock(format, m_base);
            m_cursor.insertText(
                QString(QChar::ObjectReplacementCharacter), TableRowObject::format(index, row));
        }
    }

    // The image centred, about two centimetres high. Drawn on white: PDF/A-1
    // allows no transparency, and a seal-like logo on paper is on white anyway.
    void emblem(const ProtocolBlock& block, QTextBlockFormat format, const QTextCharFormat& chars)
    {
        const QImage source = QImage::fromData(block.image);
        if (source.isNull() || source.height() <= 0)
            return;
        QImage flat(source.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        {
            QPainter painter(&flat);
            painter.drawImage(0, 0, source);
        }
        const QString name = u"bayon-emblem-%1.png"_s.arg(m_imageCount++);
        m_document->addResource(QTextDocument::ImageResource, QUrl(name), flat);
        const qreal height = ProtocolPage::pxFromMm(ProtocolBlock::emblemHeightMm);
        QTextImageFormat image;
        image.setName(name);
        image.setHeight(height);
        image.setWidth(height * source.width() / source.height());
        format.setAlignment(Qt::AlignHCenter);
        // The council's name goes with it.
        format.setProperty(ProtocolDocumentBuilder::KeepWithNextProperty, true);
        startBlock(format, chars);
        m_cursor.insertImage(image);
    }

    void signatures(const ProtocolBlock& block)
    {
        QTextCharFormat chars = m_base;
        chars.setFontWeight(QFont::Bold);
        const QString line = ProtocolSignature::line();
        for (qsizetype i = 0; i < block.signatures.size(); ++i) {
            const ProtocolSignature& signature = block.signatures.at(i);
            QTextBlockFormat format = blockFormat(block);
            format.setAlignment(Qt::AlignLeft);
            format.setTopMargin(
                ProtocolPage::pxFromPt(i == 0 ? block.spaceBefore : kSignatureGapPt));
            format.setTabPositions({QTextOption::Tab(ProtocolPage::pxFromMm(kSignatureLineStartMm),
                                        QTextOption::LeftTab),
                QTextOption::Tab(ProtocolPage::textWidthPx() - 1, QTextOption::RightTab)});
            // The two lines stay together.
            if (i + 1 < block.signatures.size())
                format.setProperty(ProtocolDocumentBuilder::KeepWithNextProperty, true);
            startBlock(format, chars);
            m_cursor.insertText(signature.title + u'\t' + line + u'\t' + signature.name, chars);
        }
    }

    qreal firstLineIndent() const
    {
        return ProtocolPage::pxFromMm(ProtocolPage::firstLineIndentMm) * m_indentScale;
    }

    const qreal m_indentScale;
    const ProtocolDocumentBuilder::Tables m_tables;
    int m_tableCount = 0;
    int m_imageCount = 0;
    std::unique_ptr<QTextDocument> m_document;
    QTextCursor m_cursor;
    QTextCharFormat m_base;
    bool m_atEmptyBlock = true;
};

} // namespace

std::unique_ptr<QTextDocument> ProtocolDocumentBuilder::build(
    const ProtocolContent& content, qreal indentScale, Tables tables)
{
    return Builder(indentScale, tables).build(content);
}

} // namespace Bayon
