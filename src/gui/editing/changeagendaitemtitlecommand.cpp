#include "changeagendaitemtitlecommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

ChangeAgendaItemTitleCommand::ChangeAgendaItemTitleCommand(
    MeetingDocument* document, const QUuid& itemUid, const QString& title, EditKind kind)
    : MeetingCommand(document)
    , m_itemUid(itemUid)
    , m_kind(kind)
    , m_after(title)
{
    const int index = document->agendaIndex(itemUid);
    if (index >= 0)
        m_before = document->meeting().agenda.at(index).title;
    setText(tr("Change agenda item title"));
}

void ChangeAgendaItemTitleCommand::undo()
{
    m_document->setAgendaItemTitle(m_itemUid, m_before);
}

void ChangeAgendaItemTitleCommand::redo()
{
    m_document->setAgendaItemTitle(m_itemUid, m_after);
}

int ChangeAgendaItemTitleCommand::id() const
{
    return m_kind == EditKind::Typing ? Cmd_ChangeAgendaItemTitle : -1;
}

bool ChangeAgendaItemTitleCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeAgendaItemTitleCommand*>(other);
    if (next->m_itemUid != m_itemUid || next->m_kind != EditKind::Typing)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Bayon
