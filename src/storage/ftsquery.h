#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>
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
    // What one search may ask: enough for any phrase a secretary looks for,
    // and little enough that FTS5 answers at once (a thousand prefix terms
    // took 21 s, twenty thousand did not end).
    static constexpr int maxLength = 256;
    static constexpr int maxTerms = 16;

    // An empty string when nothing searchable is left.
    static QString build(QStringView userQuery);
    // Refuses (Error::Code::Invalid) a query longer than maxLength characters
    // or with more than maxTerms words and phrases, saying so. Every search
    // (the CLI's, the editor's, the decisions register's) checks this first.
    static Status check(QStringView userQuery);

private:
    static QStringList terms(QStringView userQuery);
};

} // namespace Bayon
