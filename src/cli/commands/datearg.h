#pragma once

#include "text/uzbekdates.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Bayon::Cli {

// A date as typed on the command line: 2025-07-10 or "2025-yil 10-iyul".
inline std::optional<QDate> parseDateArgument(const QString& text)
{
    const QDate date = UzbekDates::parse(text.trimmed());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace Bayon::Cli
