#pragma once

#include "domain/kpitable.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// Adds a KPI table to a report or removes one with its rows.
class AddRemoveKpiTableCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRemoveKpiTableCommand)

public:
    AddRemoveKpiTableCommand(MeetingDocument* document, ListAction action, const QUuid& reportUid,
        int index, const KpiTable& table = {});

    void undo() override;
    void redo() override;

private:
    void add();
    void remove();

    ListAction m_action;
    QUuid m_reportUid;
    int m_index;
    KpiTable m_table;
};

} // namespace Bayon
