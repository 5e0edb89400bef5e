#include "reviewcopybanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Bayon {

ReviewCopyBanner::ReviewCopyBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewCopyBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Blue, not the yellow of a locked meeting: this is about the whole file.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xdd, 0xeb, 0xf7));
    colours.setColor(QPalette::WindowText, QColor(0x0b, 0x2a, 0x4a));
    setPalette(colours);
    m_label->setObjectName(QStringLiteral("reviewCopyLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label);
    hide();
}

void ReviewCopyBanner::setIdentity(const std::optional<ReviewCopyIdentity>& copy)
{
    m_copy = copy;
    refresh();
}

QString ReviewCopyBanner::text() const
{
    return m_label->text();
}

QString ReviewCopyBanner::describe(const ReviewCopyIdentity& copy)
{
    const QString format = QStringLiteral("dd.MM.yyyy");
    const QString from = copy.from.toString(format);
    const QString to = copy.to.toString(format);
    const QString period = copy.from == copy.to ? from : tr("%1 – %2").arg(from, to);
    const QString made = copy.madeAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    const QString council = copy.council.isEmpty() ? tr("(no council named)") : copy.council;
    return copy.madeBy.isEmpty()
        ? tr("Review copy of %1: %n meeting(s) of %2, made on %3.", nullptr, copy.meetingCount)
              .arg(council, period, made)
        : tr(
            "Review copy of %1: %n meeting(s) of %2, made on %3 by %4.", nullptr, copy.meetingCount)
              .arg(council, period, made, copy.madeBy);
}

void ReviewCopyBanner::refresh()
{
    setVisible(m_copy.has_value());
    if (!m_copy) {
        m_label->clear();
        return;
    }
    if (!m_copy->sealHolds) {
        // Red: what it shows is not what the secretary sent.
        QPalette colours = palette();
        colours.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xda));
        colours.setColor(QPalette::WindowText, QColor(0x58, 0x15, 0x1c));
        setPalette(colours);
        m_label->setText(describe(*m_copy) + u' '
            + tr("This copy was changed after it was packed: its content no longer has its "
                 "seal, so what it shows may not be what the secretary sent. Ask for a new "
                 "copy."));
        return;
    }
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xdd, 0xeb, 0xf7));
    colours.setColor(QPalette::WindowText, QColor(0x0b, 0x2a, 0x4a));
    setPalette(colours);
    m_label->setText(describe(*m_copy) + u' '
        + tr("It opens read-only: nothing in it can be changed. Remarks on a meeting in review "
             "are kept on this computer and sent with File ▸ Send remarks…"));
}

void ReviewCopyBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace Bayon
