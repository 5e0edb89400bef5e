#include "sqlitepersonrepository.h"

#include "sqlsupport.h"
#include "statementcache.h"
#include "text/uzbekcollator.h"
#include "writeguard.h"

#include <QSqlError>
#include <QSqlQuery>
using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {

Person personFrom(const QSqlQuery& row)
{
    return {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
        row.value(3).toString(), row.value(4).toString()};
}

} // namespace

SqlitePersonRepository::SqlitePersonRepository(StatementCache& statements, const WriteGuard& guard)
    : m_statements(statements)
    , m_guard(guard)
{
}

Result<QList<Person>> SqlitePersonRepository::list() const
{
    const QString doing = tr("Could not list the persons");
    const Result<QSqlQuery*> query = m_statements.exec(
        u"SELECT id, full_name, short_name, position, organisation FROM persons ORDER BY id"_s, {},
        doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    QList<Person> persons;
    while (row.next())
        persons.append(personFrom(row));
    const bool failed = row.lastError().isValid();
    Error error = failed ? SS::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return error;

    // Uzbek alphabetical order (… Z, Oʻ, Gʻ, Sh, Ch, Ng), which SQL's own
    // collation does not know; equal names stay in the order they were added.
    UzbekCollator::sortBy(persons, [](const Person& person) { return person.fullName; });
    return persons;
}

Result<Person> SqlitePersonRepository::load(qint64 id) const
{
    const QString doing = tr("Could not load the person %1").arg(id);
    const Result<QSqlQuery*> query = m_statements.exec(
        u"SELECT id, full_name, short_name, position, organisation FROM persons WHERE id = ?"_s,
        {id}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    Result<Person> person = row.next() ? Result<Person>(personFrom(row))
        : row.lastError().isValid()
        ? Result<Person>(SS::errorOf(row, doing))
        : Result<Person>(Error::notFound(tr("There is no person %1 in the directory.").arg(id)));
    row.finish();
    return person;
}

Result<Person> SqlitePersonRepository::save(const Person& person)
{
    if (const Status writable = m_guard.check(); !writable)
        return writable.error();
    if (person.fullName.trimmed().isEmpty())
        return Error::invalid(tr("A person in the directory needs a full name."));

    const QString doing = tr("Could not save %1 in the directory").arg(person.fullName);
    Person stored = person;
    if (person.directoryId == 0) {
        const Result<QSqlQuery*> insert = m_statements.exec(
            u"INSERT INTO persons (full_name, short_name, position, organisation) VALUES (?, ?, ?, ?)"_s,
            {SS::text(person.fullName), SS::text(person.shortName), SS::text(person.position),
                SS::text(person.organisation)},
            doing);
        if (!insert)
            return insert.error();
        stored.directoryId = (*insert)->lastInsertId().toLongLong();
        (*insert)->finish();
        return stored;
    }
    const Result<QSqlQuery*> update = m_statements.exec(
        u"UPDATE persons SET full_name = ?, short_name = ?, position = ?, organisation = ? WHERE id = ?"_s,
        {SS::text(person.fullName), SS::text(person.shortName), SS::text(person.position),
            SS::text(person.organisation), person.directoryId},
        doing);
    if (!update)
        return update.error();
    const int changed = (*update)->numRowsAffected();
    (*update)->finish();
    if (changed == 0)
        return Error::notFound(
            tr("There is no person %1 in the directory.").arg(person.directoryId));
    return stored;
}

Status SqlitePersonRepository::remove(qint64 id)
{
    if (const Status writable = m_guard.check(); !writable)
        return writable;
    const Result<QSqlQuery*> query = m_statements.exec(
        u"DELETE FROM persons WHERE id = ?"_s, {id}, tr("Could not delete the person %1").arg(id));
    if (!query)
        return query.error();
    const int removed = (*query)->numRowsAffected();
    (*query)->finish();
    if (removed == 0)
        return Error::notFound(tr("There is no person %1 in the directory.").arg(id));
    // Meetings keep their own copies: a protocol already written does not change.
    return {};
}

} // namespace Bayon
