#include "sqltransaction.h"

#include "sqlsupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

SqlTransaction::SqlTransaction(QSqlDatabase db, Kind kind)
    : m_db(std::move(db))
    , m_kind(kind)
{
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Status SqlTransaction::begin()
{
    const QString sql = m_kind == Kind::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    if (const Status begun = SqlSupport::execDirect(m_db, sql, tr("Could not start a transaction"));
        !begun)
        return begun;
    m_open = true;
    return {};
}

Status SqlTransaction::commit()
{
    if (!m_open)
        return Error::usage(tr("There is no transaction to commit."));
    if (const Status done
        = SqlSupport::execDirect(m_db, u"COMMIT"_s, tr("Could not commit the changes"));
        !done) {
        rollback();
        return done;
    }
    m_open = false;
    return {};
}

void SqlTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery query(m_db);
    // A failed COMMIT may already have ended the transaction; nothing to report then.
    query.exec(u"ROLLBACK"_s);
}

} // namespace Bayon
