#pragma once

#include "meetingrepository.h"

#include <QCoreApplication>
#include <QHash>

namespace Bayon {

class StatementCache;

// Meetings in a Bayon SQLite database. A save replaces the meeting's rows and
// its entries in the full-text index in one write transaction, after checking
// the revision; a load reads every table inside one read transaction, so it
// never sees half of another program's save.
class SqliteMeetingRepository : public MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqliteMeetingRepository)

public:
    SqliteMeetingRepository(StatementCache& statements, bool readOnly);

    Result<QList<MeetingSummary>> list() const override;
    Result<Meeting> load(qint64 id) const override;
    Result<Meeting> save(const Meeting& meeting) override;
    Status remove(qint64 id) override;

private:
    Result<Meeting> loadInTransaction(qint64 id) const;
    Result<int> storedRevision(qint64 id) const;
    Status deleteChildren(qint64 meetingId);
    Status writeChildren(
        qint64 meetingId, const Meeting& meeting, QHash<QString, qint64>& personIds);
    Result<qint64> personId(
        qint64 meetingId, const Person& person, QHash<QString, qint64>& personIds);
    Status writeAgendaItem(
        qint64 meetingId, int seq, const AgendaItem& item, QHash<QString, qint64>& personIds);
    Status writeResolution(qint64 meetingId, int seq, const Resolution& resolution);
    Status writeSearchIndex(qint64 meetingId, const Meeting& meeting);
    Status refuseWrite() const;

    StatementCache& m_statements;
    bool m_readOnly;
};

} // namespace Bayon
