#include "changeheadercommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

ChangeHeaderCommand::ChangeHeaderCommand(
    MeetingDocument* document, Field field, const MeetingHeader& after, EditKind kind)
    : MeetingCommand(document)
    , m_field(field)
    , m_kind(kind)
    , m_before(document->header())
    , m_after(after)
{
    switch (field) {
    case Field::Council:
        setText(tr("Change council"));
        break;
    case Field::Number:
        setText(tr("Change number"));
        break;
    case Field::Date:
        setText(tr("Change date"));
        break;
    case Field::Time:
        setText(tr("Change time"));
        break;
    case Field::Place:
        setText(tr("Change place"));
        break;
    case Field::Form:
        setText(tr("Change form"));
        break;
    case Field::Chair:
        setText(tr("Change chair"));
        break;
    case Field::Secretary:
        setText(tr("Change secretary"));
        break;
    case Field::ProtocolForm:
        setText(tr("Change protocol form"));
        break;
    case Field::EndTime:
        setText(tr("Change end time"));
        break;
    case Field::ConvenedBy:
        setText(tr("Change who convened the meeting"));
        break;
    case Field::Basis:
        setText(tr("Change basis"));
        break;
    case Field::Notification:
        setText(tr("Change notification"));
        break;
    case Field::MemberCount:
        setText(tr("Change members' count"));
        break;
    }
}

void ChangeHeaderCommand::undo()
{
    m_document->setHeader(m_before);
}

void ChangeHeaderCommand::redo()
{
    m_document->setHeader(m_after);
}

int ChangeHeaderCommand::id() const
{
    return m_kind == EditKind::Typing ? Cmd_ChangeHeader : -1;
}

bool ChangeHeaderCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeHeaderCommand*>(other);
    if (next->m_field != m_field || next->m_kind != EditKind::Typing)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Bayon
