#pragma once

#include <QString>

namespace Bayon {

// Who is at the keyboard, for the audit log and the revision history when
// nobody said otherwise: $BAYON_USER, else the account's full name (the first
// field of its GECOS entry), else the login name.
class UserName
{
public:
    static QString current();
};

} // namespace Bayon
