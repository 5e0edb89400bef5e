#pragma once

#include "domain/appendix.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>

namespace Bayon {

// Adds a document attached to the protocol, or removes one.
class AddRemoveAppendixCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRemoveAppendixCommand)

public:
    AddRemoveAppendixCommand(
        MeetingDocument* document, ListAction action, int index, const Appendix& appendix = {});

    void undo() override;
    void redo() override;

private:
    ListAction m_action;
    int m_index;
    Appendix m_appendix;
};

} // namespace Bayon
