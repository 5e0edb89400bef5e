#pragma once

#include "domain/discussion.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// A change of an agenda item's discussion: its participants or its summary.
class ChangeDiscussionCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeDiscussionCommand)

public:
    enum class Field { Participants, Summary };

    ChangeDiscussionCommand(MeetingDocument* document, const QUuid& itemUid,
        const Discussion& after, Field field, EditKind kind = EditKind::Typing);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    QUuid m_itemUid;
    Field m_field;
    EditKind m_kind;
    Discussion m_before;
    Discussion m_after;
};

} // namespace Bayon
