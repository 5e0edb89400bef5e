#include "changekpirowscommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

ChangeKpiRowsCommand::ChangeKpiRowsCommand(MeetingDocument* document, const QUuid& reportUid,
    int table, int first, const QList<KpiRow>& after, QUndoCommand* parent)
    : MeetingCommand(document, parent)
    , m_reportUid(reportUid)
    , m_table(table)
    , m_first(first)
    , m_after(after)
{
    if (const KpiTable* current = document->kpiTable(reportUid, table))
        m_before = current->rows.mid(first, after.size());
    setText(tr("Edit KPI table"));
}

void ChangeKpiRowsCommand::apply(const QList<KpiRow>& rows)
{
    for (int i = 0; i < rows.size(); ++i)
        m_document->setKpiRow(m_reportUid, m_table, m_first + i, rows.at(i));
}

void ChangeKpiRowsCommand::undo()
{
    apply(m_before);
}

void ChangeKpiRowsCommand::redo()
{
    apply(m_after);
}

} // namespace Bayon
