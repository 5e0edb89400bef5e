#include "bodybinding.h"

#include "gui/editor/reportmarkdown.h"
#include "text/typingreplacement.h"

#include <QKeyEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>

namespace Bayon {

BodyBinding::BodyBinding(QTextEdit* edit, QObject* parent)
    : QObject(parent)
    , m_edit(edit)
{
    edit->setUndoRedoEnabled(false);
    edit->setAcceptRichText(false);
    edit->installEventFilter(this);
    connect(edit, &QTextEdit::textChanged, this, &BodyBinding::contentsChanged);
    connect(edit, &QTextEdit::cursorPositionChanged, this,
        [this] { emit currentBlockKindChanged(currentBlockKind()); });
}

QString BodyBinding::value() const
{
    return m_edit ? ReportMarkdown::toMarkdown(*m_edit->document()) : QString();
}

void BodyBinding::setValue(const QString& markdown)
{
    if (!m_edit)
        return;
    if (value() == markdown) {
        m_lastMarkdown = markdown;
        m_lastPlain = m_edit->toPlainText();
        return;
    }
    m_updating = true;
    const int position = m_edit->textCursor().position();
    ReportMarkdown::setMarkdown(*m_edit->document(), markdown);
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(std::min(position, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(cursor);
    m_lastMarkdown = markdown;
    m_lastPlain = m_edit->toPlainText();
    m_updating = false;
}

void BodyBinding::setReadOnly(bool readOnly)
{
    if (m_edit)
        m_edit->setReadOnly(readOnly);
}

BodyBinding::BlockKind BodyBinding::currentBlockKind() const
{
    if (!m_edit)
        return BlockKind::Paragraph;
    const QTextBlock block = m_edit->textCursor().block();
    if (block.textList())
        return BlockKind::Bullet;
    return block.blockFormat().headingLevel() > 0 ? BlockKind::Heading : BlockKind::Paragraph;
}

void BodyBinding::setBlockKind(BlockKind kind)
{
    if (!m_edit || m_edit->isReadOnly())
        return;
    m_updating = true;
    QTextCursor cursor = m_edit->textCursor();
    QTextDocument* document = m_edit->document();
    const QTextBlock firstBlock = document->findBlock(cursor.selectionStart());
    const QTextBlock lastBlock = document->findBlock(cursor.selectionEnd());
    cursor.beginEditBlock();
    QTextList* list = nullptr;
    for (QTextBlock block = firstBlock; block.isValid(); block = block.next()) {
        QTextCursor at(block);
        if (QTextList* own = block.textList(); own && kind != BlockKind::Bullet) {
            own->remove(block);
            QTextBlockFormat plain = block.blockFormat();
            plain.setIndent(0);
            at.setBlockFormat(plain);
        }
        QTextBlockFormat format = block.blockFormat();
        format.setHeadingLevel(kind == BlockKind::Heading ? 2 : 0);
        at.setBlockFormat(format);
        if (kind == BlockKind::Bullet && !block.textList()) {
            if (list)
                list->add(block);
            else
                list = at.createList(QTextListFormat::ListDisc);
        }
        ReportMarkdown::applyBlockFormat(*document, block.blockNumber());
        if (block == lastBlock)
            break;
    }
    cursor.endEditBlock();
    m_updating = false;
    const QString markdown = value();
    m_lastPlain = m_edit->toPlainText();
    if (markdown != m_lastMarkdown) {
        m_lastMarkdown = markdown;
        emit edited(markdown, EditKind::Single);
    }
    emit currentBlockKindChanged(currentBlockKind());
}

bool BodyBinding::eventFilter(QObject* watched, QEvent* event)
{
    // The type first: while the editor is being destroyed it still sends events,
    // and it must not be looked at as a QTextEdit any more.
    if (event->type() == QEvent::KeyPress && watched == m_edit && !m_edit->isReadOnly()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier && currentBlockKind() == BlockKind::Heading
            && m_edit->textCursor().atBlockEnd()) {
            // After a heading comes a paragraph, not another heading.
            QTextCursor cursor = m_edit->textCursor();
            QTextCharFormat normal;
            normal.setFontWeight(QFont::Normal);
            cursor.insertBlock(QTextBlockFormat(), normal);
            m_edit->setTextCursor(cursor);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void BodyBinding::contentsChanged()
{
    if (m_updating || !m_edit)
        return;
    const QString plainBefore = m_lastPlain;
    const QString plain = m_edit->toPlainText();
    m_lastPlain = plain;
    const QString markdown = value();
    if (markdown != m_lastMarkdown) {
        m_lastMarkdown = markdown;
        emit edited(markdown, EditKind::Typing);
    }
    if (!TypingReplacement::isEnabled())
        return;
    const auto replaced = TypingReplacement::apply(plainBefore, plain);
    if (!replaced)
        return;
    // Plain-text positions are document positions: put each new character in place, keeping
    // formats.
    m_updating = true;
    QTextCursor cursor(m_edit->document());
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (replaced->at(i) == plain.at(i))
            continue;
        cursor.setPosition(int(i));
        cursor.setPosition(int(i + 1), QTextCursor::KeepAnchor);
        cursor.insertText(QString(replaced->at(i)));
    }
    cursor.endEditBlock();
    m_updating = false;
    m_lastPlain = m_edit->toPlainText();
    const QString fixed = value();
    if (fixed != m_lastMarkdown) {
        m_lastMarkdown = fixed;
        emit edited(fixed, EditKind::Single);
    }
}

} // namespace Bayon
