#pragma once

#include "domain/result.h"
#include "script.h"

#include <QString>
#include <QStringView>

namespace Bayon {

// Uzbek Latin ↔ Cyrillic through ICU transliterators built from Bayon's own
// rule files (resources/translit/), plus an exception list for loanwords that
// rules cannot know (yanvar ↔ январь, stansiya ↔ станция, subyekt ↔ субъект).
// Any text goes: a whole protocol, with numbers, punctuation, quotations and
// abbreviations. Both transliterators are built once, on first use, and may be
// used from any thread.
class Transliterator
{
public:
    // Apostrophes are normalised first, so o'zbek, o‘zbek and oʻzbek all give ўзбек.
    // Web addresses and foreign names ("Global Startup Ecosystem Index", MyID) stay in
    // Latin; dates lose the Latin hyphen: "2025-yil 23-iyun" → "2025 йил 23 июнь".
    static QString toCyrillic(QStringView latin);
    static QString toLatin(QStringView cyrillic);
    // The text in the given script: toCyrillic() or toLatin().
    static QString to(Script script, QStringView text);
    // Whether the rule files and the exception list were read and compiled. When they
    // were not, toCyrillic() and toLatin() return their input unchanged.
    static Status status();
};

} // namespace Bayon
