#pragma once

#include "domain/attachment.h"

#include <QAbstractTableModel>

namespace Bayon {

// The files kept with one meeting (the scan of the signed copy): name, type,
// size and SHA-256, as the Attachments dialog lists them.
class AttachmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SizeColumn, AddedColumn, Sha256Column, ColumnCount };

    explicit AttachmentListModel(QObject* parent = nullptr);

    void setAttachments(QList<Attachment> attachments);
    const QList<Attachment>& attachments() const { return m_attachments; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "PDF", "PNG image", "JPEG image".
    static QString typeName(const QString& mimeType);

private:
    QList<Attachment> m_attachments;
};

} // namespace Bayon
