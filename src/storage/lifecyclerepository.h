#pragma once

#include "controlcheck.h"
#include "domain/attachment.h"
#include "domain/attachmentsummary.h"
#include "domain/lifecyclestate.h"
#include "domain/meeting.h"
#include "domain/meetinghistory.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace Bayon {

// The life of a protocol after it is typed: review, finalising (with its
// control code), signing, reopening with a reason, the revision history, the
// follow-up of its decisions, the files kept with it, and checking a paper or
// PDF copy against the database. Every change is one transaction, with its
// audit line. `user` is the name the audit log keeps; empty means the
// database's user (Database::userName()).
class LifecycleRepository
{
public:
    virtual ~LifecycleRepository() = default;

    virtual Result<LifecycleState> state(qint64 meetingId) const = 0;

    // An ordinary transition (StatusWorkflow): draft → review, review → draft,
    // review → final (the content must pass MeetingValidator; its control hash
    // is stored), final → signed (on `signedOn`, by default today; refused if
    // the content no longer matches its control hash). Going back to draft
    // from final or signed is a reopening: `note` is then its reason.
    // Returns the meeting as stored now.
    virtual Result<Meeting> transition(qint64 meetingId, MeetingStatus to, const QString& note,
        const QString& user = {}, QDate signedOn = {})
        = 0;
    // Final or signed → draft, as a new revision; the reason is required.
    virtual Result<Meeting> reopen(
        qint64 meetingId, const QString& reason, const QString& user = {})
        = 0;

    // The kept revisions and the audit log, newest first.
    virtual Result<MeetingHistory> history(qint64 meetingId) const = 0;
    // The meeting as it was at a kept revision, with the attachments it has now.
    virtual Result<Meeting> loadRevision(qint64 meetingId, int revision) const = 0;
    // Puts the text of a kept revision back, as a new revision (so restoring
    // is undone by restoring the one before). The status, the follow-up and
    // the attachments stay as they are now. Refused for a locked meeting.
    virtual Result<Meeting> restoreRevision(
        qint64 meetingId, int revision, const QString& user = {})
        = 0;

    // A step in the follow-up of one resolution: its status and note, kept as
    // a dated entry (`date` by default today). Allowed on signed meetings.
    // Returns the meeting as stored now.
    virtual Result<Meeting> setFollowUp(qint64 meetingId, const QUuid& resolutionUid,
        FollowUpStatus status, const QString& note, const QString& user = {}, QDate date = {})
        = 0;

    // Keeps a file with the meeting (a scan of the signed copy: PDF, PNG or
    // JPEG, told by its content); allowed on signed meetings. `mimeType` empty:
    // told from the bytes. Refuses a file already attached.
    virtual Result<Attachment> attach(qint64 meetingId, const QString& name, const QByteArray& data,
        const QString& mimeType = {}, const QString& user = {})
        = 0;
    virtual Result<QList<Attachment>> attachments(qint64 meetingId) const = 0;
    // The same files without their bytes (each read in pieces to check its hash).
    virtual Result<QList<AttachmentSummary>> attachmentSummaries(qint64 meetingId) const = 0;
    // Refused for a locked meeting.
    virtual Status removeAttachment(
        qint64 meetingId, const QString& sha256, const QString& user = {})
        = 0;

    // Recomputes the control hash of the stored content.
    virtual Result<ControlCheck> verify(qint64 meetingId) const = 0;
    // The final and signed revisions whose content has this control code
    // ("3F2A-91C0-7B4E-D215", any case and spacing).
    virtual Result<QList<ControlCodeMatch>> findControlCode(const QString& code) const = 0;
};

} // namespace Bayon
