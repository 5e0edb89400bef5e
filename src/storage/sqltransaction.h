#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Bayon {

// One transaction on a connection, rolled back unless committed. Writes begin
// IMMEDIATE, so that two programs saving at once wait for each other (within
// the busy timeout) instead of failing half-way when a read turns into a write.
class SqlTransaction
{
    Q_DECLARE_TR_FUNCTIONS(SqlTransaction)

public:
    enum class Kind { Write, Read };

    explicit SqlTransaction(QSqlDatabase db, Kind kind = Kind::Write);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Kind m_kind;
    bool m_open = false;
};

} // namespace Bayon
