#include "moveagendaitemcommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

MoveAgendaItemCommand::MoveAgendaItemCommand(MeetingDocument* document, int from, int to)
    : MeetingCommand(document)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move agenda item"));
}

void MoveAgendaItemCommand::undo()
{
    m_document->moveAgendaItem(m_to, m_from);
}

void MoveAgendaItemCommand::redo()
{
    m_document->moveAgendaItem(m_from, m_to);
}

} // namespace Bayon
