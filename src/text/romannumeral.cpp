#include "romannumeral.h"

#include <array>
#include <utility>

namespace Bayon {

namespace {
constexpr std::array<std::pair<int, const char16_t*>, 13> kSymbols {{
    {1000, u"M"},
    {900, u"CM"},
    {500, u"D"},
    {400, u"CD"},
    {100, u"C"},
    {90, u"XC"},
    {50, u"L"},
    {40, u"XL"},
    {10, u"X"},
    {9, u"IX"},
    {5, u"V"},
    {4, u"IV"},
    {1, u"I"},
}};
}

QString RomanNumeral::fromInt(int value)
{
    if (value < 1 || value > 3999)
        return {};
    QString numeral;
    for (const auto& [amount, symbol] : kSymbols) {
        while (value >= amount) {
            numeral += QStringView(symbol);
            value -= amount;
        }
    }
    return numeral;
}

int RomanNumeral::toInt(QStringView numeral)
{
    int value = 0;
    qsizetype pos = 0;
    for (const auto& [amount, symbol] : kSymbols) {
        const QStringView s(symbol);
        while (numeral.mid(pos).startsWith(s)) {
            value += amount;
            pos += s.size();
        }
    }
    // Only the canonical spelling counts: "IIII" or "VX" are not numerals.
    if (pos != numeral.size() || value == 0 || fromInt(value) != numeral)
        return 0;
    return value;
}

} // namespace Bayon
