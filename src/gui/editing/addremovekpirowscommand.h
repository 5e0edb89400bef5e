#pragma once

#include "domain/kpitable.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// Inserts rows into a KPI table (a new row, or the rows of a paste) or removes them.
class AddRemoveKpiRowsCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRemoveKpiRowsCommand)

public:
    // For Remove, rows is ignored and count rows from first are removed.
    AddRemoveKpiRowsCommand(MeetingDocument* document, ListAction action, const QUuid& reportUid,
        int table, int first, const QList<KpiRow>& rows, int count = 0,
        QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void add();
    void remove();

    ListAction m_action;
    QUuid m_reportUid;
    int m_table;
    int m_first;
    QList<KpiRow> m_rows;
};

} // namespace Bayon
