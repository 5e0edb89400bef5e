#pragma once

#include "meetingsearch.h"

#include <QCoreApplication>

namespace Bayon {

class StatementCache;

// Full-text search over the FTS5 index that SqliteMeetingRepository keeps.
// Hits come best first (FTS5's bm25 rank), each with its meeting, the part it
// was found in and a snippet with the matched words in [ ].
class SqliteSearch : public MeetingSearch
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSearch)

public:
    explicit SqliteSearch(StatementCache& statements);

    Result<QList<SearchHit>> search(const QString& query, int limit = 200) const override;

private:
    StatementCache& m_statements;
};

} // namespace Bayon
