#include "changeresolutioncommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

ChangeResolutionCommand::ChangeResolutionCommand(MeetingDocument* document,
    const QUuid& resolutionUid, const Resolution& after, Field field, EditKind kind)
    : MeetingCommand(document)
    , m_uid(resolutionUid)
    , m_field(field)
    , m_kind(kind)
    , m_after(after)
{
    const int index = document->resolutionIndex(resolutionUid);
    if (index >= 0)
        m_before = document->meeting().resolutions.at(index);
    switch (field) {
    case Field::Text:
        setText(tr("Change resolution text"));
        break;
    case Field::SubPoints:
        setText(tr("Change sub-points"));
        break;
    case Field::Kind:
        setText(tr("Change resolution kind"));
        break;
    case Field::Addressee:
        setText(tr("Change addressee"));
        break;
    case Field::Responsible:
        setText(tr("Change responsible persons"));
        break;
    case Field::Deadline:
        setText(tr("Change deadline"));
        break;
    case Field::FollowUp:
        setText(tr("Change follow-up status"));
        break;
    case Field::StatusNote:
        setText(tr("Change status note"));
        break;
    case Field::AgendaItem:
        setText(tr("Change agenda item of resolution"));
        break;
    }
}

void ChangeResolutionCommand::apply(const Resolution& value)
{
    const int index = m_document->resolutionIndex(m_uid);
    if (index >= 0)
        m_document->setResolution(index, value);
}

void ChangeResolutionCommand::undo()
{
    apply(m_before);
}

void ChangeResolutionCommand::redo()
{
    apply(m_after);
}

int ChangeResolutionCommand::id() const
{
    return m_kind == EditKind::Typing ? Cmd_ChangeResolution : -1;
}

bool ChangeResolutionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeResolutionCommand*>(other);
    if (next->m_uid != m_uid || next->m_field != m_field || next->m_kind != EditKind::Typing)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Bayon
