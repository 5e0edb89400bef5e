#pragma once

#include "gui/editor/models/documenttablemodel.h"

namespace Bayon {

// The speaker reports of one agenda item, one row a report, shown by speaker.
class ReportListModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Roles { UidRole = Qt::UserRole + 1, NumeralRole };

    explicit ReportListModel(QObject* parent = nullptr);

    QUuid agendaItem() const { return m_itemUid; }
    void setAgendaItem(const QUuid& itemUid);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    std::optional<MeetingDocument::ListRef> list() const override;
    int listSize() const override;
    void listAboutToShrink(const MeetingDocument::ListRef& list, int first, int last) override;
    void structureChanged() override;

private:
    QUuid m_itemUid;
};

} // namespace Bayon
