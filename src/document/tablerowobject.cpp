#include "tablerowobject.h"

#include "document/protocolfonts.h"
#include "document/protocolpage.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace Bayon {

namespace {

constexpr qreal kPaddingPt = 4; // left and right of a cell's text
constexpr qreal kVerticalPaddingPt = 3;
constexpr qreal kBorderPt = 0.75;

qreal pointsToDevice(qreal points, const QPaintDevice* device)
{
    return points * device->logicalDpiY() / 72.0;
}

} // namespace

TableRowObject::TableRowObject(QList<ProtocolTable> tables, QPaintDevice* device, qreal width)
    : m_tables(std::move(tables))
    , m_device(device)
    , m_width(width)
    , m_padding(pointsToDevice(kPaddingPt, device))
    , m_verticalPadding(pointsToDevice(kVerticalPaddingPt, device))
    , m_border(pointsToDevice(kBorderPt, device))
{
}

TableRowObject::~TableRowObject() = default;

QTextCharFormat TableRowObject::format(int table, int row)
{
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(TableProperty, table);
    format.setProperty(RowProperty, row);
    return format;
}

QList<qreal> TableRowObject::columnEdges(const ProtocolTable& table) const
{
    int total = 0;
    for (int width : table.widths)
        total += width;
    QList<qreal> edges {0};
    qreal x = 0;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        const qreal share
            = total > 0 ? qreal(table.widths.value(c)) / total : 1.0 / table.header.size();
        x += share * m_width;
        edges.append(x);
    }
    return edges;
}

const TableRowObject::Row& TableRowObject::row(const QTextFormat& format)
{
    const int tableIndex = format.intProperty(TableProperty);
    const int rowIndex
        = format.hasProperty(RowProperty) ? format.intProperty(RowProperty) : HeaderRow;
    if (tableIndex < 0 || tableIndex >= m_tables.size())
        return m_empty;
    const quint64 key = (quint64(quint32(tableIndex)) << 32) | quint32(rowIndex + 1);
    if (const auto found = m_rows.constFind(key); found != m_rows.constEnd())
        return *found;

    const ProtocolTable& table = m_tables.at(tableIndex);
    const bool header = rowIndex == HeaderRow;
    const QStringList texts = header ? table.header : table.rows.value(rowIndex);
    const QList<qreal> edges = columnEdges(table);

    QFont font(ProtocolFonts::family());
    font.setPointSizeF(ProtocolPage::tablePointSize);
    font.setBold(header);
    Row row;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        auto layout = std::make_shared<QTextLayout>(texts.value(c), font, m_device);
        QTextOption option;
        option.setUseDesignMetrics(true);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        const auto align = header ? ProtocolTable::Align::Center
                                  : table.alignments.value(c, ProtocolTable::Align::Left);
        option.setAlignment(align == ProtocolTable::Align::Right ? Qt::AlignRight
                : align == ProtocolTable::Align::Center          ? Qt::AlignHCenter
                                                                 : Qt::AlignLeft);
        layout->setTextOption(option);
        layout->setCacheEnabled(true); // painted later: keep the glyphs shaped here
        const qreal width = edges.at(c + 1) - edges.at(c) - 2 * m_padding;
        qreal y = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        row.cells.append(layout);
        row.cellHeights.append(y);
        row.height = qMax(row.height, y + 2 * m_verticalPadding);
    }
    return *m_rows.insert(key, row);
}

QSizeF TableRowObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return {m_width, row(format).height};
}

void TableRowObject::drawObject(
    QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const Row& cells = row(format);
    const int tableIndex = format.intProperty(TableProperty);
    if (cells.cells.isEmpty() || tableIndex < 0 || tableIndex >= m_tables.size())
        return;
    const QList<qreal> edges = columnEdges(m_tables.at(tableIndex));
    const qreal top = rect.top();
    const qreal bottom = rect.top() + cells.height;

    painter->save();
    painter->setPen(QPen(Qt::black, m_border, Qt::SolidLine, Qt::SquareCap));
    // Each row draws its sides and its foot; the header row, which opens the
    // table on every page, its head as well.
    for (qreal edge : edges)
        painter->drawLine(QPointF(rect.left() + edge, top), QPointF(rect.left() + edge, bottom));
    painter->drawLine(QPointF(rect.left(), bottom), QPointF(rect.left() + edges.last(), bottom));
    if (format.intProperty(RowProperty) == HeaderRow)
        painter->drawLine(QPointF(rect.left(), top), QPointF(rect.left() + edges.last(), top));

    painter->setPen(Qt::black);
    for (qsizetype c = 0; c < cells.cells.size(); ++c) {
        // Centred vertically, as a typist's table cells are.
        const qreal offset = (cells.height - 2 * m_verticalPadding - cells.cellHeights.at(c)) / 2;
        cells.cells.at(c)->draw(painter,
            QPointF(rect.left() + edges.at(c) + m_padding, top + m_verticalPadding + offset));
    }
    painter->restore();
}

} // namespace Bayon
