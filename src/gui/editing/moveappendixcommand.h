#pragma once

#include "gui/editing/meetingcommand.h"

#include <QCoreApplication>

namespace Bayon {

// Moves an attached document in the list; the k-th "(ilova qilinadi)" of the
// text is the k-th document, so the order is what the mentions refer to.
class MoveAppendixCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveAppendixCommand)

public:
    // to is the document's place after the move.
    MoveAppendixCommand(MeetingDocument* document, int from, int to);

    void undo() override;
    void redo() override;

private:
    int m_from;
    int m_to;
};

} // namespace Bayon
