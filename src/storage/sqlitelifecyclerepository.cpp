#include "sqlitelifecyclerepository.h"

#include "attachmentstore.h"
#include "auditlog.h"
#include "domain/meetingvalidator.h"
#include "domain/statusworkflow.h"
#include "followuphistorystore.h"
#include "interchange/controlcode.h"
#include "revisionstore.h"
#include "savecontext.h"
#include "sqlsupport.h"
#include "sqltransaction.h"
#include "statementcache.h"

#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {

// Runs `work` in one write transaction, committed when it succeeds.
template<typename T, typename Work>
Result<T> inWriteTransaction(StatementCache& statements, Work work)
{
    SqlTransaction transaction(statements.database());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<T> result = work();
    if (!result)
        return result;
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

template<typename T, typename Work>
Result<T> inReadTransaction(StatementCache& statements, Work work)
{
    SqlTransaction transaction(statements.database(), SqlTransaction::Kind::Read);
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<T> result = work();
    transaction.rollback();
    return result;
}

} // namespace

SqliteLifecycleRepository::SqliteLifecycleRepository(StatementCache& statements,
    SqliteMeetingRepository& meetings, SqliteMeetingRepository::Stores stores)
    : m_statements(statements)
    , m_meetings(meetings)
    , m_stores(stores)
{
}

