#pragma once

#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>
#include <QUuid>

namespace Bayon {

// A change of an agenda item's title; typing merges.
class ChangeAgendaItemTitleCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAgendaItemTitleCommand)

public:
    ChangeAgendaItemTitleCommand(MeetingDocument* document, const QUuid& itemUid,
        const QString& title, EditKind kind = EditKind::Typing);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    QUuid m_itemUid;
    EditKind m_kind;
    QString m_before;
    QString m_after;
};

} // namespace Bayon
