#include "addremoveattendeecommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

AddRemoveAttendeeCommand::AddRemoveAttendeeCommand(
    MeetingDocument* document, ListAction action, int index, const Attendance& attendee)
    : MeetingCommand(document)
    , m_action(action)
    , m_index(index)
    , m_attendee(attendee)
{
    if (action == ListAction::Remove) {
        m_attendee = document->meeting().attendance.at(index);
        setText(tr("Remove attendee"));
    } else {
        setText(tr("Add attendee"));
    }
}

void AddRemoveAttendeeCommand::add()
{
    m_document->insertAttendee(m_index, m_attendee);
}

void AddRemoveAttendeeCommand::remove()
{
    m_document->removeAttendee(m_index);
}

void AddRemoveAttendeeCommand::undo()
{
    m_action == ListAction::Add ? remove() : add();
}

void AddRemoveAttendeeCommand::redo()
{
    m_action == ListAction::Add ? add() : remove();
}

} // namespace Bayon
