#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Bayon {

// One QSQLITE connection of its own, under a name no other has, removed from
// Qt's registry when it goes: no two owners ever share one and none outlives
// its owner.
class SqliteConnection
{
public:
    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    QSqlDatabase& db() { return m_db; }
    // Closes the connection now (the file can then be renamed or removed).
    void close();

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace Bayon
