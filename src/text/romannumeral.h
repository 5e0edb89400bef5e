#pragma once

#include <QString>

namespace Bayon {

// Agenda items are numbered I., II., III. … in the order they stand.
class RomanNumeral
{
public:
    // 1 → "I", 4 → "IV", 1994 → "MCMXCIV"; empty outside 1..3999.
    static QString fromInt(int value);
    // "XIV" → 14; 0 for anything that is not a canonical numeral.
    static int toInt(QStringView numeral);
};

} // namespace Bayon
