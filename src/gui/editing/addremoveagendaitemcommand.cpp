#include "addremoveagendaitemcommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

AddRemoveAgendaItemCommand::AddRemoveAgendaItemCommand(
    MeetingDocument* document, ListAction action, int index, const AgendaItem& item)
    : MeetingCommand(document)
    , m_action(action)
    , m_index(index)
    , m_item(item)
{
    if (action == ListAction::Remove) {
        m_item = document->meeting().agenda.at(index);
        m_linkedResolutions = document->meeting().resolutionIndexesFor(m_item.uid);
        setText(tr("Remove agenda item"));
    } else {
        setText(tr("Add agenda item"));
    }
}

void AddRemoveAgendaItemCommand::add()
{
    m_document->insertAgendaItem(m_index, m_item);
    for (const int index : std::as_const(m_linkedResolutions)) {
        Resolution resolution = m_document->meeting().resolutions.at(index);
        resolution.agendaItemUid = m_item.uid;
        m_document->setResolution(index, resolution);
    }
}

void AddRemoveAgendaItemCommand::remove()
{
    for (const int index : std::as_const(m_linkedResolutions)) {
        Resolution resolution = m_document->meeting().resolutions.at(index);
        resolution.agendaItemUid = QUuid();
        m_document->setResolution(index, resolution);
    }
    m_document->removeAgendaItem(m_index);
}

void AddRemoveAgendaItemCommand::undo()
{
    m_action == ListAction::Add ? remove() : add();
}

void AddRemoveAgendaItemCommand::redo()
{
    m_action == ListAction::Add ? add() : remove();
}

} // namespace Bayon
