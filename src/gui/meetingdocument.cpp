#include "meetingdocument.h"

#include "domain/meetingvalidator.h"

#include <QUndoStack>

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

} // namespace Bayon
