#include "sqliteconnection.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return u"bayon-"_s + QString::number(++counter);
}

} // namespace

SqliteConnection::SqliteConnection()
    : m_name(newConnectionName())
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
}

SqliteConnection::~SqliteConnection()
{
    close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void SqliteConnection::close()
{
    if (m_db.isOpen())
        m_db.close();
}

} // namespace Bayon
