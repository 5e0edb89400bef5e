#include "addremovereportcommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

AddRemoveReportCommand::AddRemoveReportCommand(MeetingDocument* document, ListAction action,
    const QUuid& itemUid, int index, const SpeakerReport& report)
    : MeetingCommand(document)
    , m_action(action)
    , m_itemUid(itemUid)
    , m_index(index)
    , m_report(report)
{
    if (action == ListAction::Remove) {
        const int item = document->agendaIndex(itemUid);
        m_report = document->meeting().agenda.at(item).reports.at(index);
        setText(tr("Remove report"));
    } else {
        setText(tr("Add report"));
    }
}

void AddRemoveReportCommand::add()
{
    m_document->insertReport(m_itemUid, m_index, m_report);
}

void AddRemoveReportCommand::remove()
{
    m_document->removeReport(m_itemUid, m_index);
}

void AddRemoveReportCommand::undo()
{
    m_action == ListAction::Add ? remove() : add();
}

void AddRemoveReportCommand::redo()
{
    m_action == ListAction::Add ? add() : remove();
}

} // namespace Bayon
