#include "decisionentry.h"

namespace Bayon {

QString DecisionEntry::firstLine() const
{
    const QString source
        = text.trimmed().isEmpty() && !subPoints.isEmpty() ? subPoints.first() : text;
    return source.trimmed().section(u'\n', 0, 0).trimmed();
}

QString DecisionEntry::fullText() const
{
    QStringList lines;
    if (!text.trimmed().isEmpty())
        lines.append(text.trimmed());
    for (const QString& point : subPoints)
        lines.append(point.trimmed());
    return lines.join(u'\n');
}

} // namespace Bayon
