#pragma once

#include <QString>
#include <QStringView>

namespace Bayon {

// Turns what a user typed into a safe FTS5 query. The text is normalised as
// the indexed text is (apostrophes), each word becomes a quoted term so that
// FTS5's own syntax (AND, OR, NOT, NEAR, -, ^, :, parentheses) is only ever
// searched for, never interpreted. A word ending in * stays a prefix search,
// and words in "double quotes" stay a phrase. All terms must match.
class FtsQuery
{
public:
    // An empty string when nothing searchable is left.
    static QString build(QStringView userQuery);
};

} // namespace Bayon
