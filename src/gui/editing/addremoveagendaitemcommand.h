#pragma once

#include "domain/agendaitem.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>

namespace Bayon {

// Adds an agenda item or removes one. Removing an item also unlinks the
// resolutions that decided on it (they stay, for the meeting as a whole), and
// undo links them again.
class AddRemoveAgendaItemCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRemoveAgendaItemCommand)

public:
    AddRemoveAgendaItemCommand(
        MeetingDocument* document, ListAction action, int index, const AgendaItem& item = {});

    void undo() override;
    void redo() override;

private:
    void add();
    void remove();

    ListAction m_action;
    int m_index;
    AgendaItem m_item;
    QList<int> m_linkedResolutions;
};

} // namespace Bayon
