#pragma once

#include "gui/editing/undocommands.h"

#include <QObject>
#include <QPointer>

class QTextEdit;

namespace Bayon {

// Ties a QTextEdit to the body of a speaker report: the editor shows
// paragraphs, bold section headings and bullet lists; the report keeps them as
// its restricted Markdown. Typing comes out as edited(markdown, Typing), an
// apostrophe replacement or a change of block kind as edited(markdown, Single).
class BodyBinding : public QObject
{
    Q_OBJECT

public:
    enum class BlockKind { Paragraph, Heading, Bullet };

    explicit BodyBinding(QTextEdit* edit, QObject* parent = nullptr);

    QString value() const;
    void setValue(const QString& markdown);
    void setReadOnly(bool readOnly);
    // Makes the blocks of the selection (or the cursor's block) paragraphs, headings or bullets.
    void setBlockKind(BlockKind kind);
    BlockKind currentBlockKind() const;

signals:
    void edited(const QString& markdown, Bayon::EditKind kind);
    void currentBlockKindChanged(Bayon::BodyBinding::BlockKind kind);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void contentsChanged();

    QPointer<QTextEdit> m_edit;
    QString m_lastMarkdown;
    QString m_lastPlain;
    bool m_updating = false;
};

} // namespace Bayon
