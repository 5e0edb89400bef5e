#include "jsonvaluetext.h"

using namespace Qt::StringLiterals;

namespace Bayon::JsonValueText {

QString date(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString time(QTime clock)
{
    return clock.isValid() ? clock.toString(u"HH:mm"_s) : QString();
}

QString moment(const QDateTime& moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString uuid(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithBraces);
}

} // namespace Bayon::JsonValueText
