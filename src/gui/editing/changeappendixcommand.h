#pragma once

#include "domain/appendix.h"
#include "gui/editing/meetingcommand.h"
#include "gui/editing/undocommands.h"

#include <QCoreApplication>

namespace Bayon {

// A change of an attached document's title or body. Typing in one field of
// one document merges.
class ChangeAppendixCommand : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAppendixCommand)

public:
    enum class Field { Title, Body };

    ChangeAppendixCommand(MeetingDocument* document, Field field, const Appendix& after,
        EditKind kind = EditKind::Typing);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const Appendix& appendix);

    Field m_field;
    EditKind m_kind;
    Appendix m_before;
    Appendix m_after;
};

} // namespace Bayon
