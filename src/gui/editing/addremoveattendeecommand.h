#pragma once

#include "domain/attendance.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>

namespace Bayon {

// Adds an attendee to the attendance or removes one.
class AddRemoveAttendeeCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRemoveAttendeeCommand)

public:
    AddRemoveAttendeeCommand(
        MeetingDocument* document, ListAction action, int index, const Attendance& attendee = {});

    void undo() override;
    void redo() override;

private:
    void add();
    void remove();

    ListAction m_action;
    int m_index;
    Attendance m_attendee;
};

} // namespace Bayon
