#include "uzbeknumbers.h"

#include "icustring.h"

#include <QRegularExpression>
#include <memory>
#include <unicode/numberformatter.h>
#include <unicode/numfmt.h>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

constexpr QChar kNoBreakSpace(u'\u00A0');

const icu::Locale& uzbek()
{
    static const icu::Locale locale("uz");
    return locale;
}

// Formatters are immutable and thread-safe once built; one per precision.
const icu::number::LocalizedNumberFormatter& formatter(int maxFractionDigits)
{
    constexpr int kMaxDigits = 6;
    static const auto formatters = [] {
        std::array<icu::number::LocalizedNumberFormatter, kMaxDigits + 1> all;
        for (int digits = 0; digits <= kMaxDigits; ++digits) {
            all[digits] = icu::number::NumberFormatter::withLocale(uzbek())
                              .precision(icu::number::Precision::maxFraction(digits))
                              .roundingMode(UNUM_ROUND_HALFUP)
                              .sign(UNUM_SIGN_NEGATIVE);
        }
        return all;
    }();
    return formatters[std::clamp(maxFractionDigits, 0, kMaxDigits)];
}

// A change always shows its sign, with a true minus (U+2212) as print wants it.
const icu::number::LocalizedNumberFormatter& changeFormatter()
{
    static const icu::number::LocalizedNumberFormatter instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        icu::DecimalFormatSymbols symbols(uzbek(), status);
        symbols.setSymbol(icu::DecimalFormatSymbols::kMinusSignSymbol, u"\u2212");
        symbols.setSymbol(icu::DecimalFormatSymbols::kPlusSignSymbol, u"+");
        return icu::number::NumberFormatter::withLocale(uzbek())
            .precision(icu::number::Precision::maxFraction(2))
            .roundingMode(UNUM_ROUND_HALFUP)
            .sign(UNUM_SIGN_EXCEPT_ZERO)
            .symbols(symbols);
    }();
    return instance;
}

QString formatWith(const icu::number::LocalizedNumberFormatter& f, double value)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = f.formatDouble(value, status).toString(status);
    if (U_FAILURE(status))
        return QString::number(value);
    return IcuString::fromIcu(text);
}

} // namespace

QString UzbekNumbers::format(double value, int maxFractionDigits)
{
    return formatWith(formatter(maxFractionDigits), value);
}

QString UzbekNumbers::formatWithUnit(double value, QStringView unit, int maxFractionDigits)
{
    if (unit.isEmpty())
        return format(value, maxFractionDigits);
    return format(value, maxFractionDigits) % kNoBreakSpace % unit;
}

QString UzbekNumbers::formatFactor(double factor, Script script)
{
    return formatWithUnit(factor, script == Script::Cyrillic ? u"баробар" : u"barobar", 2);
}

QString UzbekNumbers::formatPercentChange(double percent)
{
    return formatWith(changeFormatter(), percent) % kNoBreakSpace % u'%';
}

std::optional<double> UzbekNumbers::parse(QStringView text)
{
    // Groups of three after a space of any kind (or none), a decimal comma.
    static const QRegularExpression form(
        u"^([+\\-\u2212]?)([0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+|[0-9]+)(?:,([0-9]+))?$"_s);
    const QString trimmed = text.trimmed().toString();
    const QRegularExpressionMatch match = form.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const QString whole = match.captured(2);
    const QString fraction = match.captured(3);
    // "1,152" is how English writes a thousand and more: a protocol must not
    // carry it, and reading it as 1.152 would silently change the figure.
    if (fraction.size() == 3 && whole.size() <= 3 && !whole.startsWith(u'0'))
        return std::nullopt;

    QString plain = match.captured(1).isEmpty() || match.captured(1) == u"+"_s ? QString() : u"-"_s;
    for (const QChar c : whole) {
        if (c.isDigit())
            plain.append(c);
    }
    if (!fraction.isEmpty())
        plain += u',' + fraction;

    thread_local std::unique_ptr<icu::NumberFormat> reader = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::NumberFormat> nf(icu::NumberFormat::createInstance(uzbek(), status));
        if (U_FAILURE(status))
            return std::unique_ptr<icu::NumberFormat>();
        nf->setGroupingUsed(false);
        nf->setParseIntegerOnly(false);
        return nf;
    }();
    if (!reader)
        return std::nullopt;
    const icu::UnicodeString source = IcuString::toIcu(plain);
    icu::Formattable result;
    icu::ParsePosition position(0);
    reader->parse(source, result, position);
    if (position.getIndex() != source.length())
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const double value = result.getDouble(status);
    if (U_FAILURE(status))
        return std::nullopt;
    return value;
}

} // namespace Bayon
