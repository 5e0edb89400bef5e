#include "uzbekcollator.h"

#include "apostrophes.h"
#include "icustring.h"

#include <QtDebug>
#include <memory>
#include <unicode/coll.h>
#include <unicode/tblcoll.h>

namespace Bayon {

namespace {

// ICU 72's "uz" tailoring already puts oʻ, gʻ, sh and ch after z (and reads o‘ and
// o'' as oʻ). Bayon adds the last letter of the Latin alphabet, ng, and the order of
// the Cyrillic alphabet: ё its own letter after е, and ў, қ, ғ, ҳ after я.
constexpr char16_t kExtraRules[] = u"&CH<ng<<<Ng<<<NG"
                                   u"&е<ё<<<Ё"
                                   u"&я<ў<<<Ў<қ<<<Қ<ғ<<<Ғ<ҳ<<<Ҳ";

std::unique_ptr<icu::Collator> buildPrototype()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> base(icu::Collator::createInstance(icu::Locale("uz"), status));
    if (U_FAILURE(status) || !base) {
        qCritical("Bayon: no ICU collator for Uzbek: %s", u_errorName(status));
        return {};
    }
    icu::UnicodeString rules;
    if (auto* ruleBased = dynamic_cast<icu::RuleBasedCollator*>(base.get()))
        rules = ruleBased->getRules();
    rules.append(icu::UnicodeString(kExtraRules));
    UParseError parseError {};
    status = U_ZERO_ERROR;
    icu::UnicodeString reason;
    auto tailored = std::make_unique<icu::RuleBasedCollator>(rules, parseError, reason, status);
    if (U_FAILURE(status)) {
        qCritical("Bayon: the Uzbek collation rules do not compile (%s); using ICU's own",
            u_errorName(status));
        return base;
    }
    return tailored;
}

// ICU collators must not be shared between threads: one prototype, built once,
// and a clone of it for each thread.
icu::Collator* collator()
{
    static const std::unique_ptr<icu::Collator> prototype = buildPrototype();
    thread_local std::unique_ptr<icu::Collator> perThread(prototype ? prototype->clone() : nullptr);
    return perThread.get();
}

icu::UnicodeString prepared(QStringView text)
{
    return IcuString::toIcu(Apostrophes::normalize(text));
}

} // namespace

int UzbekCollator::compare(QStringView a, QStringView b)
{
    icu::Collator* c = collator();
    if (!c) {
        const int plain = a.compare(b);
        return plain < 0 ? -1 : (plain > 0 ? 1 : 0);
    }
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = c->compare(prepared(a), prepared(b), status);
    return result == UCOL_LESS ? -1 : (result == UCOL_EQUAL ? 0 : 1);
}

QByteArray UzbekCollator::sortKey(QStringView text)
{
    icu::Collator* c = collator();
    if (!c)
        return text.toUtf8();
    const icu::UnicodeString source = prepared(text);
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed = c->getSortKey(
        source, reinterpret_cast<uint8_t*>(key.data()), static_cast<int32_t>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = c->getSortKey(source, reinterpret_cast<uint8_t*>(key.data()), needed);
    }
    // The key ends with a zero byte that ICU counts; QByteArray needs none.
    key.truncate(needed > 0 ? needed - 1 : 0);
    return key;
}

void UzbekCollator::sort(QStringList& texts)
{
    sortBy(texts, [](const QString& text) { return QStringView(text); });
}

} // namespace Bayon
