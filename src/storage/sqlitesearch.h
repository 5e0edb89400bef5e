#pragma once

#include "meetingsearch.h"

#include <QCoreApplication>
#include <chrono>

namespace Bayon {

class StatementCache;

// Full-text search over the FTS5 index that SqliteMeetingRepository keeps.
// Hits come best first (FTS5's bm25 rank), each with its meeting, the part it
// was found in and a snippet with the matched words in [ ]. A query over
// FtsQuery's limits is refused, and a search that runs over its time budget
// is stopped with a message.
class SqliteSearch : public MeetingSearch
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSearch)

public:
    // Long enough for any search of a real archive, short enough that a
    // window waiting on it does not look frozen.
    static constexpr std::chrono::milliseconds defaultBudget {3000};

    explicit SqliteSearch(
        StatementCache& statements, std::chrono::milliseconds budget = defaultBudget);

    Result<QList<SearchHit>> search(const QString& query, int limit = 200) const override;

private:
    StatementCache& m_statements;
    std::chrono::milliseconds m_budget;
};

} // namespace Bayon
