#pragma once

#include <QString>
#include <optional>

namespace Bayon::Cli {

// A meeting id as typed on the command line: a positive whole number.
inline std::optional<qint64> parseMeetingId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace Bayon::Cli
