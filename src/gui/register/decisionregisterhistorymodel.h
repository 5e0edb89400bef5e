#pragma once

#include "domain/followupentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Bayon {

// The dated steps of one decision's follow-up, newest first: the day it took
// effect, the status, the note and who wrote it down (and when, in the tooltip).
class DecisionRegisterHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, StatusColumn, NoteColumn, AuthorColumn, ColumnCount };

    explicit DecisionRegisterHistoryModel(QObject* parent = nullptr);

    // The history as the register holds it, oldest first.
    void setHistory(const QList<FollowUpEntry>& history);
    const FollowUpEntry& step(int row) const { return m_steps.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FollowUpEntry> m_steps;
};

} // namespace Bayon
