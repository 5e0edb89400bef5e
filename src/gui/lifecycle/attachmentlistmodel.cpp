#include "attachmentlistmodel.h"

#include <QFontDatabase>
#include <QLocale>

namespace Bayon {

AttachmentListModel::AttachmentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AttachmentListModel::setAttachments(QList<Attachment> attachments)
{
    beginResetModel();
    m_attachments = std::move(attachments);
    endResetModel();
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

int AttachmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttachmentListModel::typeName(const QString& mimeType)
{
    if (mimeType == u"application/pdf")
        return tr("PDF");
    if (mimeType == u"image/png")
        return tr("PNG image");
    if (mimeType == u"image/jpeg")
        return tr("JPEG image");
    return mimeType;
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment& file = m_attachments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return Attachment::printableName(file.name);
        case TypeColumn:
            return typeName(file.mimeType);
        case SizeColumn:
            return QLocale().formattedDataSize(file.size());
        case AddedColumn:
            return file.addedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        case Sha256Column:
            return file.sha256;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SizeColumn:
            return tr("%n bytes", nullptr, int(file.size()));
        case AddedColumn:
            return file.addedBy.isEmpty() ? QVariant() : tr("Attached by %1").arg(file.addedBy);
        case Sha256Column:
            return file.sha256;
        default:
            break;
        }
        break;
    case Qt::FontRole:
        // The hash is compared digit by digit with another copy's.
        if (index.column() == Sha256Column)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case AddedColumn:
        return tr("Attached");
    case Sha256Column:
        return tr("SHA-256");
    }
    return {};
}

} // namespace Bayon
