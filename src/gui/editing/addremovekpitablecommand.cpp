#include "addremovekpitablecommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

AddRemoveKpiTableCommand::AddRemoveKpiTableCommand(MeetingDocument* document, ListAction action,
    const QUuid& reportUid, int index, const KpiTable& table)
    : MeetingCommand(document)
    , m_action(action)
    , m_reportUid(reportUid)
    , m_index(index)
    , m_table(table)
{
    if (action == ListAction::Remove) {
        if (const KpiTable* current = document->kpiTable(reportUid, index))
            m_table = *current;
        setText(tr("Remove KPI table"));
    } else {
        setText(tr("Add KPI table"));
    }
}

void AddRemoveKpiTableCommand::add()
{
    m_document->insertKpiTable(m_reportUid, m_index, m_table);
}

void AddRemoveKpiTableCommand::remove()
{
    m_document->removeKpiTable(m_reportUid, m_index);
}

void AddRemoveKpiTableCommand::undo()
{
    m_action == ListAction::Add ? remove() : add();
}

void AddRemoveKpiTableCommand::redo()
{
    m_action == ListAction::Add ? add() : remove();
}

} // namespace Bayon
