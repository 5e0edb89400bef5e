#pragma once

#include "person.h"

#include <QList>
#include <QString>

namespace Bayon {

// "Kengash aʼzolari … oʻz fikr-mulohazalarini bildirishdi": who spoke up on an
// item, and what the protocol says of it.
struct Discussion
{
    QList<Person> participants;
    QString summary;

    bool isEmpty() const { return participants.isEmpty() && summary.isEmpty(); }
    friend bool operator==(const Discussion&, const Discussion&) = default;
};

} // namespace Bayon
