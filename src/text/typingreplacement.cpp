#include "typingreplacement.h"

#include "text/apostrophes.h"

#include <atomic>

namespace Bayon {

namespace {
std::atomic_bool enabled {true};
} // namespace

bool TypingReplacement::isEnabled()
{
    return enabled;
}

void TypingReplacement::setEnabled(bool on)
{
    enabled = on;
}

std::optional<QString> TypingReplacement::apply(const QString& before, const QString& after)
{
    const QString normalAfter = Apostrophes::normalize(after);
    if (normalAfter == after || normalAfter.size() != after.size())
        return std::nullopt;
    const QString normalBefore = Apostrophes::normalize(before);
    const bool beforeComparable = normalBefore.size() == before.size();

    // The edited region: what lies between the common prefix and the common suffix.
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
        && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    const qsizetype delta = before.size() - after.size();

    QString result = after;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (normalAfter.at(i) == after.at(i))
            continue;
        qsizetype j = -1; // the same character in the text before the edit
        if (i < prefix)
            j = i;
        else if (i >= after.size() - suffix)
            j = i + delta;
        const bool pendingBefore = j >= 0 && beforeComparable && before.at(j) == after.at(i)
            && normalBefore.at(j) != before.at(j);
        if (!pendingBefore)
            result[i] = normalAfter.at(i);
    }
    if (result == after)
        return std::nullopt;
    return result;
}

} // namespace Bayon
