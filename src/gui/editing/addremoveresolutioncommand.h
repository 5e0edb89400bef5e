#pragma once

#include "domain/resolution.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>

namespace Bayon {

// Adds a resolution or removes one; the numbers after it follow.
class AddRemoveResolutionCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRemoveResolutionCommand)

public:
    AddRemoveResolutionCommand(
        MeetingDocument* document, ListAction action, int index, const Resolution& resolution = {});

    void undo() override;
    void redo() override;

private:
    void add();
    void remove();

    ListAction m_action;
    int m_index;
    Resolution m_resolution;
};

} // namespace Bayon
