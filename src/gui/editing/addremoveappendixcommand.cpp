#include "addremoveappendixcommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

AddRemoveAppendixCommand::AddRemoveAppendixCommand(
    MeetingDocument* document, ListAction action, int index, const Appendix& appendix)
    : MeetingCommand(document)
    , m_action(action)
    , m_index(index)
    , m_appendix(appendix)
{
    if (action == ListAction::Remove) {
        m_appendix = document->meeting().appendices.at(index);
        setText(tr("Remove appendix"));
    } else {
        setText(tr("Add appendix"));
    }
}

void AddRemoveAppendixCommand::undo()
{
    if (m_action == ListAction::Add)
        m_document->removeAppendix(m_index);
    else
        m_document->insertAppendix(m_index, m_appendix);
}

void AddRemoveAppendixCommand::redo()
{
    if (m_action == ListAction::Add)
        m_document->insertAppendix(m_index, m_appendix);
    else
        m_document->removeAppendix(m_index);
}

} // namespace Bayon
