#pragma once

#include <QString>
#include <QStringView>
#include <unicode/unistr.h>

// Private to src/text: QString and icu::UnicodeString both hold UTF-16, so the
// conversion is a copy of code units, never a re-encoding.
namespace Bayon::IcuString {

inline icu::UnicodeString toIcu(QStringView text)
{
    return icu::UnicodeString(
        reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
}

inline QString fromIcu(const icu::UnicodeString& text)
{
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

} // namespace Bayon::IcuString
