#pragma once

#include "gui/editor/models/documenttablemodel.h"

namespace Bayon {

// The agenda of the open meeting: one row an item, shown as "II. Title" with
// the Roman numeral derived from its place. Rows are reordered by drag and
// drop or by the editor's move actions, through MoveAgendaItemCommand.
class AgendaModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Roles { NumeralRole = Qt::UserRole + 1, UidRole };

    explicit AgendaModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Moves the item at from to its place to; false when out of range or read-only.
    bool move(int from, int to);

protected:
    std::optional<MeetingDocument::ListRef> list() const override;
    int listSize() const override;
    void structureChanged() override;
    void headerChanged() override;
    bool pushMove(int from, int to) override;
};

} // namespace Bayon
