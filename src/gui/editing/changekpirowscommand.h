#pragma once

#include "domain/kpitable.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// A change of one or more consecutive KPI rows: a cell edited, or rows pasted over.
class ChangeKpiRowsCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeKpiRowsCommand)

public:
    ChangeKpiRowsCommand(MeetingDocument* document, const QUuid& reportUid, int table, int first,
        const QList<KpiRow>& after, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const QList<KpiRow>& rows);

    QUuid m_reportUid;
    int m_table;
    int m_first;
    QList<KpiRow> m_before;
    QList<KpiRow> m_after;
};

} // namespace Bayon