Result<LifecycleState> SqliteLifecycleRepository::stateInTransaction(qint64 meetingId) const
{
    const QString doing = tr("Could not read the status of the meeting %1").arg(meetingId);
    const Result<QSqlQuery*> query = m_statements.exec(
        u"SELECT status, revision, control_hash, signed_on FROM meetings WHERE id = ?"_s,
        {meetingId}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    if (const Status found = SS::firstMeetingRow(row, meetingId, doing); !found)
        return found.error();
    LifecycleState state;
    state.meetingId = meetingId;
    const std::optional<MeetingStatus> status = enumFromKey<MeetingStatus>(row.value(0).toString());
    state.revision = row.value(1).toInt();
    state.controlHash = row.value(2).toString();
    state.controlCode = ControlCode::fromHash(state.controlHash);
    state.signedOn = SS::toDate(row.value(3));
    const QString statusText = row.value(0).toString();
    row.finish();
    if (!status)
        return Error::failed(
            tr("The database holds an unknown status “%1”; it may come from a newer Bayon.")
                .arg(statusText));
    state.status = *status;
    return state;
}

Result<LifecycleState> SqliteLifecycleRepository::state(qint64 meetingId) const
{
    return inReadTransaction<LifecycleState>(
        m_statements, [&] { return stateInTransaction(meetingId); });
}

Result<Meeting> SqliteLifecycleRepository::changeStatus(const Meeting& current, MeetingStatus to,
    AuditAction action, const QString& note, const QString& user, const QString& controlHash,
    QDate signedOn)
{
    Meeting changed = current;
    changed.status = to;
    changed.revision = current.revision + 1;

    AuditEntry line;
    line.at = m_stores.context.now();
    line.user = user;
    line.action = action;
    line.from = current.status;
    line.to = to;
    line.revision = changed.revision;
    line.note = note.trimmed();
    if (to == MeetingStatus::Final)
        line.controlHash = controlHash;
    // The line goes first: the trigger on meetings.status looks for it.
    if (const Status logged = m_stores.audit.append(current.id, line, ControlCode::hash(changed));
        !logged)
        return logged.error();
    if (const Status set
        = m_meetings.writeStatus(current.id, to, changed.revision, controlHash, signedOn);
        !set)
        return set.error();
    const RevisionKind kind
        = action == AuditAction::Reopen ? RevisionKind::Reopen : RevisionKind::Transition;
    if (const Status kept = m_stores.revisions.record(changed, kind, user); !kept)
        return kept.error();
    return changed;
}

Result<Meeting> SqliteLifecycleRepository::reopenInTransaction(
    const Meeting& current, const QString& reason, const QString& user)
{
    if (const Status allowed = StatusWorkflow::checkReopening(current.status, reason); !allowed)
        return allowed.error();
    return changeStatus(current, MeetingStatus::Draft, AuditAction::Reopen, reason, user, {}, {});
}

Result<Meeting> SqliteLifecycleRepository::transition(
    qint64 meetingId, MeetingStatus to, const QString& note, const QString& user, QDate signedOn)
{
    if (const Status writable = m_meetings.refuseWrite(); !writable)
        return writable.error();
    const QString author = m_stores.context.userOr(user);
    return inWriteTransaction<Meeting>(m_statements, [&]() -> Result<Meeting> {
        const Result<Meeting> current = m_meetings.loadInTransaction(meetingId);
        if (!current)
            return current;
        if (StatusWorkflow::isReopening(current->status, to))
            return reopenInTransaction(*current, note, author);
        if (const Status allowed = StatusWorkflow::checkTransition(current->status, to); !allowed)
            return allowed.error();

        const Result<LifecycleState> state = stateInTransaction(meetingId);
        if (!state)
            return state.error();
        QString hash;
        QDate signedDay;
        if (to == MeetingStatus::Final) {
            // Warnings (no quorum) are printed in the protocol and stop nothing.
            QList<ValidationIssue> issues = MeetingValidator::validate(*current);
            issues.removeIf([](const ValidationIssue& issue) { return issue.isWarning(); });
            if (!issues.isEmpty()) {
                QStringList first;
                for (const ValidationIssue& issue : issues.mid(0, 3))
                    first.append(issue.part + u": "_s + issue.message);
                return Error::refused(
                    tr("%1 cannot be finalised: %n thing(s) to fix first (%2).", nullptr,
                        int(issues.size()))
                        .arg(SqliteMeetingRepository::describe(*current), first.join(u"; "_s)));
            }
            hash = ControlCode::hash(*current);
        } else if (to == MeetingStatus::Signed) {
            // What is signed must be what was finalised.
            hash = state->controlHash;
            if (hash.isEmpty())
                return Error::refused(
                    tr("%1 has no control code: it was finalised before Bayon kept one. Reopen "
                       "it and finalise it again, then sign it.")
                        .arg(SqliteMeetingRepository::describe(*current)));
            if (hash != ControlCode::hash(*current))
                return Error::refused(
                    tr("%1 cannot be signed: its stored protocol no longer matches the control "
                       "code it was finalised with. Check it with verify, and reopen and "
                       "finalise it again.")
                        .arg(SqliteMeetingRepository::describe(*current)));
            signedDay = signedOn.isValid() ? signedOn : m_stores.context.now().toLocalTime().date();
        }
        return changeStatus(*current, to, AuditAction::Transition, note, author, hash, signedDay);
    });
}

Result<Meeting> SqliteLifecycleRepository::reopen(
    qint64 meetingId, const QString& reason, const QString& user)
{
    if (const Status writable = m_meetings.refuseWrite(); !writable)
        return writable.error();
    const QString author = m_stores.context.userOr(user);
    return inWriteTransaction<Meeting>(m_statements, [&]() -> Result<Meeting> {
        const Result<Meeting> current = m_meetings.loadInTransaction(meetingId);
        if (!current)
            return current;
        return reopenInTransaction(*current, reason, author);
    });
}

Result<MeetingHistory> SqliteLifecycleRepository::history(qint64 meetingId) const
{
    return inReadTransaction<MeetingHistory>(m_statements, [&]() -> Result<MeetingHistory> {
        if (const Result<LifecycleState> exists = stateInTransaction(meetingId); !exists)
            return exists.error();
        MeetingHistory history;
        auto revisions = m_stores.revisions.list(meetingId);
        if (!revisions)
            return revisions.error();
        auto audit = m_stores.audit.list(meetingId);
        if (!audit)
            return audit.error();
        history.revisions = std::move(revisions).value();
        history.audit = std::move(audit).value();
        return history;
    });
}

Result<Meeting> SqliteLifecycleRepository::loadRevision(qint64 meetingId, int revision) const
{
    return inReadTransaction<Meeting>(m_statements, [&]() -> Result<Meeting> {
        if (const Result<LifecycleState> exists = stateInTransaction(meetingId); !exists)
            return exists.error();
        Result<Meeting> kept = m_stores.revisions.load(meetingId, revision);
        if (!kept)
            return kept;
        auto attachments = m_stores.attachments.load(meetingId);
        if (!attachments)
            return attachments.error();
        Meeting meeting = std::move(kept).value();
        meeting.attachments = std::move(attachments).value();
        return meeting;
    });
}

Result<Meeting> SqliteLifecycleRepository::restoreRevision(
    qint64 meetingId, int revision, const QString& user)
{
    if (const Status writable = m_meetings.refuseWrite(); !writable)
        return writable.error();
    const QString author = m_stores.context.userOr(user);
    return inWriteTransaction<Meeting>(m_statements, [&]() -> Result<Meeting> {
        const Result<Meeting> current = m_meetings.loadInTransaction(meetingId);
        if (!current)
            return current;
        if (current->isLocked())
            return SqliteMeetingRepository::lockedError(*current);
        const Result<Meeting> kept = m_stores.revisions.load(meetingId, revision);
        if (!kept)
            return kept;

        Meeting restored = *kept;
        restored.id = current->id;
        restored.revision = current->revision;
        restored.status = current->status;
        restored.attachments = current->attachments;
        // The follow-up is not the text: it stays as it is now.
        for (Resolution& resolution : restored.resolutions) {
            for (const Resolution& now : current->resolutions) {
                if (now.uid == resolution.uid) {
                    resolution.followUpStatus = now.followUpStatus;
                    resolution.statusNote = now.statusNote;
                    resolution.followUpHistory = now.followUpHistory;
                }
            }
        }
        AuditEntry line;
        line.at = m_stores.context.now();
        line.user = author;
        line.action = AuditAction::Restore;
        line.revision = current->revision + 1;
        line.note = tr("revision %1 restored").arg(revision);
        if (const Status logged
            = m_stores.audit.append(meetingId, line, ControlCode::hash(restored));
            !logged)
            return logged.error();
        return m_meetings.saveInTransaction(restored, RevisionKind::Restore, author);
    });
}

Result<Meeting> SqliteLifecycleRepository::setFollowUp(qint64 meetingId, const QUuid& resolutionUid,
    FollowUpStatus status, const QString& note, const QString& user, QDate date)
{
    if (const Status writable = m_meetings.refuseWrite(); !writable)
        return writable.error();
    const QString author = m_stores.context.userOr(user);
    return inWriteTransaction<Meeting>(m_statements, [&]() -> Result<Meeting> {
        const QString doing = tr("Could not change the follow-up of the resolution");
        const Result<LifecycleState> state = stateInTransaction(meetingId);
        if (!state)
            return state.error();
        const Result<QSqlQuery*> update = m_statements.exec(uR"(
                UPDATE resolutions SET follow_up_status = ?, status_note = ?
                WHERE meeting_id = ? AND uid = ?)"_s,
            {enumKey(status), SS::text(note), meetingId, SS::uuid(resolutionUid)}, doing);
        if (!update)
            return update.error();
        const int changed = (*update)->numRowsAffected();
        (*update)->finish();
        if (changed == 0)
            return Error::notFound(tr("The meeting %1 has no resolution %2.")
                                       .arg(meetingId)
                                       .arg(resolutionUid.toString(QUuid::WithoutBraces)));
        const QDateTime now = m_stores.context.now();
        const FollowUpEntry entry {
            date.isValid() ? date : now.toLocalTime().date(), status, note, author, now};
        if (const Status kept = m_stores.followUps.append(meetingId, resolutionUid, entry); !kept)
            return kept.error();
        // An editor may hold a copy of an open meeting: the new revision makes
        // its next save a conflict instead of undoing this. A locked meeting
        // is saved by nobody, and its printed revision stays.
        if (!StatusWorkflow::isLocked(state->status)) {
            const Result<QSqlQuery*> bump = m_statements.exec(uR"(
                    UPDATE meetings SET revision = revision + 1,
                           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                    WHERE id = ?)"_s,
                {meetingId}, doing);
            if (!bump)
                return bump.error();
            (*bump)->finish();
        }
        return m_meetings.loadInTransaction(meetingId);
    });
}

