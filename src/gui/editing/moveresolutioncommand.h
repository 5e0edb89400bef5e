#pragma once

#include "gui/editing/meetingcommand.h"

#include <QCoreApplication>

namespace Bayon {

// Moves a resolution; the numbers 1., 2., … follow from the new order.
class MoveResolutionCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveResolutionCommand)

public:
    // to is the resolution's place after the move.
    MoveResolutionCommand(MeetingDocument* document, int from, int to);

    void undo() override;
    void redo() override;

private:
    int m_from;
    int m_to;
};

} // namespace Bayon
