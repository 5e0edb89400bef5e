#include "changediscussioncommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

ChangeDiscussionCommand::ChangeDiscussionCommand(MeetingDocument* document, const QUuid& itemUid,
    const Discussion& after, Field field, EditKind kind)
    : MeetingCommand(document)
    , m_itemUid(itemUid)
    , m_field(field)
    , m_kind(kind)
    , m_after(after)
{
    const int index = document->agendaIndex(itemUid);
    if (index >= 0)
        m_before = document->meeting().agenda.at(index).discussion;
    setText(field == Field::Participants ? tr("Change discussion participants")
                                         : tr("Change discussion summary"));
}

void ChangeDiscussionCommand::undo()
{
    m_document->setDiscussion(m_itemUid, m_before);
}

void ChangeDiscussionCommand::redo()
{
    m_document->setDiscussion(m_itemUid, m_after);
}

int ChangeDiscussionCommand::id() const
{
    return m_kind == EditKind::Typing ? Cmd_ChangeDiscussion : -1;
}

bool ChangeDiscussionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeDiscussionCommand*>(other);
    if (next->m_itemUid != m_itemUid || next->m_field != m_field
        || next->m_kind != EditKind::Typing)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Bayon
