#include "changeattendeecommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

ChangeAttendeeCommand::ChangeAttendeeCommand(
    MeetingDocument* document, int index, const Attendance& after, int column, EditKind kind)
    : MeetingCommand(document)
    , m_index(index)
    , m_column(column)
    , m_kind(kind)
    , m_before(document->meeting().attendance.at(index))
    , m_after(after)
{
    setText(tr("Change attendee"));
}

void ChangeAttendeeCommand::undo()
{
    m_document->setAttendee(m_index, m_before);
}

void ChangeAttendeeCommand::redo()
{
    m_document->setAttendee(m_index, m_after);
}

int ChangeAttendeeCommand::id() const
{
    return m_kind == EditKind::Typing ? Cmd_ChangeAttendee : -1;
}

bool ChangeAttendeeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeAttendeeCommand*>(other);
    if (next->m_index != m_index || next->m_column != m_column || next->m_kind != EditKind::Typing)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Bayon
