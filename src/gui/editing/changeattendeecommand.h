#pragma once

#include "domain/attendance.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>

namespace Bayon {

// A change of one attendee's line: name, position, role, presence, note.
class ChangeAttendeeCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAttendeeCommand)

public:
    // column says which field changed, so that typing in one cell merges.
    ChangeAttendeeCommand(MeetingDocument* document, int index, const Attendance& after, int column,
        EditKind kind = EditKind::Single);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_index;
    int m_column;
    EditKind m_kind;
    Attendance m_before;
    Attendance m_after;
};

} // namespace Bayon
