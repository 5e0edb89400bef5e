#pragma once

#include "storage/searchhit.h"

#include <QAbstractTableModel>

namespace Bayon {

// The hits of Find in all meetings: which meeting, which part of it, and the
// words around the match.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MeetingColumn, PartColumn, SnippetColumn, ColumnCount };
    enum Roles { MeetingIdRole = Qt::UserRole + 1, PartRole };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setHits(QList<SearchHit> hits);
    const QList<SearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "report 2.1" → "Report II.1", in the interface's language.
    static QString partName(const QString& part);

private:
    QList<SearchHit> m_hits;
};

} // namespace Bayon
