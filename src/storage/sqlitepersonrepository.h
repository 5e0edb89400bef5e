#pragma once

#include "personrepository.h"

#include <QCoreApplication>

namespace Bayon {

class StatementCache;

// The directory of persons in a Bayon SQLite database.
class SqlitePersonRepository : public PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlitePersonRepository)

public:
    SqlitePersonRepository(StatementCache& statements, bool readOnly);

    Result<QList<Person>> list() const override;
    Result<Person> load(qint64 id) const override;
    Result<Person> save(const Person& person) override;
    Status remove(qint64 id) override;

private:
    StatementCache& m_statements;
    bool m_readOnly;
};

} // namespace Bayon
