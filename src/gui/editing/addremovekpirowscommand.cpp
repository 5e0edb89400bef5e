#include "addremovekpirowscommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

AddRemoveKpiRowsCommand::AddRemoveKpiRowsCommand(MeetingDocument* document, ListAction action,
    const QUuid& reportUid, int table, int first, const QList<KpiRow>& rows, int count,
    QUndoCommand* parent)
    : MeetingCommand(document, parent)
    , m_action(action)
    , m_reportUid(reportUid)
    , m_table(table)
    , m_first(first)
    , m_rows(rows)
{
    if (action == ListAction::Remove) {
        m_rows.clear();
        if (const KpiTable* current = document->kpiTable(reportUid, table))
            m_rows = current->rows.mid(first, count);
        setText(tr("Remove KPI rows"));
    } else {
        setText(tr("Add KPI rows"));
    }
}

void AddRemoveKpiRowsCommand::add()
{
    m_document->insertKpiRows(m_reportUid, m_table, m_first, m_rows);
}

void AddRemoveKpiRowsCommand::remove()
{
    m_document->removeKpiRows(m_reportUid, m_table, m_first, int(m_rows.size()));
}

void AddRemoveKpiRowsCommand::undo()
{
    m_action == ListAction::Add ? remove() : add();
}

void AddRemoveKpiRowsCommand::redo()
{
    m_action == ListAction::Add ? add() : remove();
}

} // namespace Bayon
