#include "statementcache.h"

#include "sqlsupport.h"

#include <QCoreApplication>

namespace Bayon {

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

StatementCache::~StatementCache() = default;

Result<QSqlQuery*> StatementCache::get(const QString& sql)
{
    if (const auto found = m_queries.find(sql); found != m_queries.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return SqlSupport::errorOf(*query,
            QCoreApplication::translate("Bayon::Database", "Could not prepare a statement"));
    QSqlQuery* raw = query.get();
    m_queries.emplace(sql, std::move(query));
    return raw;
}

Result<QSqlQuery*> StatementCache::exec(
    const QString& sql, std::initializer_list<QVariant> values, const QString& doing)
{
    const Result<QSqlQuery*> prepared = get(sql);
    if (!prepared)
        return prepared;
    QSqlQuery* query = *prepared;
    int index = 0;
    for (const QVariant& value : values)
        query->bindValue(index++, value);
    if (!query->exec()) {
        Error error = SqlSupport::errorOf(*query, doing);
        query->finish();
        return error;
    }
    return query;
}

} // namespace Bayon
