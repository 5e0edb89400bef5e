// Latin ↔ Cyrillic on any text: it never crashes and never produces a broken
// UTF-16 string (a lone surrogate would print as a box or be refused by the
// PDF writer).
#include "fuzzcheck.h"
#include "text/transliterator.h"

namespace {

bool wellFormed(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    using namespace Bayon;
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    if (!wellFormed(text))
        return 0; // fromUtf8 never gives one; a guard, not a finding
    const QString cyrillic = Transliterator::toCyrillic(text);
    if (!wellFormed(cyrillic))
        Fuzz::fail("Latin to Cyrillic gives well-formed text", text);
    const QString latin = Transliterator::toLatin(text);
    if (!wellFormed(latin))
        Fuzz::fail("Cyrillic to Latin gives well-formed text", text);
    return 0;
}
