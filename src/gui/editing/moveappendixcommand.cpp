#include "moveappendixcommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

MoveAppendixCommand::MoveAppendixCommand(MeetingDocument* document, int from, int to)
    : MeetingCommand(document)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move appendix"));
}

void MoveAppendixCommand::undo()
{
    m_document->moveAppendix(m_to, m_from);
}

void MoveAppendixCommand::redo()
{
    m_document->moveAppendix(m_from, m_to);
}

} // namespace Bayon
