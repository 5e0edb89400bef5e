#include "textbinding.h"

#include "text/typingreplacement.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>

namespace Bayon {

TextBinding::TextBinding(QLineEdit* edit, QObject* parent)
    : QObject(parent)
    , m_line(edit)
{
    connect(edit, &QLineEdit::textEdited, this, &TextBinding::userEdited);
}

TextBinding::TextBinding(QPlainTextEdit* edit, QObject* parent)
    : QObject(parent)
    , m_plain(edit)
{
    edit->setUndoRedoEnabled(false);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            userEdited(m_plain->toPlainText());
    });
}

QWidget* TextBinding::widget() const
{
    return m_line ? static_cast<QWidget*>(m_line) : static_cast<QWidget*>(m_plain);
}

QString TextBinding::value() const
{
    if (m_line)
        return m_line->text();
    return m_plain ? m_plain->toPlainText() : QString();
}

void TextBinding::setReadOnly(bool readOnly)
{
    if (m_line)
        m_line->setReadOnly(readOnly);
    if (m_plain)
        m_plain->setReadOnly(readOnly);
}

void TextBinding::userEdited(const QString& text)
{
    const QString before = m_last;
    m_last = text;
    emit edited(text, EditKind::Typing);
    if (!TypingReplacement::isEnabled())
        return;
    if (const auto replaced = TypingReplacement::apply(before, text)) {
        show(*replaced);
        emit edited(*replaced, EditKind::Single);
    }
}

void TextBinding::setValue(const QString& text)
{
    if (value() == text) {
        m_last = text;
        return;
    }
    show(text);
}

void TextBinding::show(const QString& text)
{
    m_updating = true;
    m_last = text;
    if (m_line) {
        const int position = m_line->cursorPosition();
        m_line->setText(text);
        m_line->setCursorPosition(std::min<int>(position, int(text.size())));
    } else if (m_plain) {
        // Replace only the part that differs, so the cursor and the scroll stay put.
        const QString current = m_plain->toPlainText();
        qsizetype prefix = 0;
        const qsizetype shorter = std::min(current.size(), text.size());
        while (prefix < shorter && current.at(prefix) == text.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < shorter - prefix
            && current.at(current.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
            ++suffix;
        QTextCursor cursor(m_plain->document());
        cursor.setPosition(int(prefix));
        cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
        cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    }
    m_updating = false;
}

} // namespace Bayon