Result<Attachment> SqliteLifecycleRepository::attach(qint64 meetingId, const QString& name,
    const QByteArray& data, const QString& mimeType, const QString& user)
{
    if (const Status writable = m_meetings.refuseWrite(); !writable)
        return writable.error();
    // The name as it goes in: without folders and control characters.
    const QString cleanName = Attachment::cleanName(name);
    if (cleanName.isEmpty())
        return Error::usage(tr("An attachment needs a name."));
    if (data.isEmpty())
        return Error::invalid(tr("%1 is empty; there is nothing to attach.").arg(cleanName));
    const QString detected = Attachment::scanTypeOf(data);
    const QString type = mimeType.isEmpty() ? detected : mimeType;
    if (detected.isEmpty()) {
        const QString looksLike = QMimeDatabase().mimeTypeForData(data).name();
        return Error::invalid(Attachment::isScanType(looksLike)
                ? tr("%1 begins as %2 but is not a whole file of that type (its end is missing "
                     "or it is something else): only a scan of the paper copy is attached.")
                      .arg(cleanName, looksLike)
                : tr("%1 is not a PDF, PNG or JPEG file (it looks like %2): only a scan of the "
                     "paper copy is attached.")
                      .arg(cleanName, looksLike));
    }
    if (type != detected)
        return Error::invalid(
            tr("%1 is said to be %2 but its bytes are %3.").arg(cleanName, type, detected));
    const QString author = m_stores.context.userOr(user);
    return inWriteTransaction<Attachment>(m_statements, [&]() -> Result<Attachment> {
        const Result<LifecycleState> state = stateInTransaction(meetingId);
        if (!state)
            return state.error();
        const Result<Meeting> current = m_meetings.loadInTransaction(meetingId);
        if (!current)
            return current.error();
        const Attachment attachment
            = Attachment::fromData(cleanName, type, data, m_stores.context.now(), author);
        AuditEntry line;
        line.at = attachment.addedAt;
        line.user = author;
        line.action = AuditAction::Attach;
        line.revision = state->revision;
        line.note = attachment.name + u" (sha256 "_s + attachment.sha256 + u')';
        if (const Status logged
            = m_stores.audit.append(meetingId, line, ControlCode::hash(*current));
            !logged)
            return logged.error();
        if (const Status kept = m_stores.attachments.insert(meetingId, attachment); !kept)
            return kept.error();
        return attachment;
    });
}

