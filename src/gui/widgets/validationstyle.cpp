#include "validationstyle.h"

#include "gui/editing/meetingdocument.h"

#include <QBrush>
#include <QWidget>

namespace Bayon {

namespace {
const QColor errorText(0xa4, 0x00, 0x0f);
const QColor errorBackground(0xfd, 0xe7, 0xe9);
const QColor warningText(0x7a, 0x4a, 0x00);
const QColor warningBackground(0xff, 0xf3, 0xcd);
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

QVariant ValidationStyle::cellData(int role, const QString& problem)
{
    if (problem.isEmpty())
        return {};
    switch (role) {
    case Qt::ToolTipRole:
        return problem;
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
        return brush(role);
    default:
        return {};
    }
}

void ValidationStyle::mark(QWidget* field, const QString& message, const QString& normalToolTip)
{
    mark(field, message, normalToolTip, false);
}

void ValidationStyle::markWarning(
    QWidget* field, const QString& message, const QString& normalToolTip)
{
    mark(field, message, normalToolTip, true);
}

void ValidationStyle::mark(
    QWidget* field, const QString& message, const QString& normalToolTip, bool warning)
{
    const bool invalid = !message.isEmpty();
    if (field->property("bayonInvalid").toBool() == (invalid && !warning)
        && field->property("bayonWarning").toBool() == (invalid && warning)
        && field->toolTip() == (invalid ? message : normalToolTip))
        return;
    field->setProperty("bayonInvalid", invalid && !warning);
    field->setProperty("bayonWarning", invalid && warning);
    field->setToolTip(invalid ? message : normalToolTip);
    QPalette palette = field->parentWidget() ? field->parentWidget()->palette() : QPalette();
    if (invalid) {
        palette.setColor(QPalette::Base, warning ? warningBackground : errorBackground);
        palette.setColor(QPalette::Text, warning ? warningText : errorText);
        // A label has no base: its text takes the colour.
        palette.setColor(QPalette::WindowText, warning ? warningText : errorText);
    }
    field->setPalette(palette);
}

} // namespace Bayon
