#include "sqlitesearch.h"

#include "ftsquery.h"
#include "sqlitetimebudget.h"
#include "sqlsupport.h"
#include "statementcache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

SqliteSearch::SqliteSearch(StatementCache& statements, std::chrono::milliseconds budget)
    : m_statements(statements)
    , m_budget(budget)
{
}

Result<QList<SearchHit>> SqliteSearch::search(const QString& query, int limit) const
{
    if (limit <= 0)
        return Error::usage(tr("A search needs a limit above zero."));
    if (const Status acceptable = FtsQuery::check(query); !acceptable)
        return acceptable.error();
    const QString match = FtsQuery::build(query);
    if (match.isEmpty())
        return QList<SearchHit>();
    const SqliteTimeBudget budget(m_statements.database(), m_budget);
    const auto tooLong = [&] {
        return Error::refused(
            tr("The search for “%1” took longer than %2 seconds and was stopped. Search for "
               "longer or fewer words.")
                .arg(query)
                .arg(double(m_budget.count()) / 1000.0));
    };

    const QString doing = tr("Could not search for “%1”").arg(query);
    // Rank and cut inside the index first, so that snippets are made only for
    // the hits that are returned.
    const Result<QSqlQuery*> found = m_statements.exec(uR"(
            SELECT p.meeting_id, m.number, m.date, p.part, h.snip
            FROM (SELECT rowid AS part_id, rank AS score,
                         snippet(search_index, 0, '[', ']', '…', 16) AS snip
                  FROM search_index WHERE search_index MATCH ?
                  ORDER BY rank LIMIT ?) AS h
            JOIN search_parts p ON p.id = h.part_id
            JOIN meetings m ON m.id = p.meeting_id
            ORDER BY h.score, m.date DESC, p.id)"_s,
        {match, limit}, doing);
    if (!found)
        return budget.expired() ? tooLong() : found.error();

    QSqlQuery& row = **found;
    QList<SearchHit> hits;
    while (row.next()) {
        hits.append({row.value(0).toLongLong(), row.value(1).toInt(),
            SqlSupport::toDate(row.value(2)), row.value(3).toString(), row.value(4).toString()});
    }
    const bool failed = row.lastError().isValid();
    Error error = failed ? SqlSupport::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return budget.expired() ? tooLong() : error;
    return hits;
}

} // namespace Bayon
