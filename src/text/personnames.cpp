#include "personnames.h"

#include <QStringList>

namespace Bayon {

namespace {
QString initial(const QString& name)
{
    if (name.size() >= 2) {
        const QString two = name.left(2).toLower();
        const QChar second = name.at(1);
        if (two == u"sh" || two == u"ch" || second == QChar(0x02BB) || second == u'\''
            || second == QChar(0x2018))
            return name.left(2);
    }
    return name.left(1);
}
} // namespace

QString PersonNames::shortForm(const QString& fullName)
{
    const QStringList parts = fullName.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return parts.value(0);
    return initial(parts.at(1)) + u'.' + parts.at(0);
}

} // namespace Bayon
