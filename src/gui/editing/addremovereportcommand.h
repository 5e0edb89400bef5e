#pragma once

#include "domain/speakerreport.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// Adds a speaker report to an agenda item or removes one, with its KPI tables.
class AddRemoveReportCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRemoveReportCommand)

public:
    AddRemoveReportCommand(MeetingDocument* document, ListAction action, const QUuid& itemUid,
        int index, const SpeakerReport& report = {});

    void undo() override;
    void redo() override;

private:
    void add();
    void remove();

    ListAction m_action;
    QUuid m_itemUid;
    int m_index;
    SpeakerReport m_report;
};

} // namespace Bayon
