#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <algorithm>
#include <numeric>
#include <utility>

namespace Bayon {

// Sorting in the order of the Uzbek alphabet, through ICU's collator: Latin
// … X, Y, Z, Oʻ, Gʻ, Sh, Ch, Ng; Cyrillic … Ю, Я, Ў, Қ, Ғ, Ҳ. A name sorts the same
// whichever apostrophe it was stored with (Oʻrinov, O'rinov, O‘rinov, O’rinov).
class UzbekCollator
{
public:
    // < 0, 0 or > 0 as a sorts before, with or after b.
    static int compare(QStringView a, QStringView b);
    static bool lessThan(QStringView a, QStringView b) { return compare(a, b) < 0; }
    // Bytes that compare (memcmp, QByteArray's <) as the texts collate: for keeping
    // in an index or sorting many items once.
    static QByteArray sortKey(QStringView text);

    static void sort(QStringList& texts);

    // Sorts items by the text key(item) gives, keeping the order of equal ones.
    // Each key is computed once.
    template<typename T, typename KeyFunction> static void sortBy(QList<T>& items, KeyFunction key)
    {
        QList<QByteArray> keys;
        keys.reserve(items.size());
        for (const T& item : std::as_const(items))
            keys.append(sortKey(key(item)));
        QList<qsizetype> order(items.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(),
            [&keys](qsizetype a, qsizetype b) { return keys[a] < keys[b]; });
        QList<T> sorted;
        sorted.reserve(items.size());
        for (const qsizetype index : std::as_const(order))
            sorted.append(std::move(items[index]));
        items = std::move(sorted);
    }
};

} // namespace Bayon
