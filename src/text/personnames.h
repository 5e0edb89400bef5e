#pragma once

#include <QString>

namespace Bayon {

// The short form of a name as a protocol prints it: "Abdullayev Nodir
// Baxtiyorovich" (surname first, as Uzbek documents write it) → "N.Abdullayev".
// Uzbek digraphs stay whole in the initial: "Sh.Mirzayev", "Oʻ.Tojiyev".
class PersonNames
{
public:
    static QString shortForm(const QString& fullName);
};

} // namespace Bayon
