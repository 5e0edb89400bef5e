#pragma once

#include "councilrepository.h"

#include <QCoreApplication>
#include <optional>

namespace Bayon {

class StatementCache;
class WriteGuard;

// The bodies in a Bayon SQLite database (councils, council_members,
// council_templates). A save replaces the body's members and template and
// rewrites the template of its draft and in-review meetings in one transaction.
class SqliteCouncilRepository : public CouncilRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqliteCouncilRepository)

public:
    SqliteCouncilRepository(StatementCache& statements, const WriteGuard& guard);

    Result<QList<CouncilSummary>> list() const override;
    Result<Council> load(qint64 id) const override;
    Result<Council> save(const Council& council) override;
    Result<int> nextNumber(qint64 councilId, int year) const override;
    Result<Meeting> newMeeting(qint64 councilId, const QDate& date) const override;

    // The body's current template, or nothing when there is no such body.
    // Inside the caller's transaction (the meeting repository's).
    static Result<std::optional<ProtocolTemplate>> templateOf(
        StatementCache& statements, qint64 councilId);

private:
    Result<Council> loadInTransaction(qint64 id) const;

    StatementCache& m_statements;
    const WriteGuard& m_guard;
};

} // namespace Bayon
