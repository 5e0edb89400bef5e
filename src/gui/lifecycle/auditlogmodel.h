#pragma once

#include "domain/auditentry.h"

#include <QAbstractTableModel>

namespace Bayon {

// The audit log of one meeting, newest first, as the History dialog shows it:
// when, who, what (a change of status, a reopening, a restore, a file kept
// or removed), from which status to which, and the note or reason.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        StatusColumn,
        RevisionColumn,
        NoteColumn,
        ColumnCount
    };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(AuditAction action);
    // "final → draft"; empty when the entry changed no status.
    static QString statusText(const AuditEntry& entry);

private:
    QList<AuditEntry> m_entries;
};

} // namespace Bayon
