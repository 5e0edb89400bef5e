#pragma once

#include "domain/meeting.h"
#include "gui/editing/meetingcommand.h"

#include <QCoreApplication>

namespace Bayon {

// A kept revision put back in the editor. The repository has already stored
// the restored text as a new revision (LifecycleRepository::restoreRevision);
// this command carries the same swap on the meeting's undo stack, so that
// Ctrl+Z puts the text from before the restore back on screen, and the
// autosave then stores that as one more revision. Nothing is rewritten in
// place: every state the user goes through stays in the history.
class RestoreRevisionCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreRevisionCommand)

public:
    // `restored` is the meeting as restoreRevision returned it.
    RestoreRevisionCommand(MeetingDocument* document, int revision, const Meeting& restored);

    void undo() override;
    void redo() override;

private:
    Meeting m_before;
    Meeting m_after;
};

} // namespace Bayon
