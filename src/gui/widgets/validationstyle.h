#pragma once

#include <QCoreApplication>
#include <QVariant>

class QWidget;

namespace Bayon {

class MeetingDocument;

// How the editor shows what MeetingValidator finds: a red text and a pale red
// background on the cell or field at fault, and the message in its tooltip;
// never a popup. A warning (no quorum), which stops nothing, is amber instead.
class ValidationStyle
{
    Q_DECLARE_TR_FUNCTIONS(ValidationStyle)

public:
    static QString message(
        const MeetingDocument* document, const QString& part, const QString& field);
    // For Qt::ForegroundRole or Qt::BackgroundRole.
    static QVariant brush(int role);
    // What a model's cell at fault shows, the same in every model: the problem
    // for Qt::ToolTipRole, the colours for Qt::ForegroundRole and
    // Qt::BackgroundRole. Nothing (an invalid QVariant) for a cell without a
    // problem or another role: a model asks here first and answers the rest.
    static QVariant cellData(int role, const QString& problem);
    // Marks a form field: the message becomes its tooltip, the colours its palette.
    // An empty message clears the mark and restores the normal tooltip.
    static void mark(QWidget* field, const QString& message, const QString& normalToolTip = {});
    // The same in amber, for a warning; on a label, its text is coloured.
    static void markWarning(
        QWidget* field, const QString& message, const QString& normalToolTip = {});

private:
    static void mark(
        QWidget* field, const QString& message, const QString& normalToolTip, bool warning);
};

} // namespace Bayon
