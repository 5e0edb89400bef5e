#include "uzbekdates.h"

#include "apostrophes.h"
#include "icustring.h"

#include <QList>
#include <QRegularExpression>
#include <array>
#include <map>
#include <memory>
#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// Days between 1970-01-01 (ICU's epoch) and the Julian day count QDate uses.
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr double kMillisPerDay = 86400000.0;

// The official Uzbek Cyrillic names keep the soft sign of the loanword.
const std::array<const char16_t*, 12> kCyrillicMonths {
    u"январь",
    u"февраль",
    u"март",
    u"апрель",
    u"май",
    u"июнь",
    u"июль",
    u"август",
    u"сентябрь",
    u"октябрь",
    u"ноябрь",
    u"декабрь",
};

// Parse reads the spaced form: hyphens are turned into spaces before parsing.
// ParseIcuMonths also reads ICU's own Cyrillic month names (июн).
enum class Pattern { Long, OnDate, Time, Parse, ParseIcuMonths };

icu::UnicodeString patternText(Pattern pattern, Script script)
{
    const bool cyr = script == Script::Cyrillic;
    switch (pattern) {
    case Pattern::Long:
        return cyr ? u"y 'йил' d MMMM" : u"y-'yil' d-MMMM";
    case Pattern::OnDate:
        return cyr ? u"y 'йил' d MMMM 'куни'" : u"y-'yil' d-MMMM 'kuni'";
    case Pattern::Time:
        return cyr ? u"'соат' HH:mm" : u"'soat' HH:mm";
    case Pattern::Parse:
    case Pattern::ParseIcuMonths:
        return cyr ? u"y 'йил' d MMMM" : u"y 'yil' d MMMM";
    }
    return {};
}

std::unique_ptr<icu::SimpleDateFormat> makeFormat(Pattern pattern, Script script)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(script == Script::Cyrillic ? "uz_Cyrl" : "uz_Latn");
    auto format
        = std::make_unique<icu::SimpleDateFormat>(patternText(pattern, script), locale, status);
    if (U_FAILURE(status))
        return {};
    if (script == Script::Cyrillic && pattern != Pattern::ParseIcuMonths) {
        icu::DateFormatSymbols symbols(locale, status);
        std::array<icu::UnicodeString, 12> months;
        for (size_t i = 0; i < months.size(); ++i)
            months[i] = icu::UnicodeString(kCyrillicMonths[i]);
        symbols.setMonths(
            months.data(), 12, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
        symbols.setMonths(
            months.data(), 12, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::WIDE);
        if (U_FAILURE(status))
            return {};
        format->setDateFormatSymbols(symbols);
    }
    // The day of a QDate, with no time zone to shift it and no Julian calendar
    // before 1582: every date is proleptic Gregorian at UTC midnight.
    format->setTimeZone(*icu::TimeZone::getGMT());
    if (auto* gregorian = dynamic_cast<icu::GregorianCalendar*>(
            const_cast<icu::Calendar*>(format->getCalendar()))) {
        gregorian->setGregorianChange(-1.0e300, status);
    }
    format->setLenient(false);
    return format;
}

// SimpleDateFormat is not safe to share between threads: one set per thread.
icu::SimpleDateFormat* formatFor(Pattern pattern, Script script)
{
    thread_local std::map<std::pair<Pattern, Script>, std::unique_ptr<icu::SimpleDateFormat>> cache;
    auto& slot = cache[{pattern, script}];
    if (!slot)
        slot = makeFormat(pattern, script);
    return slot.get();
}

UDate toUDate(QDate date)
{
    return static_cast<double>(date.toJulianDay() - kUnixEpochJulianDay) * kMillisPerDay;
}

QString formatAt(Pattern pattern, Script script, UDate when)
{
    icu::SimpleDateFormat* format = formatFor(pattern, script);
    if (!format)
        return {};
    icu::UnicodeString out;
    format->format(when, out);
    return IcuString::fromIcu(out);
}

QDate parseWith(Pattern pattern, Script script, const icu::UnicodeString& text)
{
    icu::SimpleDateFormat* format = formatFor(pattern, script);
    if (!format)
        return {};
    icu::ParsePosition position(0);
    const UDate when = format->parse(text, position);
    if (position.getIndex() != text.length() || position.getErrorIndex() >= 0)
        return {};
    const double days = when / kMillisPerDay;
    return QDate::fromJulianDay(static_cast<qint64>(days) + kUnixEpochJulianDay);
}

} // namespace

QString UzbekDates::formatLong(QDate date, Script script)
{
    if (!date.isValid())
        return {};
    return formatAt(Pattern::Long, script, toUDate(date));
}

QString UzbekDates::formatOnDate(QDate date, Script script)
{
    if (!date.isValid())
        return {};
    return formatAt(Pattern::OnDate, script, toUDate(date));
}

QString UzbekDates::formatTime(QTime time, Script script)
{
    if (!time.isValid())
        return {};
    return formatAt(Pattern::Time, script, time.msecsSinceStartOfDay());
}

QDate UzbekDates::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    const QDate iso = QDate::fromString(trimmed, Qt::ISODate);
    if (iso.isValid())
        return iso;

    // Month names and "yil" are lower case in the patterns; a typed "2025-YIL
    // 23-IYUN" or "2025 yil 23 iyun kuni." reads the same.
    QString normal = Apostrophes::normalize(trimmed).toLower().simplified();
    static const QRegularExpression tail(u"[ ,]*(?:kuni|куни)?[ .]*$"_s);
    normal.remove(tail);
    normal.replace(u'-', u' ');
    normal = normal.simplified();
    if (normal.isEmpty())
        return {};

    static const QRegularExpression cyrillicLetter(u"\\p{Cyrillic}"_s);
    const Script script = normal.contains(cyrillicLetter) ? Script::Cyrillic : Script::Latin;
    const icu::UnicodeString source = IcuString::toIcu(normal);
    QDate date = parseWith(Pattern::Parse, script, source);
    if (!date.isValid() && script == Script::Cyrillic)
        date = parseWith(Pattern::ParseIcuMonths, script, source);
    return date;
}

} // namespace Bayon
