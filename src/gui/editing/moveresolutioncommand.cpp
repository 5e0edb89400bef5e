#include "moveresolutioncommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

MoveResolutionCommand::MoveResolutionCommand(MeetingDocument* document, int from, int to)
    : MeetingCommand(document)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move resolution"));
}

void MoveResolutionCommand::undo()
{
    m_document->moveResolution(m_to, m_from);
}

void MoveResolutionCommand::redo()
{
    m_document->moveResolution(m_from, m_to);
}

} // namespace Bayon
