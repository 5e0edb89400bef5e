#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>
#include <unordered_map>

namespace Bayon {

// The prepared statements of one connection, each compiled once and reused:
// a save runs dozens of statements, and compiling them each time would cost
// more than running them.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // The statement for sql, prepared on first use. The caller binds every
    // value, runs it, and calls finish() when it has read what it needs.
    Result<QSqlQuery*> get(const QString& sql);
    // Binds values in order to the statement for sql and runs it. On success
    // the query stands before its first row; on failure it is already finished.
    Result<QSqlQuery*> exec(
        const QString& sql, std::initializer_list<QVariant> values, const QString& doing);

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace Bayon
