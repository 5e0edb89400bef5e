#pragma once

#include "personrepository.h"

#include <QCoreApplication>

namespace Bayon {

class StatementCache;
class WriteGuard;

// The directory of persons in a Bayon SQLite database.
class SqlitePersonRepository : public PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlitePersonRepository)

public:
    SqlitePersonRepository(StatementCache& statements, const WriteGuard& guard);

    Result<QList<Person>> list() const override;
    Result<Person> load(qint64 id) const override;
    Result<Person> save(const Person& person) override;
    Status remove(qint64 id) override;

private:
    StatementCache& m_statements;
    const WriteGuard& m_guard;
};

} // namespace Bayon
