#include "changekpitablecaptioncommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

ChangeKpiTableCaptionCommand::ChangeKpiTableCaptionCommand(MeetingDocument* document,
    const QUuid& reportUid, int table, const QString& caption, EditKind kind)
    : MeetingCommand(document)
    , m_reportUid(reportUid)
    , m_table(table)
    , m_kind(kind)
    , m_after(caption)
{
    if (const KpiTable* current = document->kpiTable(reportUid, table))
        m_before = current->caption;
    setText(tr("Change table caption"));
}

void ChangeKpiTableCaptionCommand::undo()
{
    m_document->setKpiTableCaption(m_reportUid, m_table, m_before);
}

void ChangeKpiTableCaptionCommand::redo()
{
    m_document->setKpiTableCaption(m_reportUid, m_table, m_after);
}

int ChangeKpiTableCaptionCommand::id() const
{
    return m_kind == EditKind::Typing ? Cmd_ChangeKpiTableCaption : -1;
}

bool ChangeKpiTableCaptionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeKpiTableCaptionCommand*>(other);
    if (next->m_reportUid != m_reportUid || next->m_table != m_table
        || next->m_kind != EditKind::Typing)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Bayon
