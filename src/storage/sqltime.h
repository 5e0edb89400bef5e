#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Bayon::SqlTime {

// Moments are stored as UTC ISO 8601 text with milliseconds
// ("2025-07-11T09:30:00.000Z"), so that they sort as text and read back equal.
inline QVariant moment(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QDateTime toMoment(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace Bayon::SqlTime
