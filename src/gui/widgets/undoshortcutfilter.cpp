#include "undoshortcutfilter.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QUndoStack>

namespace Bayon {

UndoShortcutFilter::UndoShortcutFilter(QObject* parent)
    : QObject(parent)
{
}

void UndoShortcutFilter::watch(QWidget* widget)
{
    widget->installEventFilter(this);
    for (QLineEdit* inner : widget->findChildren<QLineEdit*>())
        inner->installEventFilter(this);
}

bool UndoShortcutFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Not overridden: the window's Undo/Redo action takes the shortcut.
        event->ignore();
        return true;
    }
    // No action took it (a page used on its own): undo on the stack directly.
    if (m_stack)
        undo ? m_stack->undo() : m_stack->redo();
    return true;
}

} // namespace Bayon
