#pragma once

#include "domain/enums.h"
#include "meetingrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QUuid>

namespace Bayon {

class AttachmentStore;
class AuditLog;
class FollowUpHistoryStore;
class RevisionStore;
class StatementCache;
class WriteGuard;
struct SaveContext;

// Meetings in a Bayon SQLite database. A save replaces the meeting's rows and
// its entries in the full-text index in one write transaction, after checking
// the revision; a load reads every table inside one read transaction, so it
// never sees half of another program's save.
class SqliteMeetingRepository : public MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqliteMeetingRepository)

public:
    // The stores of the lifecycle are shared with SqliteLifecycleRepository.
    struct Stores
    {
        const SaveContext& context;
        RevisionStore& revisions;
        AuditLog& audit;
        FollowUpHistoryStore& followUps;
        AttachmentStore& attachments;
    };

    SqliteMeetingRepository(StatementCache& statements, const WriteGuard& guard, Stores stores);

    Result<QList<MeetingSummary>> list() const override;
    Result<Meeting> load(qint64 id) const override;
    Result<Meeting> save(const Meeting& meeting, SaveKind kind = SaveKind::Save) override;
    Status remove(qint64 id) override;

    // For the lifecycle, inside its write transaction.
    Result<Meeting> loadInTransaction(qint64 id) const;
    // A save as save() does it, kept as a revision of `kind` by `author`.
    Result<Meeting> saveInTransaction(
        const Meeting& meeting, RevisionKind kind, const QString& author);
    // Sets the status columns; the audit line must be written first.
    Status writeStatus(
        qint64 id, MeetingStatus status, int revision, const QString& controlHash, QDate signedOn);
    // Indexes again, in one write transaction, every meeting a migration
    // marked in search_stale because the index now holds more of a meeting,
    // and clears the marks. Database::open calls it on a writable database.
    Status reindexStale();
    // "the meeting № 3 of 2025-07-10 (id 5)", for messages.
    static QString describe(const Meeting& meeting);
    static Error lockedError(const Meeting& meeting);
    Status refuseWrite() const;

private:
    struct StoredState
    {
        int revision = 0;
        MeetingStatus status = MeetingStatus::Draft;
    };
    struct FollowUpState
    {
        FollowUpStatus status = FollowUpStatus::Open;
        QString note;
    };
    Result<StoredState> storedState(qint64 id) const;
    Result<QHash<QUuid, FollowUpState>> storedFollowUps(qint64 id) const;
    Status keepFollowUpChanges(
        Meeting& stored, const QHash<QUuid, FollowUpState>& before, const QString& author);
    Status deleteChildren(qint64 meetingId);
    Status writeChildren(
        qint64 meetingId, const Meeting& meeting, QHash<QString, qint64>& personIds);
    Result<qint64> personId(
        qint64 meetingId, const Person& person, QHash<QString, qint64>& personIds);
    Status writeAgendaItem(
        qint64 meetingId, int seq, const AgendaItem& item, QHash<QString, qint64>& personIds);
    Status writeResolution(qint64 meetingId, int seq, const Resolution& resolution);
    Status writeSearchIndex(qint64 meetingId, const Meeting& meeting);

    StatementCache& m_statements;
    const WriteGuard& m_guard;
    Stores m_stores;
};

} // namespace Bayon
