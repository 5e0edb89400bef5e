#pragma once

#include "script.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace Bayon {

// Numbers in the Uzbek way, through ICU: 1 152 (no-break space between
// thousands), 11,2 (decimal comma).
class UzbekNumbers
{
public:
    // 1152 → "1 152", 11.2 → "11,2", 16.5 → "16,5"; at most maxFractionDigits decimals, no trailing
    // zeros.
    static QString format(double value, int maxFractionDigits = 3);
    // A figure and its unit joined by a no-break space, so they never part at a
    // line end: (16.5, "mln") → "16,5 mln", (11.2, "foiz") → "11,2 foiz".
    static QString formatWithUnit(double value, QStringView unit, int maxFractionDigits = 3);
    // A growth factor: 1.4 → "1,4 barobar" (Cyrillic: "1,4 баробар"), no-break space before the
    // word.
    static QString formatFactor(double factor, Script script = Script::Latin);
    // A percentage change with its sign: 25 → "+25 %", -3.5 → "−3,5 %" (U+2212 minus,
    // no-break space before %); 0 → "0 %".
    static QString formatPercentChange(double percent);
    // Reads a number as a user types it: "1 152", "1 152" (no-break), "1152", "11,2", "-3,5".
    // Rejects the English forms that a protocol must not contain ("1,152", "11.2") and anything
    // else.
    static std::optional<double> parse(QStringView text);
};

} // namespace Bayon
