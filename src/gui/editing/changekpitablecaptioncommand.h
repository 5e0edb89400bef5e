#pragma once

#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// A change of a KPI table's caption; typing merges.
class ChangeKpiTableCaptionCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeKpiTableCaptionCommand)

public:
    ChangeKpiTableCaptionCommand(MeetingDocument* document, const QUuid& reportUid, int table,
        const QString& caption, EditKind kind = EditKind::Typing);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    QUuid m_reportUid;
    int m_table;
    EditKind m_kind;
    QString m_before;
    QString m_after;
};

} // namespace Bayon
