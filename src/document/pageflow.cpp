#include "pageflow.h"

#include "document/protocoldocumentbuilder.h"
#include "document/tablerowobject.h"

#include <QTextFormat>
#include <cmath>

namespace Bayon {

FlowItem FlowItem::of(const QTextBlockFormat& format)
{
    FlowItem item;
    item.keepWithNext = format.boolProperty(ProtocolDocumentBuilder::KeepWithNextProperty);
    item.keepTogether = format.boolProperty(ProtocolDocumentBuilder::KeepTogetherProperty);
    if (format.hasProperty(TableRowObject::TableProperty)) {
        item.table = format.intProperty(TableRowObject::TableProperty);
        item.row = format.intProperty(TableRowObject::RowProperty);
    }
    return item;
}

Extent PageFlow::extentOf(const QList<qreal>& lineTops, qreal blockTop, qreal pageHeight)
{
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    Extent extent;
    extent.lines = qMax(1, int(lineTops.size()));
    if (lineTops.isEmpty()) {
        extent.firstPage = extent.lastPage = pageOf(blockTop);
        extent.linesOnFirstPage = extent.linesOnLastPage = 1;
        return extent;
    }
    extent.firstPage = pageOf(lineTops.first());
    extent.lastPage = pageOf(lineTops.last());
    for (const qreal top : lineTops) {
        const int page = pageOf(top);
        extent.linesOnFirstPage += page == extent.firstPage ? 1 : 0;
        extent.linesOnLastPage += page == extent.lastPage ? 1 : 0;
    }
    return extent;
}

} // namespace Bayon
