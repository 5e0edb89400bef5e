#pragma once

#include <QUndoCommand>

namespace Bayon {

class MeetingDocument;

// The base of every edit of a meeting: a QUndoCommand that knows its document
// and whether it may run on a read-only (final or signed) meeting.
class MeetingCommand : public QUndoCommand
{
public:
    explicit MeetingCommand(MeetingDocument* document, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_document(document)
    {
    }

    // Only reopening may touch a locked meeting.
    virtual bool allowedWhenReadOnly() const { return false; }

protected:
    MeetingDocument* m_document;
};

} // namespace Bayon
