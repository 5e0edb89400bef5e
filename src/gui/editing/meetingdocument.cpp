#include "meetingdocument.h"

#include "domain/meetingvalidator.h"

#include <QUndoStack>
#include <algorithm>

namespace Bayon {

MeetingDocument::MeetingDocument(Meeting meeting, QObject* parent)
    : QObject(parent)
    , m_meeting(std::move(meeting))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        if (isSaved() != m_lastSaved) {
            m_lastSaved = isSaved();
            emit savedChanged(m_lastSaved);
        }
    });
}

MeetingDocument::~MeetingDocument() = default;

bool MeetingDocument::isSaved() const
{
    return !m_forcedUnsaved && m_undoStack->isClean();
}

void MeetingDocument::setReviewCopy(bool reviewCopy)
{
    if (reviewCopy == m_reviewCopy)
        return;
    const bool wasReadOnly = isReadOnly();
    m_reviewCopy = reviewCopy;
    if (wasReadOnly != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

bool MeetingDocument::push(QUndoCommand* command)
{
    if (isReadOnly()) {
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

void MeetingDocument::markSaved(const Meeting& stored)
{
    const bool identity = stored.id != m_meeting.id || stored.revision != m_meeting.revision;
    m_meeting.id = stored.id;
    m_meeting.revision = stored.revision;
    m_forcedUnsaved = false;
    m_undoStack->setClean();
    if (identity)
        emit identityChanged();
    if (!m_lastSaved) {
        m_lastSaved = true;
        emit savedChanged(true);
    }
}

void MeetingDocument::setIdentity(qint64 id, int revision)
{
    m_meeting.id = id;
    m_meeting.revision = revision;
    emit identityChanged();
}

void MeetingDocument::markUnsaved()
{
    m_forcedUnsaved = true;
    if (m_lastSaved) {
        m_lastSaved = false;
        emit savedChanged(false);
    }
    emit changed();
}

void MeetingDocument::setAttachments(const QList<Attachment>& attachments)
{
    if (attachments == m_meeting.attachments)
        return;
    m_meeting.attachments = attachments;
    emit attachmentsChanged();
}

MeetingDocument::ReportPosition MeetingDocument::reportPosition(const QUuid& reportUid) const
{
    for (int i = 0; i < m_meeting.agenda.size(); ++i) {
        const auto& reports = m_meeting.agenda.at(i).reports;
        for (int r = 0; r < reports.size(); ++r) {
            if (reports.at(r).uid == reportUid)
                return {i, r};
        }
    }
    return {};
}

const SpeakerReport* MeetingDocument::report(const QUuid& reportUid) const
{
    const ReportPosition at = reportPosition(reportUid);
    return at.isValid() ? &m_meeting.agenda.at(at.item).reports.at(at.report) : nullptr;
}

const KpiTable* MeetingDocument::kpiTable(const QUuid& reportUid, int table) const
{
    const SpeakerReport* owner = report(reportUid);
    if (!owner || table < 0 || table >= owner->kpiTables.size())
        return nullptr;
    return &owner->kpiTables.at(table);
}

int MeetingDocument::resolutionIndex(const QUuid& resolutionUid) const
{
    for (int i = 0; i < m_meeting.resolutions.size(); ++i) {
        if (m_meeting.resolutions.at(i).uid == resolutionUid)
            return i;
    }
    return -1;
}

QUuid MeetingDocument::reportOwner(const QUuid& reportUid) const
{
    const ReportPosition at = reportPosition(reportUid);
    return at.isValid() ? m_meeting.agenda.at(at.item).uid : QUuid();
}

SpeakerReport* MeetingDocument::mutableReport(const QUuid& reportUid)
{
    const ReportPosition at = reportPosition(reportUid);
    return at.isValid() ? &m_meeting.agenda[at.item].reports[at.report] : nullptr;
}

KpiTable* MeetingDocument::mutableKpiTable(const QUuid& reportUid, int table)
{
    SpeakerReport* owner = mutableReport(reportUid);
    if (!owner || table < 0 || table >= owner->kpiTables.size())
        return nullptr;
    return &owner->kpiTables[table];
}

const QList<ValidationIssue>& MeetingDocument::issues() const
{
    if (!m_issues)
        m_issues = MeetingValidator::validate(m_meeting);
    return *m_issues;
}

QString MeetingDocument::issue(const QString& part, const QString& field) const
{
    for (const ValidationIssue& found : issues()) {
        if (found.part == part && found.field == field)
            return found.message;
    }
    return {};
}

bool MeetingDocument::issueIsWarning(const QString& part, const QString& field) const
{
    for (const ValidationIssue& found : issues()) {
        if (found.part == part && found.field == field)
            return found.isWarning();
    }
    return false;
}

void MeetingDocument::afterChange()
{
    m_issues.reset();
    emit changed();
}

void MeetingDocument::setHeader(const MeetingHeader& header)
{
    const bool wasReadOnly = isReadOnly();
    header.applyTo(m_meeting);
    emit headerChanged();
    if (wasReadOnly != isReadOnly())
        emit readOnlyChanged(isReadOnly());
    afterChange();
}

void MeetingDocument::insertAttendee(int index, const Attendance& attendee)
{
    const ListRef list {ListKind::Attendance};
    emit aboutToInsert(list, index, index);
    m_meeting.attendance.insert(index, attendee);
    emit inserted(list, index, index);
    afterChange();
}

void MeetingDocument::removeAttendee(int index)
{
    const ListRef list {ListKind::Attendance};
    emit aboutToRemove(list, index, index);
    m_meeting.attendance.removeAt(index);
    emit removed(list, index, index);
    afterChange();
}

void MeetingDocument::setAttendee(int index, const Attendance& attendee)
{
    m_meeting.attendance[index] = attendee;
    emit itemChanged({ListKind::Attendance}, index);
    afterChange();
}

void MeetingDocument::insertAgendaItem(int index, const AgendaItem& item)
{
    const ListRef list {ListKind::Agenda};
    emit aboutToInsert(list, index, index);
    m_meeting.agenda.insert(index, item);
    emit inserted(list, index, index);
    afterChange();
}

void MeetingDocument::removeAgendaItem(int index)
{
    const ListRef list {ListKind::Agenda};
    emit aboutToRemove(list, index, index);
    m_meeting.agenda.removeAt(index);
    emit removed(list, index, index);
    afterChange();
}

void MeetingDocument::moveAgendaItem(int from, int to)
{
    if (from == to)
        return;
    const ListRef list {ListKind::Agenda};
    emit aboutToMove(list, from, to);
    m_meeting.moveAgendaItem(from, to);
    emit moved(list, from, to);
    afterChange();
}

void MeetingDocument::setAgendaItemVote(const QUuid& itemUid, const Vote& vote)
{
    const int index = agendaIndex(itemUid);
    if (index < 0)
        return;
    m_meeting.agenda[index].vote = vote;
    emit itemChanged({ListKind::Agenda}, index);
    afterChange();
}

void MeetingDocument::setResolutionVote(const QUuid& resolutionUid, const Vote& vote)
{
    const int index = resolutionIndex(resolutionUid);
    if (index < 0)
        return;
    m_meeting.resolutions[index].vote = vote;
    emit itemChanged({ListKind::Resolutions}, index);
    afterChange();
}

void MeetingDocument::setAgendaItemTitle(const QUuid& itemUid, const QString& title)
{
    const int index = agendaIndex(itemUid);
    if (index < 0)
        return;
    m_meeting.agenda[index].title = title;
    emit itemChanged({ListKind::Agenda}, index);
    afterChange();
}

void MeetingDocument::setDiscussion(const QUuid& itemUid, const Discussion& discussion)
{
    const int index = agendaIndex(itemUid);
    if (index < 0)
        return;
    m_meeting.agenda[index].discussion = discussion;
    emit itemChanged({ListKind::Agenda}, index);
    afterChange();
}

void MeetingDocument::insertReport(const QUuid& itemUid, int index, const SpeakerReport& report)
{
    const int item = agendaIndex(itemUid);
    if (item < 0)
        return;
    const ListRef list {ListKind::Reports, itemUid};
    emit aboutToInsert(list, index, index);
    m_meeting.agenda[item].reports.insert(index, report);
    emit inserted(list, index, index);
    afterChange();
}

void MeetingDocument::removeReport(const QUuid& itemUid, int index)
{
    const int item = agendaIndex(itemUid);
    if (item < 0)
        return;
    const ListRef list {ListKind::Reports, itemUid};
    emit aboutToRemove(list, index, index);
    m_meeting.agenda[item].reports.removeAt(index);
    emit removed(list, index, index);
    afterChange();
}

void MeetingDocument::setReportText(const QUuid& reportUid, const SpeakerReport& text)
{
    const ReportPosition at = reportPosition(reportUid);
    if (!at.isValid())
        return;
    SpeakerReport& target = m_meeting.agenda[at.item].reports[at.report];
    target.speaker = text.speaker;
    target.lead = text.lead;
    target.body = text.body;
    emit itemChanged({ListKind::Reports, m_meeting.agenda.at(at.item).uid}, at.report);
    afterChange();
}

void MeetingDocument::insertKpiTable(const QUuid& reportUid, int index, const KpiTable& table)
{
    SpeakerReport* owner = mutableReport(reportUid);
    if (!owner)
        return;
    const ListRef list {ListKind::KpiTables, reportUid};
    emit aboutToInsert(list, index, index);
    owner->kpiTables.insert(index, table);
    emit inserted(list, index, index);
    afterChange();
}

void MeetingDocument::removeKpiTable(const QUuid& reportUid, int index)
{
    SpeakerReport* owner = mutableReport(reportUid);
    if (!owner)
        return;
    const ListRef list {ListKind::KpiTables, reportUid};
    emit aboutToRemove(list, index, index);
    owner->kpiTables.removeAt(index);
    emit removed(list, index, index);
    afterChange();
}

void MeetingDocument::setKpiTableCaption(const QUuid& reportUid, int table, const QString& caption)
{
    KpiTable* target = mutableKpiTable(reportUid, table);
    if (!target)
        return;
    target->caption = caption;
    emit itemChanged({ListKind::KpiTables, reportUid}, table);
    afterChange();
}

void MeetingDocument::insertKpiRows(
    const QUuid& reportUid, int table, int first, const QList<KpiRow>& rows)
{
    KpiTable* target = mutableKpiTable(reportUid, table);
    if (!target || rows.isEmpty())
        return;
    const ListRef list {ListKind::KpiRows, reportUid, table};
    const int last = first + int(rows.size()) - 1;
    emit aboutToInsert(list, first, last);
    for (int i = 0; i < rows.size(); ++i)
        target->rows.insert(first + i, rows.at(i));
    emit inserted(list, first, last);
    afterChange();
}

void MeetingDocument::removeKpiRows(const QUuid& reportUid, int table, int first, int count)
{
    KpiTable* target = mutableKpiTable(reportUid, table);
    if (!target || count <= 0)
        return;
    const ListRef list {ListKind::KpiRows, reportUid, table};
    emit aboutToRemove(list, first, first + count - 1);
    target->rows.remove(first, count);
    emit removed(list, first, first + count - 1);
    afterChange();
}

void MeetingDocument::setKpiRow(const QUuid& reportUid, int table, int row, const KpiRow& value)
{
    KpiTable* target = mutableKpiTable(reportUid, table);
    if (!target || row < 0 || row >= target->rows.size())
        return;
    target->rows[row] = value;
    emit itemChanged({ListKind::KpiRows, reportUid, table}, row);
    afterChange();
}

void MeetingDocument::insertResolution(int index, const Resolution& resolution)
{
    const ListRef list {ListKind::Resolutions};
    emit aboutToInsert(list, index, index);
    m_meeting.resolutions.insert(index, resolution);
    emit inserted(list, index, index);
    afterChange();
}

void MeetingDocument::removeResolution(int index)
{
    const ListRef list {ListKind::Resolutions};
    emit aboutToRemove(list, index, index);
    m_meeting.resolutions.removeAt(index);
    emit removed(list, index, index);
    afterChange();
}

void MeetingDocument::moveResolution(int from, int to)
{
    if (from == to)
        return;
    const ListRef list {ListKind::Resolutions};
    emit aboutToMove(list, from, to);
    m_meeting.moveResolution(from, to);
    emit moved(list, from, to);
    afterChange();
}

void MeetingDocument::setResolution(int index, const Resolution& resolution)
{
    m_meeting.resolutions[index] = resolution;
    emit itemChanged({ListKind::Resolutions}, index);
    afterChange();
}

void MeetingDocument::insertAppendix(int index, const Appendix& appendix)
{
    const ListRef list {ListKind::Appendices};
    emit aboutToInsert(list, index, index);
    m_meeting.appendices.insert(index, appendix);
    emit inserted(list, index, index);
    afterChange();
}

void MeetingDocument::removeAppendix(int index)
{
    const ListRef list {ListKind::Appendices};
    emit aboutToRemove(list, index, index);
    m_meeting.appendices.removeAt(index);
    emit removed(list, index, index);
    afterChange();
}

void MeetingDocument::moveAppendix(int from, int to)
{
    if (from == to)
        return;
    const ListRef list {ListKind::Appendices};
    emit aboutToMove(list, from, to);
    m_meeting.appendices.move(from, to);
    emit moved(list, from, to);
    afterChange();
}

void MeetingDocument::setAppendix(int index, const Appendix& appendix)
{
    m_meeting.appendices[index] = appendix;
    emit itemChanged({ListKind::Appendices}, index);
    afterChange();
}

namespace {
// Whether two lists hold the same parts in the same order, whatever their text.
template<typename T> bool sameUids(const QList<T>& a, const QList<T>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const T& x, const T& y) { return x.uid == y.uid; });
}
} // namespace

void MeetingDocument::setContent(const Meeting& state)
{
    // The follow-up of a resolution is not the text: it stays as it is now,
    // as LifecycleRepository::restoreRevision keeps it.
    Meeting content = state;
    for (Resolution& resolution : content.resolutions) {
        const int now = resolutionIndex(resolution.uid);
        if (now < 0)
            continue;
        const Resolution& current = m_meeting.resolutions.at(now);
        resolution.followUpStatus = current.followUpStatus;
        resolution.statusNote = current.statusNote;
        resolution.followUpHistory = current.followUpHistory;
    }
    MeetingHeader wanted = MeetingHeader::of(content);
    wanted.status = m_meeting.status;
    if (wanted != header())
        setHeader(wanted);

    if (m_meeting.attendance != content.attendance) {
        if (m_meeting.attendance.size() == content.attendance.size()) {
            for (int i = 0; i < content.attendance.size(); ++i) {
                if (m_meeting.attendance.at(i) != content.attendance.at(i))
                    setAttendee(i, content.attendance.at(i));
            }
        } else {
            while (!m_meeting.attendance.isEmpty())
                removeAttendee(int(m_meeting.attendance.size()) - 1);
            for (int i = 0; i < content.attendance.size(); ++i)
                insertAttendee(i, content.attendance.at(i));
        }
    }

    if (m_meeting.agenda != content.agenda) {
        if (sameUids(m_meeting.agenda, content.agenda)) {
            for (int i = 0; i < content.agenda.size(); ++i) {
                const AgendaItem& want = content.agenda.at(i);
                if (m_meeting.agenda.at(i).title != want.title)
                    setAgendaItemTitle(want.uid, want.title);
                if (m_meeting.agenda.at(i).discussion != want.discussion)
                    setDiscussion(want.uid, want.discussion);
                if (m_meeting.agenda.at(i).reports != want.reports)
                    setReports(want.uid, want.reports);
                if (m_meeting.agenda.at(i).vote != want.vote)
                    setAgendaItemVote(want.uid, want.vote);
            }
        } else {
            while (!m_meeting.agenda.isEmpty())
                removeAgendaItem(int(m_meeting.agenda.size()) - 1);
            for (int i = 0; i < content.agenda.size(); ++i)
                insertAgendaItem(i, content.agenda.at(i));
        }
    }

    if (m_meeting.resolutions != content.resolutions) {
        if (sameUids(m_meeting.resolutions, content.resolutions)) {
            for (int i = 0; i < content.resolutions.size(); ++i) {
                if (m_meeting.resolutions.at(i) != content.resolutions.at(i))
                    setResolution(i, content.resolutions.at(i));
            }
        } else {
            while (!m_meeting.resolutions.isEmpty())
                removeResolution(int(m_meeting.resolutions.size()) - 1);
            for (int i = 0; i < content.resolutions.size(); ++i)
                insertResolution(i, content.resolutions.at(i));
        }
    }

    if (m_meeting.appendices != content.appendices) {
        if (sameUids(m_meeting.appendices, content.appendices)) {
            for (int i = 0; i < content.appendices.size(); ++i) {
                if (m_meeting.appendices.at(i) != content.appendices.at(i))
                    setAppendix(i, content.appendices.at(i));
            }
        } else {
            while (!m_meeting.appendices.isEmpty())
                removeAppendix(int(m_meeting.appendices.size()) - 1);
            for (int i = 0; i < content.appendices.size(); ++i)
                insertAppendix(i, content.appendices.at(i));
        }
    }

    // The opening and the form of the protocol have no page of their own: the
    // header's views and the preview follow them.
    Meeting forms = m_meeting;
    forms.councilId = content.councilId;
    forms.protocolForm = content.protocolForm;
    forms.endTime = content.endTime;
    forms.convenedBy = content.convenedBy;
    forms.basis = content.basis;
    forms.notification = content.notification;
    forms.memberCount = content.memberCount;
    forms.protocolTemplate = content.protocolTemplate;
    if (forms != m_meeting) {
        m_meeting = std::move(forms);
        emit headerChanged();
        afterChange();
    }
}

void MeetingDocument::setReports(const QUuid& itemUid, const QList<SpeakerReport>& reports)
{
    const int item = agendaIndex(itemUid);
    if (item < 0)
        return;
    const QList<SpeakerReport> now = m_meeting.agenda.at(item).reports;
    if (!sameUids(now, reports)) {
        for (int r = int(now.size()) - 1; r >= 0; --r)
            removeReport(itemUid, r);
        for (int r = 0; r < reports.size(); ++r)
            insertReport(itemUid, r, reports.at(r));
        return;
    }
    for (int r = 0; r < reports.size(); ++r) {
        const SpeakerReport& was = now.at(r);
        const SpeakerReport& want = reports.at(r);
        if (was.speaker != want.speaker || was.lead != want.lead || was.body != want.body)
            setReportText(want.uid, want);
        if (was.kpiTables == want.kpiTables)
            continue;
        if (was.kpiTables.size() != want.kpiTables.size()) {
            for (int t = int(was.kpiTables.size()) - 1; t >= 0; --t)
                removeKpiTable(want.uid, t);
            for (int t = 0; t < want.kpiTables.size(); ++t)
                insertKpiTable(want.uid, t, want.kpiTables.at(t));
            continue;
        }
        for (int t = 0; t < want.kpiTables.size(); ++t) {
            const KpiTable& table = want.kpiTables.at(t);
            const KpiTable& old = was.kpiTables.at(t);
            if (old.caption != table.caption)
                setKpiTableCaption(want.uid, t, table.caption);
            if (old.rows == table.rows)
                continue;
            if (old.rows.size() == table.rows.size()) {
                for (int row = 0; row < table.rows.size(); ++row) {
                    if (old.rows.at(row) != table.rows.at(row))
                        setKpiRow(want.uid, t, row, table.rows.at(row));
                }
            } else {
                removeKpiRows(want.uid, t, 0, int(old.rows.size()));
                insertKpiRows(want.uid, t, 0, table.rows);
            }
        }
    }
}

} // namespace Bayon
