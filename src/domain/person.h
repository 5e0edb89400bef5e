#pragma once

#include <QString>

namespace Bayon {

// A person as the protocol prints them. A meeting keeps its own copy of each
// person it names, so a later change in the directory (a new position, a
// renamed organisation) never changes a protocol already written. directoryId
// links the copy back to the directory entry it came from (0: none).
struct Person
{
    qint64 directoryId = 0;
    QString fullName; // "Abdullayev Nodir Baxtiyorovich"
    QString shortName; // as printed: "N.Abdullayev"
    QString position; // "Kengash kotibi"
    QString organisation; // "Raqamli texnologiyalar vazirligi"

    bool isEmpty() const { return fullName.isEmpty() && shortName.isEmpty(); }
    // The name to print: the short form where there is one.
    QString printedName() const { return shortName.isEmpty() ? fullName : shortName; }

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace Bayon
