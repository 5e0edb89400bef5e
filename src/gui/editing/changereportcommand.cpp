#include "changereportcommand.h"

#include "gui/editing/meetingdocument.h"

namespace Bayon {

namespace {
bool sameText(const SpeakerReport& a, const SpeakerReport& b)
{
    return a.speaker == b.speaker && a.lead == b.lead && a.body == b.body;
}
} // namespace

ChangeReportCommand::ChangeReportCommand(MeetingDocument* document, const QUuid& reportUid,
    const SpeakerReport& after, Field field, EditKind kind)
    : MeetingCommand(document)
    , m_reportUid(reportUid)
    , m_field(field)
    , m_kind(kind)
    , m_after(after)
{
    if (const SpeakerReport* current = document->report(reportUid))
        m_before = *current;
    switch (field) {
    case Field::Speaker:
        setText(tr("Change speaker"));
        break;
    case Field::Lead:
        setText(tr("Change lead sentence"));
        break;
    case Field::Body:
        setText(tr("Change report text"));
        break;
    }
}

void ChangeReportCommand::undo()
{
    m_document->setReportText(m_reportUid, m_before);
}

void ChangeReportCommand::redo()
{
    m_document->setReportText(m_reportUid, m_after);
}

int ChangeReportCommand::id() const
{
    return m_kind == EditKind::Typing ? Cmd_ChangeReport : -1;
}

bool ChangeReportCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeReportCommand*>(other);
    if (next->m_reportUid != m_reportUid || next->m_field != m_field
        || next->m_kind != EditKind::Typing)
        return false;
    m_after = next->m_after;
    setObsolete(sameText(m_after, m_before));
    return true;
}

} // namespace Bayon
