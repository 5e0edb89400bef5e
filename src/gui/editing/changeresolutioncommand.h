#pragma once

#include "domain/resolution.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// A change of one field of a resolution; typing in one field merges.
class ChangeResolutionCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeResolutionCommand)

public:
    enum class Field {
        Text,
        SubPoints,
        Kind,
        Addressee,
        Responsible,
        Deadline,
        FollowUp,
        StatusNote,
        AgendaItem
    };

    ChangeResolutionCommand(MeetingDocument* document, const QUuid& resolutionUid,
        const Resolution& after, Field field, EditKind kind = EditKind::Typing);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const Resolution& value);

    QUuid m_uid;
    Field m_field;
    EditKind m_kind;
    Resolution m_before;
    Resolution m_after;
};

} // namespace Bayon
