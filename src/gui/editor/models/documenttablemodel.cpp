#include "documenttablemodel.h"

#include <QMimeData>

namespace {
// The rows of a drag inside one view, as the source row's number.
const QString rowMimeType = QStringLiteral("application/x-bayon-row");
} // namespace

namespace Bayon {

DocumentTableModel::DocumentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DocumentTableModel::setDocument(MeetingDocument* document)
{
    beginResetModel();
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    if (document) {
        using Doc = MeetingDocument;
        m_connections << connect(document, &Doc::aboutToInsert, this,
            [this](const Doc::ListRef& l, int first, int last) {
                if (mine(l))
                    beginInsertRows({}, first, last);
                else
                    listAboutToGrow(l, first, last);
            });
        m_connections << connect(document, &Doc::inserted, this, [this](const Doc::ListRef& l) {
            if (mine(l)) {
                endInsertRows();
                structureChanged();
            }
        });
        m_connections << connect(document, &Doc::aboutToRemove, this,
            [this](const Doc::ListRef& l, int first, int last) {
                if (mine(l))
                    beginRemoveRows({}, first, last);
                else
                    listAboutToShrink(l, first, last);
            });
        m_connections << connect(document, &Doc::removed, this, [this](const Doc::ListRef& l) {
            if (mine(l)) {
                endRemoveRows();
                structureChanged();
            }
        });
        m_connections << connect(
            document, &Doc::aboutToMove, this, [this](const Doc::ListRef& l, int from, int to) {
                if (mine(l))
                    m_moving = beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            });
        m_connections << connect(document, &Doc::moved, this, [this](const Doc::ListRef& l) {
            if (mine(l) && m_moving) {
                m_moving = false;
                endMoveRows();
                structureChanged();
            }
        });
        m_connections << connect(
            document, &Doc::itemChanged, this, [this](const Doc::ListRef& l, int row) {
                if (mine(l) && columnCount() > 0)
                    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            });
        m_connections << connect(document, &Doc::headerChanged, this, [this] { headerChanged(); });
    }
    endResetModel();
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_document || !list())
        return 0;
    return listSize();
}

void DocumentTableModel::structureChanged() { }

void DocumentTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emitAllChanged();
}

bool DocumentTableModel::pushMove(int, int)
{
    return false;
}

Qt::ItemFlags DocumentTableModel::rowFlags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return isReadOnly() ? f : (f | Qt::ItemIsDropEnabled);
    if (!isReadOnly())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions DocumentTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DocumentTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList DocumentTableModel::mimeTypes() const
{
    return {rowMimeType};
}

QMimeData* DocumentTableModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(rowMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool DocumentTableModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex&) const
{
    return !isReadOnly() && action == Qt::MoveAction && data && data->hasFormat(rowMimeType);
}

bool DocumentTableModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(rowMimeType).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount())
        return false;
    // Dropped on a row: before it; between rows: at row; below the last: at the end.
    const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    return moveRows({}, from, 1, {}, before);
}

bool DocumentTableModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || isReadOnly())
        return false;
    if (sourceRow < 0 || sourceRow >= rowCount() || destinationChild < 0
        || destinationChild > rowCount())
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    return pushMove(sourceRow, to);
}

void DocumentTableModel::listAboutToShrink(const MeetingDocument::ListRef&, int, int) { }

void DocumentTableModel::listAboutToGrow(const MeetingDocument::ListRef&, int, int) { }

void DocumentTableModel::reset(const std::function<void()>& change)
{
    beginResetModel();
    change();
    endResetModel();
}

void DocumentTableModel::emitAllChanged()
{
    const int rows = rowCount();
    if (rows > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}

bool DocumentTableModel::mine(const MeetingDocument::ListRef& l) const
{
    const auto own = list();
    return own && *own == l;
}

} // namespace Bayon
