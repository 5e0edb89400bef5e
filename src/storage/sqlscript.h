#pragma once

#include <QStringList>
#include <QStringView>

namespace Bayon {

// Splits a migration script into the statements Qt's SQLite driver runs one at
// a time. A ';' ends a statement except inside a string, a quoted identifier, a
// comment, or the body of a CREATE TRIGGER, which ends at "END;" — the rule of
// sqlite3_complete(). As there, a CASE … END that ends a statement inside a
// trigger body must be written in parentheses.
class SqlScript
{
public:
    static QStringList statements(QStringView script);
};

} // namespace Bayon
