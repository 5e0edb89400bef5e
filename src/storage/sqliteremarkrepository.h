#pragma once

#include "remarkrepository.h"

#include <QCoreApplication>
#include <functional>

namespace Bayon {

class MeetingRepository;
class StatementCache;
class WriteGuard;
struct SaveContext;

// The remarks of a Bayon SQLite database: the table "remarks" (migration 005).
class SqliteRemarkRepository : public RemarkRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRemarkRepository)

public:
    // databaseId gives the id of this database (Database::databaseId()), which
    // a remarks file must name as the database its review copy was made from.
    SqliteRemarkRepository(StatementCache& statements, const WriteGuard& guard,
        const MeetingRepository& meetings, const SaveContext& context,
        std::function<QUuid()> databaseId);

    Result<RemarkImport> import(const QByteArray& contents) override;
    Result<QList<ImportedRemark>> list(qint64 meetingId) const override;
    Status setState(const QUuid& uid, RemarkState state) override;

private:
    StatementCache& m_statements;
    const WriteGuard& m_guard;
    const MeetingRepository& m_meetings;
    const SaveContext& m_context;
    std::function<QUuid()> m_databaseId;
};

} // namespace Bayon
