#pragma once

#include "domain/vote.h"
#include "gui/editing/meetingcommand.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// A change of the vote on a resolution or on an agenda item as a whole: one
// undo step for each change the user makes in the vote editor.
class ChangeVoteCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeVoteCommand)

public:
    // What the vote belongs to; the uid names the resolution or the agenda item.
    enum class Target { Resolution, AgendaItem };

    ChangeVoteCommand(
        MeetingDocument* document, Target target, const QUuid& uid, const Vote& after);

    void undo() override;
    void redo() override;

private:
    void apply(const Vote& vote);

    Target m_target;
    QUuid m_uid;
    Vote m_before;
    Vote m_after;
};

} // namespace Bayon
