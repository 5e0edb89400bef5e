#include "changeappendixcommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

namespace {
int indexOf(const Meeting& meeting, const QUuid& uid)
{
    for (int i = 0; i < meeting.appendices.size(); ++i) {
        if (meeting.appendices.at(i).uid == uid)
            return i;
    }
    return -1;
}
} // namespace

ChangeAppendixCommand::ChangeAppendixCommand(
    MeetingDocument* document, Field field, const Appendix& after, EditKind kind)
    : MeetingCommand(document)
    , m_field(field)
    , m_kind(kind)
    , m_before(after)
    , m_after(after)
{
    const int index = indexOf(document->meeting(), after.uid);
    if (index >= 0)
        m_before = document->meeting().appendices.at(index);
    setText(field == Field::Title ? tr("Change appendix title") : tr("Change appendix text"));
}

void ChangeAppendixCommand::apply(const Appendix& appendix)
{
    // By uid: a move between the edits does not send it to another document.
    const int index = indexOf(m_document->meeting(), appendix.uid);
    if (index >= 0)
        m_document->setAppendix(index, appendix);
}

void ChangeAppendixCommand::undo()
{
    apply(m_before);
}

void ChangeAppendixCommand::redo()
{
    apply(m_after);
}

int ChangeAppendixCommand::id() const
{
    return m_kind == EditKind::Typing ? Cmd_ChangeAppendix : -1;
}

bool ChangeAppendixCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeAppendixCommand*>(other);
    if (next->m_field != m_field || next->m_kind != EditKind::Typing
        || next->m_after.uid != m_after.uid)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Bayon
