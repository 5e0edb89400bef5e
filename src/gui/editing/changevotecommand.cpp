#include "changevotecommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

ChangeVoteCommand::ChangeVoteCommand(
    MeetingDocument* document, Target target, const QUuid& uid, const Vote& after)
    : MeetingCommand(document)
    , m_target(target)
    , m_uid(uid)
    , m_after(after)
{
    const Meeting& meeting = document->meeting();
    if (target == Target::Resolution) {
        const int index = document->resolutionIndex(uid);
        if (index >= 0)
            m_before = meeting.resolutions.at(index).vote;
        setText(tr("Change vote on resolution"));
    } else {
        const int index = document->agendaIndex(uid);
        if (index >= 0)
            m_before = meeting.agenda.at(index).vote;
        setText(tr("Change vote on agenda item"));
    }
}

void ChangeVoteCommand::apply(const Vote& vote)
{
    if (m_target == Target::Resolution)
        m_document->setResolutionVote(m_uid, vote);
    else
        m_document->setAgendaItemVote(m_uid, vote);
}

void ChangeVoteCommand::undo()
{
    apply(m_before);
}

void ChangeVoteCommand::redo()
{
    apply(m_after);
}

} // namespace Bayon
