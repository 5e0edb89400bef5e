#pragma once

#include "domain/revisioninfo.h"

#include <QAbstractTableModel>

namespace Bayon {

// The kept revisions of one meeting, newest first, as the History dialog lists
// them: number, when, by whom, and what happened (a save, an autosave that
// took in several, a change of status, a reopening, a restore).
class RevisionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RevisionColumn,
        SavedColumn,
        AuthorColumn,
        KindColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles { RevisionRole = Qt::UserRole + 1 };

    explicit RevisionListModel(QObject* parent = nullptr);

    void setRevisions(QList<RevisionInfo> revisions);
    const QList<RevisionInfo>& revisions() const { return m_revisions; }
    // The row of a revision number, or -1.
    int rowOf(int revision) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Autosave (12 saves)", "Restored", … in the interface's language.
    static QString kindText(const RevisionInfo& revision);

private:
    QList<RevisionInfo> m_revisions;
};

} // namespace Bayon
