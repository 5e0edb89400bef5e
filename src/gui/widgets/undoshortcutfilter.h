#pragma once

#include <QObject>
#include <QPointer>

class QUndoStack;

namespace Bayon {

// Text widgets keep their own undo history and take Ctrl+Z for it. In Bayon
// every edit is on the meeting's QUndoStack, so this filter keeps Undo and Redo
// away from the widgets it is installed on and hands them to the stack.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutFilter(QObject* parent = nullptr);

    void setStack(QUndoStack* stack) { m_stack = stack; }
    // Installs the filter on a widget and on the line edit inside it (spin boxes, date edits).
    void watch(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QUndoStack> m_stack;
};

} // namespace Bayon
