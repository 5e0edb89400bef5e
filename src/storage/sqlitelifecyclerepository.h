#pragma once

#include "lifecyclerepository.h"
#include "sqlitemeetingrepository.h"

#include <QCoreApplication>

namespace Bayon {

class StatementCache;

// The lifecycle in a Bayon SQLite database. Each change runs in one write
// transaction: its audit line first, then the change (which the schema's
// triggers check against that line), then the revision it makes.
class SqliteLifecycleRepository : public LifecycleRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqliteLifecycleRepository)

public:
    SqliteLifecycleRepository(StatementCache& statements, SqliteMeetingRepository& meetings,
        SqliteMeetingRepository::Stores stores);

    Result<LifecycleState> state(qint64 meetingId) const override;
    Result<Meeting> transition(qint64 meetingId, MeetingStatus to, const QString& note,
        const QString& user = {}, QDate signedOn = {}) override;
    Result<Meeting> reopen(
        qint64 meetingId, const QString& reason, const QString& user = {}) override;
    Result<MeetingHistory> history(qint64 meetingId) const override;
    Result<Meeting> loadRevision(qint64 meetingId, int revision) const override;
    Result<Meeting> restoreRevision(
        qint64 meetingId, int revision, const QString& user = {}) override;
    Result<Meeting> setFollowUp(qint64 meetingId, const QUuid& resolutionUid, FollowUpStatus status,
        const QString& note, const QString& user = {}, QDate date = {}) override;
    Result<Attachment> attach(qint64 meetingId, const QString& name, const QByteArray& data,
        const QString& mimeType = {}, const QString& user = {}) override;
    Result<QList<Attachment>> attachments(qint64 meetingId) const override;
    Result<QList<AttachmentSummary>> attachmentSummaries(qint64 meetingId) const override;
    Status removeAttachment(
        qint64 meetingId, const QString& sha256, const QString& user = {}) override;
    Result<ControlCheck> verify(qint64 meetingId) const override;
    Result<QList<ControlCodeMatch>> findControlCode(const QString& code) const override;

private:
    Result<LifecycleState> stateInTransaction(qint64 meetingId) const;
    Result<Meeting> reopenInTransaction(
        const Meeting& current, const QString& reason, const QString& user);
    Result<Meeting> changeStatus(const Meeting& current, MeetingStatus to, AuditAction action,
        const QString& note, const QString& user, const QString& controlHash, QDate signedOn);

    StatementCache& m_statements;
    SqliteMeetingRepository& m_meetings;
    SqliteMeetingRepository::Stores m_stores;
};

} // namespace Bayon
