#pragma once

#include "domain/speakerreport.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// A change of a report's speaker, lead sentence or body; typing in one field merges.
class ChangeReportCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReportCommand)

public:
    enum class Field { Speaker, Lead, Body };

    // Only the speaker, lead and body of after are used.
    ChangeReportCommand(MeetingDocument* document, const QUuid& reportUid,
        const SpeakerReport& after, Field field, EditKind kind = EditKind::Typing);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    QUuid m_reportUid;
    Field m_field;
    EditKind m_kind;
    SpeakerReport m_before;
    SpeakerReport m_after;
};

} // namespace Bayon
