#pragma once

#include "gui/editor/models/documenttablemodel.h"

namespace Bayon {

// The attendance of the open meeting as a table: one row an attendee, with
// name, short name, position, organisation, role, presence and note. Edits
// become ChangeAttendeeCommands; a row without a name is marked.
class AttendanceModel : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column {
        FullNameColumn,
        ShortNameColumn,
        PositionColumn,
        OrganisationColumn,
        RoleColumn,
        PresenceColumn,
        NoteColumn,
        ColumnCount
    };

    explicit AttendanceModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    std::optional<MeetingDocument::ListRef> list() const override;
    int listSize() const override;
    void headerChanged() override;
};

} // namespace Bayon
