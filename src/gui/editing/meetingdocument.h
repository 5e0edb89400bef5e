#pragma once

#include "domain/meeting.h"
#include "domain/validationissue.h"
#include "gui/editing/meetingheader.h"

#include <QObject>
#include <QUuid>

class QUndoCommand;
class QUndoStack;

namespace Bayon {

// The meeting open in the editor, as Tiled's MapDocument is the map: it owns a
// copy of the Meeting and the QUndoStack of every edit to it. Views never
// change the meeting: they push commands; the commands call the mutators
// below; the document tells every view what changed through its signals, with
// "about to" signals before a list changes shape so that models can follow.
class MeetingDocument : public QObject
{
    Q_OBJECT

public:
    // Which list of the meeting a structural signal is about.
    enum class ListKind {
        Attendance,
        Agenda,
        Reports,
        KpiTables,
        KpiRows,
        Resolutions,
        Appendices
    };
    struct ListRef
    {
        ListRef() = default;
        ListRef(ListKind k, const QUuid& o = {}, int t = -1)
            : kind(k)
            , owner(o)
            , table(t)
        {
        }

        ListKind kind = ListKind::Attendance;
        QUuid owner; // the agenda item (Reports) or report (KpiTables, KpiRows)
        int table = -1; // the KPI table (KpiRows)

        friend bool operator==(const ListRef&, const ListRef&) = default;
    };
    // Where a report stands in the agenda.
    struct ReportPosition
    {
        int item = -1;
        int report = -1;
        bool isValid() const { return item >= 0 && report >= 0; }
    };

    explicit MeetingDocument(Meeting meeting, QObject* parent = nullptr);
    ~MeetingDocument() override;

    const Meeting& meeting() const { return m_meeting; }
    QUndoStack* undoStack() const { return m_undoStack; }
    MeetingHeader header() const { return MeetingHeader::of(m_meeting); }

    // A final or signed meeting is read-only until it is reopened; a meeting
    // read from a review copy is read-only for good.
    bool isReadOnly() const { return m_reviewCopy || m_meeting.isLocked(); }
    // The meeting comes from a review copy (Database::reviewCopy): nothing in
    // it can change, not even its status, and nothing is ever saved.
    bool isReviewCopy() const { return m_reviewCopy; }
    void setReviewCopy(bool reviewCopy);
    // True when every edit is in the database.
    bool isSaved() const;
    // Pushes an edit. A read-only meeting refuses every command (it is deleted):
    // it changes only by being reopened, through LifecycleRepository.
    bool push(QUndoCommand* command);
    // After a save: takes the id and revision the repository gave.
    void markSaved(const Meeting& stored);
    // Leaves the undo history but counts the meeting as changed, for a save as
    // a copy or over a newer revision.
    void setIdentity(qint64 id, int revision);
    void markUnsaved();
    // The files kept with the meeting as the database has them now, after one
    // was attached or removed (LifecycleRepository). They are not the
    // protocol's text: no undo step, and the meeting stays as saved.
    void setAttachments(const QList<Attachment>& attachments);

    int agendaIndex(const QUuid& itemUid) const { return m_meeting.agendaIndexOf(itemUid); }
    ReportPosition reportPosition(const QUuid& reportUid) const;
    const SpeakerReport* report(const QUuid& reportUid) const;
    const KpiTable* kpiTable(const QUuid& reportUid, int table) const;
    int resolutionIndex(const QUuid& resolutionUid) const;
    // The agenda item a report belongs to.
    QUuid reportOwner(const QUuid& reportUid) const;

    // What MeetingValidator finds in the meeting as it stands, computed once per change.
    const QList<ValidationIssue>& issues() const;
    // The message for one field of one part ("resolution 3", "deadline"), or empty.
    QString issue(const QString& part, const QString& field) const;
    // Whether that message is a warning (no quorum), which stops nothing, rather than an error.
    bool issueIsWarning(const QString& part, const QString& field) const;

    // Mutators, for undo commands only.
    void setHeader(const MeetingHeader& header);
    void insertAttendee(int index, const Attendance& attendee);
    void removeAttendee(int index);
    void setAttendee(int index, const Attendance& attendee);
    void insertAgendaItem(int index, const AgendaItem& item);
    void removeAgendaItem(int index);
    void moveAgendaItem(int from, int to);
    void setAgendaItemTitle(const QUuid& itemUid, const QString& title);
    void setDiscussion(const QUuid& itemUid, const Discussion& discussion);
    void insertReport(const QUuid& itemUid, int index, const SpeakerReport& report);
    void removeReport(const QUuid& itemUid, int index);
    // Speaker, lead and body; the KPI tables have their own mutators.
    void setReportText(const QUuid& reportUid, const SpeakerReport& text);
    void insertKpiTable(const QUuid& reportUid, int index, const KpiTable& table);
    void removeKpiTable(const QUuid& reportUid, int index);
    void setKpiTableCaption(const QUuid& reportUid, int table, const QString& caption);
    void insertKpiRows(const QUuid& reportUid, int table, int first, const QList<KpiRow>& rows);
    void removeKpiRows(const QUuid& reportUid, int table, int first, int count);
    void setKpiRow(const QUuid& reportUid, int table, int row, const KpiRow& value);
    void insertResolution(int index, const Resolution& resolution);
    void removeResolution(int index);
    void moveResolution(int from, int to);
    void setResolution(int index, const Resolution& resolution);
    void insertAppendix(int index, const Appendix& appendix);
    void removeAppendix(int index);
    void moveAppendix(int from, int to);
    void setAppendix(int index, const Appendix& appendix);
    // The vote on a resolution or on an agenda item as a whole.
    void setResolutionVote(const QUuid& resolutionUid, const Vote& vote);
    void setAgendaItemVote(const QUuid& itemUid, const Vote& vote);
    // Puts another state's content in place (a restored revision): everything
    // but the id, revision, status and attachments. What differs changes
    // through the mutators above, so every view follows as after single edits.
    void setContent(const Meeting& content);

signals:
    void headerChanged();
    void readOnlyChanged(bool readOnly);
    void aboutToInsert(const Bayon::MeetingDocument::ListRef& list, int first, int last);
    void inserted(const Bayon::MeetingDocument::ListRef& list, int first, int last);
    void aboutToRemove(const Bayon::MeetingDocument::ListRef& list, int first, int last);
    void removed(const Bayon::MeetingDocument::ListRef& list, int first, int last);
    // to is the place the row takes after the move, as QList::move counts it.
    void aboutToMove(const Bayon::MeetingDocument::ListRef& list, int from, int to);
    void moved(const Bayon::MeetingDocument::ListRef& list, int from, int to);
    void itemChanged(const Bayon::MeetingDocument::ListRef& list, int index);
    // After any change of the meeting's content.
    void changed();
    void savedChanged(bool saved);
    // The id or revision changed (after a save).
    void identityChanged();
    // The attached files changed (setAttachments).
    void attachmentsChanged();

private:
    // setContent's part for the reports of one agenda item.
    void setReports(const QUuid& itemUid, const QList<SpeakerReport>& reports);
    SpeakerReport* mutableReport(const QUuid& reportUid);
    KpiTable* mutableKpiTable(const QUuid& reportUid, int table);
    void afterChange();

    Meeting m_meeting;
    QUndoStack* m_undoStack = nullptr;
    mutable std::optional<QList<ValidationIssue>> m_issues;
    bool m_forcedUnsaved = false;
    bool m_reviewCopy = false;
    bool m_lastSaved = true;
};

} // namespace Bayon
