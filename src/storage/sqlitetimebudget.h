#pragma once

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <chrono>

struct sqlite3;

namespace Bayon {

// Stops the statements of one connection that run longer than a budget, so
// that a costly query (a search) ends with a message instead of holding the
// window or the command for minutes. While it lives, SQLite's progress
// handler on the connection interrupts the running statement once the
// budget is spent; the statement then fails and expired() says why.
class SqliteTimeBudget
{
public:
    SqliteTimeBudget(const QSqlDatabase& db, std::chrono::milliseconds budget);
    ~SqliteTimeBudget();
    SqliteTimeBudget(const SqliteTimeBudget&) = delete;
    SqliteTimeBudget& operator=(const SqliteTimeBudget&) = delete;

    // Whether a statement was stopped because the budget was spent.
    bool expired() const { return m_expired; }

private:
    static int onProgress(void* self);

    sqlite3* m_handle = nullptr;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_budget;
    bool m_expired = false;
};

} // namespace Bayon
