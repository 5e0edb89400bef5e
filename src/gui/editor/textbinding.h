#pragma once

#include "gui/editing/undocommands.h"

#include <QObject>
#include <QPointer>

class QLineEdit;
class QPlainTextEdit;

namespace Bayon {

// Ties a QLineEdit or QPlainTextEdit to one text of the meeting. What the user
// types comes out as edited(text, Typing); when the apostrophe replacement
// puts a ʻ or ʼ in, a second edited(text, Single) follows, so that the
// replacement is its own undo step. setValue() shows the document's text
// without echoing it back and keeps the cursor where it was.
class TextBinding : public QObject
{
    Q_OBJECT

public:
    explicit TextBinding(QLineEdit* edit, QObject* parent = nullptr);
    explicit TextBinding(QPlainTextEdit* edit, QObject* parent = nullptr);

    QWidget* widget() const;
    QString value() const;
    void setValue(const QString& text);
    void setReadOnly(bool readOnly);

signals:
    void edited(const QString& text, Bayon::EditKind kind);

private:
    void userEdited(const QString& text);
    void show(const QString& text);

    QPointer<QLineEdit> m_line;
    QPointer<QPlainTextEdit> m_plain;
    QString m_last;
    bool m_updating = false;
};

} // namespace Bayon
