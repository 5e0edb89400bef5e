#pragma once

#include "gui/editing/meetingcommand.h"

#include <QCoreApplication>

namespace Bayon {

// Moves an agenda item; the Roman numerals follow from the new order.
class MoveAgendaItemCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveAgendaItemCommand)

public:
    // to is the item's place after the move.
    MoveAgendaItemCommand(MeetingDocument* document, int from, int to);

    void undo() override;
    void redo() override;

private:
    int m_from;
    int m_to;
};

} // namespace Bayon