Result<QList<Attachment>> SqliteLifecycleRepository::attachments(qint64 meetingId) const
{
    return inReadTransaction<QList<Attachment>>(m_statements, [&]() -> Result<QList<Attachment>> {
        if (const Result<LifecycleState> exists = stateInTransaction(meetingId); !exists)
            return exists.error();
        return m_stores.attachments.load(meetingId);
    });
}

Result<QList<AttachmentSummary>> SqliteLifecycleRepository::attachmentSummaries(
    qint64 meetingId) const
{
    return inReadTransaction<QList<AttachmentSummary>>(
        m_statements, [&]() -> Result<QList<AttachmentSummary>> {
            if (const Result<LifecycleState> exists = stateInTransaction(meetingId); !exists)
                return exists.error();
            return m_stores.attachments.summaries(meetingId);
        });
}

Status SqliteLifecycleRepository::removeAttachment(
    qint64 meetingId, const QString& sha256, const QString& user)
{
    if (const Status writable = m_meetings.refuseWrite(); !writable)
        return writable;
    const QString author = m_stores.context.userOr(user);
    const Result<bool> removed = inWriteTransaction<bool>(m_statements, [&]() -> Result<bool> {
        const Result<Meeting> current = m_meetings.loadInTransaction(meetingId);
        if (!current)
            return current.error();
        if (current->isLocked())
            return SqliteMeetingRepository::lockedError(*current);
        QString name;
        for (const Attachment& attachment : current->attachments) {
            if (attachment.sha256 == sha256)
                name = attachment.name;
        }
        if (name.isNull())
            return Error::notFound(tr("The meeting %1 has no such attachment.").arg(meetingId));
        AuditEntry line;
        line.at = m_stores.context.now();
        line.user = author;
        line.action = AuditAction::Detach;
        line.revision = current->revision;
        line.note = name + u" (sha256 "_s + sha256 + u')';
        if (const Status logged
            = m_stores.audit.append(meetingId, line, ControlCode::hash(*current));
            !logged)
            return logged.error();
        if (const Status gone = m_stores.attachments.remove(meetingId, sha256); !gone)
            return gone.error();
        return true;
    });
    if (!removed)
        return removed.error();
    return {};
}

