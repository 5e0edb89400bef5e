#include "sqlitetimebudget.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace Bayon {

namespace {
// SQLite calls the handler every this many virtual machine instructions:
// often enough to stop within milliseconds, rarely enough to cost nothing.
constexpr int instructionsPerCheck = 1000;
} // namespace

SqliteTimeBudget::SqliteTimeBudget(const QSqlDatabase& db, std::chrono::milliseconds budget)
    : m_budget(budget)
{
    // Qt's SQLite driver hands out its sqlite3* as a QVariant of that type.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.data());
    m_clock.start();
    if (m_handle)
        sqlite3_progress_handler(
            m_handle, instructionsPerCheck, &SqliteTimeBudget::onProgress, this);
}

SqliteTimeBudget::~SqliteTimeBudget()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int SqliteTimeBudget::onProgress(void* self)
{
    auto* budget = static_cast<SqliteTimeBudget*>(self);
    if (budget->m_clock.elapsed() < budget->m_budget.count())
        return 0;
    budget->m_expired = true;
    return 1; // SQLite stops the statement with SQLITE_INTERRUPT
}

} // namespace Bayon
