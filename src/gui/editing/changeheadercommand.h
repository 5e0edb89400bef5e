#pragma once

#include "gui/editing/meetingcommand.h"
#include "gui/editing/meetingheader.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>

namespace Bayon {

// A change of one field of the meeting's header: council, number, date, time,
// place, form, chair, secretary, the form the protocol is printed in, or the
// opening (end time, convened by, basis, notification, members' count). Typing
// in one field merges. (The status is not an edit: it changes through
// LifecycleRepository, audited.)
class ChangeHeaderCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHeaderCommand)

public:
    enum class Field {
        Council,
        Number,
        Date,
        Time,
        Place,
        Form,
        Chair,
        Secretary,
        ProtocolForm,
        EndTime,
        ConvenedBy,
        Basis,
        Notification,
        MemberCount,
    };

    ChangeHeaderCommand(MeetingDocument* document, Field field, const MeetingHeader& after,
        EditKind kind = EditKind::Typing);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Field m_field;
    EditKind m_kind;
    MeetingHeader m_before;
    MeetingHeader m_after;
};

} // namespace Bayon