Result<ControlCheck> SqliteLifecycleRepository::verify(qint64 meetingId) const
{
    return inReadTransaction<ControlCheck>(m_statements, [&]() -> Result<ControlCheck> {
        const Result<LifecycleState> state = stateInTransaction(meetingId);
        if (!state)
            return state.error();
        const Result<Meeting> meeting = m_meetings.loadInTransaction(meetingId);
        if (!meeting)
            return meeting.error();
        ControlCheck check;
        check.state = *state;
        check.computedHash = ControlCode::hash(*meeting);
        check.computedCode = ControlCode::fromHash(check.computedHash);
        if (const Status chained
            = m_stores.audit.checkChain(meetingId, state->status, check.computedHash, check);
            !chained)
            return chained.error();
        return check;
    });
}

Result<QList<ControlCodeMatch>> SqliteLifecycleRepository::findControlCode(
    const QString& code) const
{
    const std::optional<QString> parsed = ControlCode::parse(code);
    if (!parsed)
        return Error::usage(
            tr("“%1” is not a control code: it has 16 hex digits, as 3F2A-91C0-7B4E-D215.")
                .arg(code));
    const QString prefix = QString(*parsed).remove(u'-').toLower();
    const QString doing = tr("Could not look up the control code %1").arg(*parsed);
    return inReadTransaction<QList<ControlCodeMatch>>(
        m_statements, [&]() -> Result<QList<ControlCodeMatch>> {
            const Result<QSqlQuery*> query = m_statements.exec(uR"(
                    SELECT r.meeting_id, m.number, m.date, m.council_name, r.revision, r.status,
                           r.content_hash, m.control_hash IS r.content_hash
                    FROM meeting_revisions r JOIN meetings m ON m.id = r.meeting_id
                    WHERE substr(r.content_hash, 1, 16) = ? AND r.status IN ('final', 'signed')
                    ORDER BY r.meeting_id, r.revision)"_s,
                {prefix}, doing);
            if (!query)
                return query.error();
            QSqlQuery& row = **query;
            QList<ControlCodeMatch> matches;
            while (row.next()) {
                ControlCodeMatch match;
                match.meetingId = row.value(0).toLongLong();
                match.meetingNumber = row.value(1).toInt();
                match.meetingDate = SS::toDate(row.value(2));
                match.councilName = row.value(3).toString();
                match.revision = row.value(4).toInt();
                match.status = enumFromKey<MeetingStatus>(row.value(5).toString())
                                   .value_or(MeetingStatus::Final);
                match.contentHash = row.value(6).toString();
                match.current = row.value(7).toBool();
                matches.append(match);
            }
            const bool failed = row.lastError().isValid();
            Error error = failed ? SS::errorOf(row, doing) : Error {};
            row.finish();
            if (failed)
                return error;
            return matches;
        });
}

} // namespace Bayon
