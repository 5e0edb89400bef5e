#pragma once

#include "domain/person.h"
#include "domain/result.h"

#include <QList>

namespace Bayon {

// The directory of persons that meetings reuse: members, guests, staff.
// A Person's directoryId is its key here.
class PersonRepository
{
public:
    virtual ~PersonRepository() = default;

    // Every person, in Uzbek alphabetical order of the full name.
    virtual Result<QList<Person>> list() const = 0;
    virtual Result<Person> load(qint64 id) const = 0;
    // Inserts (directoryId 0) or updates; returns the person with its directoryId.
    virtual Result<Person> save(const Person& person) = 0;
    virtual Status remove(qint64 id) = 0;
};

} // namespace Bayon
