#include "validationstyle.h"

#include "meetingdocument.h"

#include <QBrush>
#include <QWidget>

namespace Bayon {

namespace {
const QColor errorText(0xa4, 0x00, 0x0f);
const QColor errorBackground(0xfd, 0xe7, 0xe9);
} // namespace

QString ValidationStyle::message(
    const MeetingDocument* document, const QString& part, const QString& field)
{
    return document ? document->issue(part, field) : QString();
}

QVariant ValidationStyle::brush(int role)
{
    return role == Qt::ForegroundRole ? QBrush(errorText) : QBrush(errorBackground);
}

void ValidationStyle::mark(QWidget* field, const QString& message, const QString& normalToolTip)
{
    const bool invalid = !message.isEmpty();
    if (field->property("bayonInvalid").toBool() == invalid
        && field->toolTip() == (invalid ? message : normalToolTip))
        return;
    field->setProperty("bayonInvalid", invalid);
    field->setToolTip(invalid ? message : normalToolTip);
    QPalette palette = field->parentWidget() ? field->parentWidget()->palette() : QPalette();
    if (invalid) {
        palette.setColor(QPalette::Base, errorBackground);
        palette.setColor(QPalette::Text, errorText);
    }
    field->setPalette(palette);
}

} // namespace Bayon
