#pragma once

#include <QUndoCommand>

namespace Bayon {

class MeetingDocument;

// The base of every edit of a meeting: a QUndoCommand that knows its document.
class MeetingCommand : public QUndoCommand
{
public:
    explicit MeetingCommand(MeetingDocument* document, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent)
        , m_document(document)
    {
    }

protected:
    MeetingDocument* m_document;
};

} // namespace Bayon
