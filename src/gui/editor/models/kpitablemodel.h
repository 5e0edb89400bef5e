#pragma once

#include "gui/editor/models/documenttablemodel.h"

#include <QHash>

namespace Bayon {

// One KPI table of a speaker report as a spreadsheet: indicator, value, unit,
// period, change, note. Numbers are shown and typed the Uzbek way ("1 152",
// "11,2", "1,4 barobar", "+25 %"); a value that cannot be read is kept as
// typed, marked red and explained in its tooltip, never silently dropped.
// Several rows pasted from a spreadsheet (tab-separated) become one undo step.
class KpiTableModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn,
        ValueColumn,
        UnitColumn,
        PeriodColumn,
        ChangeColumn,
        NoteColumn,
        ColumnCount
    };

    explicit KpiTableModel(QObject* parent = nullptr);

    QUuid report() const { return m_reportUid; }
    int table() const { return m_table; }
    // Shows table number table of the report (-1, or a null uid: nothing).
    void setTable(const QUuid& reportUid, int table);
    // Typed and pasted text gets the right apostrophes.
    void setNormalizeApostrophes(bool on) { m_normalize = on; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Adds an empty row before row (rowCount(): at the end).
    bool addRow(int row);
    bool removeRowsAt(int first, int count);
    // Tab-separated lines from a spreadsheet, starting at a cell: rows that
    // exist are overwritten, the others added. Returns the number of cells
    // that could not be read as numbers (kept as typed, marked).
    int paste(int row, int column, const QString& text);
    // The cells holding text that is not a valid number or change.
    int invalidCellCount() const { return int(m_invalid.size()); }

signals:
    void invalidCellsChanged(int count);

protected:
    std::optional<MeetingDocument::ListRef> list() const override;
    int listSize() const override;
    void listAboutToShrink(const MeetingDocument::ListRef& list, int first, int last) override;
    void listAboutToGrow(const MeetingDocument::ListRef& list, int first, int last) override;
    void structureChanged() override;
    void headerChanged() override;

private:
    const KpiTable* currentTable() const;
    // Applies one cell's text to a row; false (and the text kept as invalid) when it cannot be
    // read.
    bool applyCell(KpiRow& row, int rowIndex, int column, const QString& text);
    QString part(int row) const;
    void setInvalid(int row, int column, const QString& text);
    void clearInvalid(int row, int column);

    QUuid m_reportUid;
    int m_table = -1;
    bool m_normalize = true;
    QHash<QPair<int, int>, QString> m_invalid;
};

} // namespace Bayon
