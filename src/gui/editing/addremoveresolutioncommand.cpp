#include "addremoveresolutioncommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

AddRemoveResolutionCommand::AddRemoveResolutionCommand(
    MeetingDocument* document, ListAction action, int index, const Resolution& resolution)
    : MeetingCommand(document)
    , m_action(action)
    , m_index(index)
    , m_resolution(resolution)
{
    if (action == ListAction::Remove) {
        m_resolution = document->meeting().resolutions.at(index);
        setText(tr("Remove resolution"));
    } else {
        setText(tr("Add resolution"));
    }
}

void AddRemoveResolutionCommand::add()
{
    m_document->insertResolution(m_index, m_resolution);
}

void AddRemoveResolutionCommand::remove()
{
    m_document->removeResolution(m_index);
}

void AddRemoveResolutionCommand::undo()
{
    m_action == ListAction::Add ? remove() : add();
}

void AddRemoveResolutionCommand::redo()
{
    m_action == ListAction::Add ? add() : remove();
}

} // namespace Bayon
