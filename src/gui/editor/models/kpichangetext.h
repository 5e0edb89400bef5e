#pragma once

#include "domain/kpitable.h"

#include <QStringView>
#include <optional>

namespace Bayon {

// The change column of a KPI table as the user reads and types it:
// "1,4 barobar" (also "1,4x", "x1,4", "×1,4", "1,4 marta") is a factor,
// "+25 %" (also "25%", "−3,5 %") a percentage, an empty cell no change.
class KpiChangeText
{
public:
    static QString format(const KpiChange& change);
    // nullopt when the text is none of the forms above.
    static std::optional<KpiChange> parse(QStringView text);
};

} // namespace Bayon
