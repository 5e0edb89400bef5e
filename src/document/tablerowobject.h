#pragma once

#include "document/protocolcontent.h"

#include <QHash>
#include <QObject>
#include <QTextObjectInterface>
#include <memory>

class QPaintDevice;
class QTextLayout;

namespace Bayon {

// One row of a KPI table in the printed layout, set as an inline object that
// fills a paragraph of its own: it measures and paints its cells (the text in
// 12 pt, numbers right-aligned, ruled borders).
//
// Why not a QTextTable: in a paginated QTextDocument Qt lays every table out
// again on each pass over it (most of the time of a protocol with KPI tables),
// cuts rows in two at a page break and stretches the last row of a page down
// to its foot. As paragraphs, rows are laid out once, never cut, and the
// pagination closes a table at the foot of a page and starts the rest under a
// repeated header row (see ProtocolLayout). The ODT keeps a real table.
class TableRowObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;
    // On the object's character format and on its paragraph's block format.
    static constexpr int TableProperty
        = QTextFormat::UserProperty + 20; // index among the content's tables
    static constexpr int RowProperty = QTextFormat::UserProperty + 21; // -1 for the header row
    static constexpr int HeaderRow = -1;

    // The tables of the content, in their order; `device` gives the resolution
    // and `width` the width of a row, in its units.
    TableRowObject(QList<ProtocolTable> tables, QPaintDevice* device, qreal width);
    ~TableRowObject() override;

    // The character format of the object standing for row `row` of table `table`.
    static QTextCharFormat format(int table, int row);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
        const QTextFormat& format) override;

private:
    struct Row
    {
        QList<std::shared_ptr<QTextLayout>> cells;
        QList<qreal> cellHeights;
        qreal height = 0;
    };

    const Row& row(const QTextFormat& format);
    // The left edge of each column and the right edge of the last, from 0.
    QList<qreal> columnEdges(const ProtocolTable& table) const;

    const QList<ProtocolTable> m_tables;
    QPaintDevice* const m_device;
    const qreal m_width;
    const qreal m_padding;
    const qreal m_verticalPadding;
    const qreal m_border;
    QHash<quint64, Row> m_rows;
    Row m_empty;
};

} // namespace Bayon
