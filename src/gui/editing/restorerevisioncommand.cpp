#include "restorerevisioncommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

RestoreRevisionCommand::RestoreRevisionCommand(
    MeetingDocument* document, int revision, const Meeting& restored)
    : MeetingCommand(document)
    , m_before(document->meeting())
    , m_after(restored)
{
    setText(tr("Restore revision %1").arg(revision));
}

void RestoreRevisionCommand::undo()
{
    m_document->setContent(m_before);
}

void RestoreRevisionCommand::redo()
{
    m_document->setContent(m_after);
}

} // namespace Bayon
