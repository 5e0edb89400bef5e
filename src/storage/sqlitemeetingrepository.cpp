#include "sqlitemeetingrepository.h"

#include "attachmentstore.h"
#include "auditlog.h"
#include "domain/statusworkflow.h"
#include "followuphistorystore.h"
#include "interchange/controlcode.h"
#include "meetingformsstore.h"
#include "meetingindexer.h"
#include "meetingrowstore.h"
#include "revisionstore.h"
#include "savecontext.h"
#include "sqlsupport.h"
#include "sqltransaction.h"
#include "statementcache.h"
#include "writeguard.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {

namespace Sql {
// Every statement of the repository, prepared once per database (StatementCache).
const QString ListMeetings = uR"(
    SELECT id, revision, council_name, number, date, status, title
    FROM meetings
    ORDER BY date DESC, number DESC, id DESC)"_s;
const QString SelectPersons = uR"(
    SELECT id, directory_id, full_name, short_name, position, organisation
    FROM meeting_persons WHERE meeting_id = ?)"_s;
const QString SelectAttendance = uR"(
    SELECT person_id, role, presence, note
    FROM attendance WHERE meeting_id = ? ORDER BY seq)"_s;
const QString SelectAgenda = uR"(
    SELECT id, uid, title, discussion_summary
    FROM agenda_items WHERE meeting_id = ? ORDER BY seq)"_s;
const QString SelectParticipants = uR"(
    SELECT p.agenda_item_id, p.person_id
    FROM discussion_participants p
    JOIN agenda_items a ON a.id = p.agenda_item_id
    WHERE a.meeting_id = ? ORDER BY a.seq, p.seq)"_s;
const QString SelectReports = uR"(
    SELECT r.id, r.agenda_item_id, r.uid, r.speaker_id, r.lead, r.body
    FROM speaker_reports r
    JOIN agenda_items a ON a.id = r.agenda_item_id
    WHERE a.meeting_id = ? ORDER BY a.seq, r.seq)"_s;
const QString SelectKpiTables = uR"(
    SELECT t.id, t.report_id, t.caption
    FROM kpi_tables t
    JOIN speaker_reports r ON r.id = t.report_id
    JOIN agenda_items a ON a.id = r.agenda_item_id
    WHERE a.meeting_id = ? ORDER BY a.seq, r.seq, t.seq)"_s;
const QString SelectKpiRows = uR"(
    SELECT k.kpi_table_id, k.indicator, k.value, k.unit, k.period, k.change_kind,
           k.change_amount, k.note
    FROM kpi_rows k
    JOIN kpi_tables t ON t.id = k.kpi_table_id
    JOIN speaker_reports r ON r.id = t.report_id
    JOIN agenda_items a ON a.id = r.agenda_item_id
    WHERE a.meeting_id = ? ORDER BY a.seq, r.seq, t.seq, k.seq)"_s;
const QString SelectResolutions = uR"(
    SELECT id, uid, text, kind, addressee, deadline_kind, deadline_date,
           follow_up_status, status_note, agenda_item_uid
    FROM resolutions WHERE meeting_id = ? ORDER BY seq)"_s;
const QString SelectResolutionPoints = uR"(
    SELECT p.resolution_id, p.text
    FROM resolution_points p
    JOIN resolutions r ON r.id = p.resolution_id
    WHERE r.meeting_id = ? ORDER BY r.seq, p.seq)"_s;
const QString SelectResponsible = uR"(
    SELECT p.resolution_id, p.name
    FROM resolution_responsible p
    JOIN resolutions r ON r.id = p.resolution_id
    WHERE r.meeting_id = ? ORDER BY r.seq, p.seq)"_s;
const QString SelectState = uR"(
    SELECT revision, status, council_name, number, date FROM meetings WHERE id = ?)"_s;
const QString SelectFollowUps = uR"(
    SELECT uid, follow_up_status, status_note FROM resolutions WHERE meeting_id = ?)"_s;
const QString UpdateStatus = uR"(
    UPDATE meetings
    SET status = ?, revision = ?, control_hash = ?, signed_on = ?,
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE id = ?)"_s;
const QString InsertPerson = uR"(
    INSERT INTO meeting_persons
        (meeting_id, directory_id, full_name, short_name, position, organisation)
    VALUES (?, ?, ?, ?, ?, ?))"_s;
const QString InsertAttendance = uR"(
    INSERT INTO attendance (meeting_id, seq, person_id, role, presence, note)
    VALUES (?, ?, ?, ?, ?, ?))"_s;
const QString InsertAgendaItem = uR"(
    INSERT INTO agenda_items (meeting_id, seq, uid, title, discussion_summary)
    VALUES (?, ?, ?, ?, ?))"_s;
const QString InsertParticipant = uR"(
    INSERT INTO discussion_participants (agenda_item_id, seq, person_id)
    VALUES (?, ?, ?))"_s;
const QString InsertReport = uR"(
    INSERT INTO speaker_reports (agenda_item_id, seq, uid, speaker_id, lead, body)
    VALUES (?, ?, ?, ?, ?, ?))"_s;
const QString InsertKpiTable = uR"(
    INSERT INTO kpi_tables (report_id, seq, caption) VALUES (?, ?, ?))"_s;
const QString InsertKpiRow = uR"(
    INSERT INTO kpi_rows (kpi_table_id, seq, indicator, value, unit, period,
                          change_kind, change_amount, note)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
const QString InsertResolution = uR"(
    INSERT INTO resolutions (meeting_id, seq, uid, text, kind, addressee,
                             deadline_kind, deadline_date, follow_up_status, status_note,
                             agenda_item_uid)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
const QString InsertResolutionPoint = uR"(
    INSERT INTO resolution_points (resolution_id, seq, text) VALUES (?, ?, ?))"_s;
const QString InsertResponsible = uR"(
    INSERT INTO resolution_responsible (resolution_id, seq, name) VALUES (?, ?, ?))"_s;
const QString SelectSearchParts = uR"(
    SELECT p.id, p.part, s.body
    FROM search_parts p
    JOIN search_index s ON s.rowid = p.id
    WHERE p.meeting_id = ?)"_s;
const QString UpdateSearchText = uR"(
    UPDATE search_index SET body = ? WHERE rowid = ?)"_s;
const QString InsertSearchPart = uR"(
    INSERT INTO search_parts (meeting_id, part) VALUES (?, ?))"_s;
const QString InsertSearchText = uR"(
    INSERT INTO search_index (rowid, body) VALUES (?, ?))"_s;
const QString DeleteSearchPart = uR"(
    DELETE FROM search_parts WHERE id = ?)"_s;
const QString SelectStale = uR"(
    SELECT meeting_id FROM search_stale ORDER BY meeting_id)"_s;
const QString DeleteStale = uR"(
    DELETE FROM search_stale)"_s;
const QString DeleteMeeting = uR"(
    DELETE FROM meetings WHERE id = ?)"_s;
} // namespace Sql

// One key per distinct person copy, so that a meeting stores each copy once.
QString personKey(const Person& person)
{
    const QChar separator(0x1f);
    return QString::number(person.directoryId) + separator + person.fullName + separator
        + person.shortName + separator + person.position + separator + person.organisation;
}

// Reads every row of an executed query, finishing it even when reading fails.
template<typename RowFunction>
Status readRows(QSqlQuery* query, const QString& doing, RowFunction&& row)
{
    Status status;
    while (query->next()) {
        status = row(*query);
        if (!status)
            break;
    }
    if (status && query->lastError().isValid())
        status = SS::errorOf(*query, doing);
    query->finish();
    return status;
}

} // namespace

SqliteMeetingRepository::SqliteMeetingRepository(
    StatementCache& statements, const WriteGuard& guard, Stores stores)
    : m_statements(statements)
    , m_guard(guard)
    , m_stores(stores)
{
}

QString SqliteMeetingRepository::describe(const Meeting& meeting)
{
    const QString number = meeting.number > 0 ? tr("№ %1").arg(meeting.number) : tr("(no number)");
    const QString date
        = meeting.date.isValid() ? meeting.date.toString(Qt::ISODate) : tr("no date");
    return tr("the meeting %1 of %2 (id %3)").arg(number, date).arg(meeting.id);
}

Error SqliteMeetingRepository::lockedError(const Meeting& meeting)
{
    return Error::refused(
        tr("Nothing was saved: %1 is %2, so its protocol is read-only. Reopen it, with a reason, "
           "to correct it; its follow-up can be changed without reopening.")
            .arg(describe(meeting), StatusWorkflow::name(meeting.status)));
}

Status SqliteMeetingRepository::refuseWrite() const
{
    return m_guard.check();
}

Result<QList<MeetingSummary>> SqliteMeetingRepository::list() const
{
    const QString doing = tr("Could not list the meetings");
    const Result<QSqlQuery*> query = m_statements.exec(Sql::ListMeetings, {}, doing);
    if (!query)
        return query.error();
    QList<MeetingSummary> summaries;
    const Status read = readRows(*query, doing, [&summaries](const QSqlQuery& row) -> Status {
        const Result<MeetingStatus> status = SS::enumOf<MeetingStatus>(row.value(5), u"status"_s);
        if (!status)
            return status.error();
        summaries.append({row.value(0).toLongLong(), row.value(1).toInt(), row.value(2).toString(),
            row.value(3).toInt(), SS::toDate(row.value(4)), *status, row.value(6).toString()});
        return {};
    });
    if (!read)
        return read.error();
    return summaries;
}

Result<Meeting> SqliteMeetingRepository::load(qint64 id) const
{
    // One read transaction: every table as of the same moment.
    SqlTransaction transaction(m_statements.database(), SqlTransaction::Kind::Read);
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<Meeting> meeting = loadInTransaction(id);
    transaction.rollback();
    return meeting;
}

Result<Meeting> SqliteMeetingRepository::loadInTransaction(qint64 id) const
{
    const QString doing = tr("Could not load the meeting %1").arg(id);
    Meeting meeting;
    meeting.id = id;
    // The row's own columns: the header, the forms, the template.
    const Result<MeetingRowStore::PersonIds> personIds
        = MeetingRowStore(m_statements).read(meeting, doing);
    if (!personIds)
        return personIds.error();

    QHash<qint64, Person> persons;
    {
        const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectPersons, {id}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&persons](const QSqlQuery& row) -> Status {
            persons.insert(row.value(0).toLongLong(),
                Person {row.value(1).toLongLong(), row.value(2).toString(), row.value(3).toString(),
                    row.value(4).toString(), row.value(5).toString()});
            return {};
        });
        if (!read)
            return read.error();
    }
    meeting.chair = persons.value(personIds->chair);
    meeting.secretary = persons.value(personIds->secretary);

    {
        const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectAttendance, {id}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&](const QSqlQuery& row) -> Status {
            const Result<AttendanceRole> role = SS::enumOf<AttendanceRole>(row.value(1), u"role"_s);
            const Result<Presence> presence = SS::enumOf<Presence>(row.value(2), u"presence"_s);
            if (!role)
                return role.error();
            if (!presence)
                return presence.error();
            meeting.attendance.append({persons.value(row.value(0).toLongLong()), *role, *presence,
                row.value(3).toString()});
            return {};
        });
        if (!read)
            return read.error();
    }

    QHash<qint64, int> itemIndex;
    {
        const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectAgenda, {id}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&](const QSqlQuery& row) -> Status {
            AgendaItem item;
            item.uid = SS::toUuid(row.value(1));
            item.title = row.value(2).toString();
            item.discussion.summary = row.value(3).toString();
            itemIndex.insert(row.value(0).toLongLong(), int(meeting.agenda.size()));
            meeting.agenda.append(std::move(item));
            return {};
        });
        if (!read)
            return read.error();
    }

    {
        const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectParticipants, {id}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&](const QSqlQuery& row) -> Status {
            meeting.agenda[itemIndex.value(row.value(0).toLongLong())]
                .discussion.participants.append(persons.value(row.value(1).toLongLong()));
            return {};
        });
        if (!read)
            return read.error();
    }

    // Where each report and KPI table sits: its agenda item and its index there.
    QHash<qint64, std::pair<int, int>> reportIndex;
    {
        const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectReports, {id}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&](const QSqlQuery& row) -> Status {
            SpeakerReport report;
            report.uid = SS::toUuid(row.value(2));
            report.speaker = persons.value(row.value(3).toLongLong());
            report.lead = row.value(4).toString();
            report.body = row.value(5).toString();
            const int item = itemIndex.value(row.value(1).toLongLong());
            QList<SpeakerReport>& reports = meeting.agenda[item].reports;
            reportIndex.insert(row.value(0).toLongLong(), {item, int(reports.size())});
            reports.append(std::move(report));
            return {};
        });
        if (!read)
            return read.error();
    }

    struct TablePlace
    {
        int item = 0;
        int report = 0;
        int table = 0;
    };
    QHash<qint64, TablePlace> tableIndex;
    {
        const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectKpiTables, {id}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&](const QSqlQuery& row) -> Status {
            const auto [item, report] = reportIndex.value(row.value(1).toLongLong());
            QList<KpiTable>& reportTables = meeting.agenda[item].reports[report].kpiTables;
            tableIndex.insert(row.value(0).toLongLong(), {item, report, int(reportTables.size())});
            reportTables.append(KpiTable {row.value(2).toString(), {}});
            return {};
        });
        if (!read)
            return read.error();
    }

    {
        const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectKpiRows, {id}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&](const QSqlQuery& row) -> Status {
            const Result<ChangeKind> change = SS::enumOf<ChangeKind>(row.value(5), u"change"_s);
            if (!change)
                return change.error();
            KpiRow kpi;
            kpi.indicator = row.value(1).toString();
            if (const QVariant value = row.value(2); !value.isNull())
                kpi.value = value.toDouble();
            kpi.unit = row.value(3).toString();
            kpi.period = row.value(4).toString();
            kpi.change = {*change, row.value(6).toDouble()};
            kpi.note = row.value(7).toString();
            const TablePlace place = tableIndex.value(row.value(0).toLongLong());
            meeting.agenda[place.item].reports[place.report].kpiTables[place.table].rows.append(
                std::move(kpi));
            return {};
        });
        if (!read)
            return read.error();
    }

    QHash<qint64, int> resolutionIndex;
    {
        const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectResolutions, {id}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&](const QSqlQuery& row) -> Status {
            const Result<ResolutionKind> kind = SS::enumOf<ResolutionKind>(row.value(3), u"kind"_s);
            const Result<DeadlineKind> deadline
                = SS::enumOf<DeadlineKind>(row.value(5), u"deadline"_s);
            const Result<FollowUpStatus> followUp
                = SS::enumOf<FollowUpStatus>(row.value(7), u"follow-up status"_s);
            if (!kind)
                return kind.error();
            if (!deadline)
                return deadline.error();
            if (!followUp)
                return followUp.error();
            Resolution resolution;
            resolution.uid = SS::toUuid(row.value(1));
            resolution.text = row.value(2).toString();
            resolution.kind = *kind;
            resolution.addressee = row.value(4).toString();
            resolution.deadline = {*deadline, SS::toDate(row.value(6))};
            resolution.followUpStatus = *followUp;
            resolution.statusNote = row.value(8).toString();
            resolution.agendaItemUid = SS::toUuid(row.value(9));
            resolutionIndex.insert(row.value(0).toLongLong(), int(meeting.resolutions.size()));
            meeting.resolutions.append(std::move(resolution));
            return {};
        });
        if (!read)
            return read.error();
    }

    for (const bool points : {true, false}) {
        const Result<QSqlQuery*> query = m_statements.exec(
            points ? Sql::SelectResolutionPoints : Sql::SelectResponsible, {id}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&](const QSqlQuery& row) -> Status {
            Resolution& resolution
                = meeting.resolutions[resolutionIndex.value(row.value(0).toLongLong())];
            (points ? resolution.subPoints : resolution.responsible)
                .append(row.value(1).toString());
            return {};
        });
        if (!read)
            return read.error();
    }

    const auto history = m_stores.followUps.load(id);
    if (!history)
        return history.error();
    for (Resolution& resolution : meeting.resolutions)
        resolution.followUpHistory = history->value(resolution.uid);
    auto attachments = m_stores.attachments.load(id);
    if (!attachments)
        return attachments.error();
    if (const Status read = MeetingFormsStore(m_statements).read(meeting); !read)
        return read.error();
    meeting.attachments = std::move(attachments).value();
    return meeting;
}

Result<SqliteMeetingRepository::StoredState> SqliteMeetingRepository::storedState(qint64 id) const
{
    const QString doing = tr("Could not save the meeting %1").arg(id);
    const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectState, {id}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    if (!row.next()) {
        const bool failed = row.lastError().isValid();
        Error error = failed
            ? SS::errorOf(row, doing)
            : Error::notFound(tr("The meeting %1 is no longer in the database; it may have "
                                 "been deleted in another window.")
                                  .arg(id));
        row.finish();
        return error;
    }
    const Result<MeetingStatus> status = SS::enumOf<MeetingStatus>(row.value(1), u"status"_s);
    Meeting described;
    described.id = id;
    described.number = row.value(3).toInt();
    described.date = SS::toDate(row.value(4));
    const int revision = row.value(0).toInt();
    row.finish();
    if (!status)
        return status.error();
    described.status = *status;
    if (StatusWorkflow::isLocked(*status))
        return lockedError(described);
    return StoredState {revision, *status};
}

Result<QHash<QUuid, SqliteMeetingRepository::FollowUpState>>
SqliteMeetingRepository::storedFollowUps(qint64 id) const
{
    const QString doing = tr("Could not save the meeting %1").arg(id);
    const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectFollowUps, {id}, doing);
    if (!query)
        return query.error();
    QHash<QUuid, FollowUpState> states;
    const Status read = readRows(*query, doing, [&states](const QSqlQuery& row) -> Status {
        const Result<FollowUpStatus> status
            = SS::enumOf<FollowUpStatus>(row.value(1), u"follow-up status"_s);
        if (!status)
            return status.error();
        states.insert(SS::toUuid(row.value(0)), {*status, row.value(2).toString()});
        return {};
    });
    if (!read)
        return read.error();
    return states;
}

Status SqliteMeetingRepository::keepFollowUpChanges(
    Meeting& stored, const QHash<QUuid, FollowUpState>& before, const QString& author)
{
    // Every change of a follow-up is a dated step, whichever way it came.
    const QDateTime now = m_stores.context.now();
    bool changed = false;
    for (const Resolution& resolution : std::as_const(stored.resolutions)) {
        const FollowUpState old = before.value(resolution.uid);
        if (old.status == resolution.followUpStatus && old.note == resolution.statusNote)
            continue;
        const FollowUpEntry entry {now.toLocalTime().date(), resolution.followUpStatus,
            resolution.statusNote, author, now};
        if (const Status kept = m_stores.followUps.appendOrMerge(stored.id, resolution.uid, entry);
            !kept)
            return kept;
        changed = true;
    }
    if (!changed)
        return {};
    const auto history = m_stores.followUps.load(stored.id);
    if (!history)
        return history.error();
    for (Resolution& resolution : stored.resolutions)
        resolution.followUpHistory = history->value(resolution.uid);
    return {};
}

Result<Meeting> SqliteMeetingRepository::save(const Meeting& meeting, SaveKind kind)
{
    if (const Status writable = refuseWrite(); !writable)
        return writable.error();
    // Before any SQL: a copy that is final or signed cannot be saved over the
    // stored one (a new meeting may come in locked: an import).
    if (meeting.id != 0 && meeting.isLocked())
        return lockedError(meeting);

    SqlTransaction transaction(m_statements.database());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<Meeting> stored = saveInTransaction(meeting,
        kind == SaveKind::Autosave ? RevisionKind::Autosave : RevisionKind::Save,
        m_stores.context.userName);
    if (!stored)
        return stored;
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<Meeting> SqliteMeetingRepository::saveInTransaction(
    const Meeting& meeting, RevisionKind kind, const QString& author)
{
    const QString doing = tr("Could not save the meeting");
    if (meeting.id != 0 && meeting.isLocked())
        return lockedError(meeting);

    Meeting stored = meeting;
    const bool inserting = meeting.id == 0;
    // The status the rows are written under: never locked, or the triggers
    // would refuse the rows. A change of status comes after, with its audit line.
    MeetingStatus writtenStatus = MeetingStatus::Draft;
    QHash<QUuid, FollowUpState> followUpsBefore;
    if (inserting) {
        const Result<qint64> inserted = MeetingRowStore(m_statements).insert(doing);
        if (!inserted)
            return inserted.error();
        stored.id = *inserted;
        stored.revision = 1;
    } else {
        const Result<StoredState> state = storedState(meeting.id);
        if (!state)
            return state.error();
        if (state->revision != meeting.revision)
            return Error::conflict(
                tr("The meeting was changed elsewhere (in another window or program) after "
                   "you opened it: it is at revision %1, your copy at revision %2. Nothing "
                   "was saved; reload the meeting and make your changes again.")
                    .arg(state->revision)
                    .arg(meeting.revision));
        if (meeting.status != state->status) {
            if (const Status allowed
                = StatusWorkflow::checkTransition(state->status, meeting.status);
                !allowed)
                return allowed.error();
        }
        writtenStatus = state->status;
        stored.revision = state->revision + 1;
        const auto followUps = storedFollowUps(meeting.id);
        if (!followUps)
            return followUps.error();
        followUpsBefore = *followUps;
        if (const Status deleted = deleteChildren(meeting.id); !deleted)
            return deleted.error();
    }

    QHash<QString, qint64> personIds;
    const Result<qint64> chair = meeting.chair == Person {}
        ? Result<qint64>(0)
        : personId(stored.id, meeting.chair, personIds);
    if (!chair)
        return chair.error();
    const Result<qint64> secretary = meeting.secretary == Person {}
        ? Result<qint64>(0)
        : personId(stored.id, meeting.secretary, personIds);
    if (!secretary)
        return secretary.error();

    // The row's own columns; the body's template is taken into stored.
    if (const Status written
        = MeetingRowStore(m_statements).write(stored, writtenStatus, {*chair, *secretary}, doing);
        !written)
        return written.error();

    if (const Status written = writeChildren(stored.id, meeting, personIds); !written)
        return written.error();
    // The appendices and votes.
    if (const Status written = MeetingFormsStore(m_statements).write(stored); !written)
        return written.error();
    if (const Status indexed = writeSearchIndex(stored.id, meeting); !indexed)
        return indexed.error();

    if (inserting) {
        // What a new meeting brings (an import): its files and its follow-up as they were.
        for (const Attachment& attachment : meeting.attachments) {
            if (const Status kept = m_stores.attachments.insert(stored.id, attachment); !kept)
                return kept.error();
        }
        for (const Resolution& resolution : meeting.resolutions) {
            for (const FollowUpEntry& entry : resolution.followUpHistory) {
                if (const Status kept = m_stores.followUps.append(stored.id, resolution.uid, entry);
                    !kept)
                    return kept.error();
            }
        }
    } else if (const Status kept = keepFollowUpChanges(stored, followUpsBefore, author); !kept) {
        return kept.error();
    }

    RevisionKind revisionKind = inserting ? RevisionKind::Create : kind;
    if (meeting.status != writtenStatus) {
        AuditEntry line;
        line.at = m_stores.context.now();
        line.user = author;
        line.action = inserting ? AuditAction::Import : AuditAction::Transition;
        line.from = writtenStatus;
        line.to = meeting.status;
        line.revision = stored.revision;
        line.note = inserting ? tr("imported as %1").arg(StatusWorkflow::name(meeting.status))
                              : QString();
        QString hash;
        if (meeting.isLocked())
            hash = line.controlHash = ControlCode::hash(stored);
        if (const Status logged = m_stores.audit.append(stored.id, line, ControlCode::hash(stored));
            !logged)
            return logged.error();
        const QDate signedOn
            = meeting.status == MeetingStatus::Signed ? line.at.toLocalTime().date() : QDate();
        if (const Status set
            = writeStatus(stored.id, meeting.status, stored.revision, hash, signedOn);
            !set)
            return set.error();
        if (!inserting)
            revisionKind = RevisionKind::Transition;
    }
    if (const Status kept = m_stores.revisions.record(stored, revisionKind, author); !kept)
        return kept.error();
    return stored;
}

Status SqliteMeetingRepository::writeStatus(
    qint64 id, MeetingStatus status, int revision, const QString& controlHash, QDate signedOn)
{
    const Result<QSqlQuery*> update = m_statements.exec(Sql::UpdateStatus,
        {enumKey(status), revision, controlHash.isEmpty() ? QVariant() : QVariant(controlHash),
            SS::date(signedOn), id},
        tr("Could not change the status of the meeting %1").arg(id));
    if (!update)
        return update.error();
    (*update)->finish();
    return {};
}

Status SqliteMeetingRepository::deleteChildren(qint64 meetingId)
{
    const QString doing = tr("Could not save the meeting");
    // Those that refer to person copies go before the copies; the rest cascade.
    // The search index is brought up to date part by part in writeSearchIndex().
    const QString statements[] = {
        u"DELETE FROM attendance WHERE meeting_id = ?"_s,
        u"DELETE FROM resolutions WHERE meeting_id = ?"_s,
        u"DELETE FROM agenda_items WHERE meeting_id = ?"_s,
        u"DELETE FROM meeting_persons WHERE meeting_id = ?"_s,
    };
    for (const QString& sql : statements) {
        const Result<QSqlQuery*> query = m_statements.exec(sql, {meetingId}, doing);
        if (!query)
            return query.error();
        (*query)->finish();
    }
    return {};
}

Result<qint64> SqliteMeetingRepository::personId(
    qint64 meetingId, const Person& person, QHash<QString, qint64>& personIds)
{
    const QString key = personKey(person);
    if (const auto found = personIds.constFind(key); found != personIds.cend())
        return *found;
    const Result<QSqlQuery*> insert = m_statements.exec(Sql::InsertPerson,
        {meetingId, SS::id(person.directoryId), SS::text(person.fullName),
            SS::text(person.shortName), SS::text(person.position), SS::text(person.organisation)},
        tr("Could not save the persons of the meeting"));
    if (!insert)
        return insert.error();
    const qint64 id = (*insert)->lastInsertId().toLongLong();
    (*insert)->finish();
    personIds.insert(key, id);
    return id;
}

Status SqliteMeetingRepository::writeChildren(
    qint64 meetingId, const Meeting& meeting, QHash<QString, qint64>& personIds)
{
    const QString doing = tr("Could not save the attendance");
    for (int seq = 0; seq < meeting.attendance.size(); ++seq) {
        const Attendance& line = meeting.attendance.at(seq);
        const Result<qint64> person = personId(meetingId, line.person, personIds);
        if (!person)
            return person.error();
        const Result<QSqlQuery*> insert = m_statements.exec(Sql::InsertAttendance,
            {meetingId, seq, *person, enumKey(line.role), enumKey(line.presence),
                SS::text(line.note)},
            doing);
        if (!insert)
            return insert.error();
        (*insert)->finish();
    }
    for (int seq = 0; seq < meeting.agenda.size(); ++seq) {
        if (const Status written
            = writeAgendaItem(meetingId, seq, meeting.agenda.at(seq), personIds);
            !written)
            return written;
    }
    for (int seq = 0; seq < meeting.resolutions.size(); ++seq) {
        if (const Status written = writeResolution(meetingId, seq, meeting.resolutions.at(seq));
            !written)
            return written;
    }
    return {};
}

Status SqliteMeetingRepository::writeAgendaItem(
    qint64 meetingId, int seq, const AgendaItem& item, QHash<QString, qint64>& personIds)
{
    const QString doing = tr("Could not save the agenda item %1").arg(seq + 1);
    const Result<QSqlQuery*> insert = m_statements.exec(Sql::InsertAgendaItem,
        {meetingId, seq, SS::uuid(item.uid), SS::text(item.title),
            SS::text(item.discussion.summary)},
        doing);
    if (!insert)
        return insert.error();
    const qint64 itemId = (*insert)->lastInsertId().toLongLong();
    (*insert)->finish();

    for (int p = 0; p < item.discussion.participants.size(); ++p) {
        const Result<qint64> person
            = personId(meetingId, item.discussion.participants.at(p), personIds);
        if (!person)
            return person.error();
        const Result<QSqlQuery*> participant
            = m_statements.exec(Sql::InsertParticipant, {itemId, p, *person}, doing);
        if (!participant)
            return participant.error();
        (*participant)->finish();
    }

    for (int r = 0; r < item.reports.size(); ++r) {
        const SpeakerReport& report = item.reports.at(r);
        const Result<qint64> speaker = report.speaker == Person {}
            ? Result<qint64>(0)
            : personId(meetingId, report.speaker, personIds);
        if (!speaker)
            return speaker.error();
        const Result<QSqlQuery*> reportInsert = m_statements.exec(Sql::InsertReport,
            {itemId, r, SS::uuid(report.uid), SS::id(*speaker), SS::text(report.lead),
                SS::text(report.body)},
            doing);
        if (!reportInsert)
            return reportInsert.error();
        const qint64 reportId = (*reportInsert)->lastInsertId().toLongLong();
        (*reportInsert)->finish();

        for (int t = 0; t < report.kpiTables.size(); ++t) {
            const KpiTable& table = report.kpiTables.at(t);
            const Result<QSqlQuery*> tableInsert = m_statements.exec(
                Sql::InsertKpiTable, {reportId, t, SS::text(table.caption)}, doing);
            if (!tableInsert)
                return tableInsert.error();
            const qint64 tableId = (*tableInsert)->lastInsertId().toLongLong();
            (*tableInsert)->finish();

            for (int k = 0; k < table.rows.size(); ++k) {
                const KpiRow& row = table.rows.at(k);
                const Result<QSqlQuery*> rowInsert = m_statements.exec(Sql::InsertKpiRow,
                    {tableId, k, SS::text(row.indicator),
                        row.value ? QVariant(*row.value) : QVariant(), SS::text(row.unit),
                        SS::text(row.period), enumKey(row.change.kind), row.change.amount,
                        SS::text(row.note)},
                    doing);
                if (!rowInsert)
                    return rowInsert.error();
                (*rowInsert)->finish();
            }
        }
    }
    return {};
}

Status SqliteMeetingRepository::writeResolution(
    qint64 meetingId, int seq, const Resolution& resolution)
{
    const QString doing = tr("Could not save the resolution %1").arg(seq + 1);
    const Result<QSqlQuery*> insert = m_statements.exec(Sql::InsertResolution,
        {meetingId, seq, SS::uuid(resolution.uid), SS::text(resolution.text),
            enumKey(resolution.kind), SS::text(resolution.addressee),
            enumKey(resolution.deadline.kind), SS::date(resolution.deadline.date),
            enumKey(resolution.followUpStatus), SS::text(resolution.statusNote),
            SS::optionalUuid(resolution.agendaItemUid)},
        doing);
    if (!insert)
        return insert.error();
    const qint64 resolutionId = (*insert)->lastInsertId().toLongLong();
    (*insert)->finish();

    for (int p = 0; p < resolution.subPoints.size(); ++p) {
        const Result<QSqlQuery*> point = m_statements.exec(Sql::InsertResolutionPoint,
            {resolutionId, p, SS::text(resolution.subPoints.at(p))}, doing);
        if (!point)
            return point.error();
        (*point)->finish();
    }
    for (int p = 0; p < resolution.responsible.size(); ++p) {
        const Result<QSqlQuery*> responsible = m_statements.exec(Sql::InsertResponsible,
            {resolutionId, p, SS::text(resolution.responsible.at(p))}, doing);
        if (!responsible)
            return responsible.error();
        (*responsible)->finish();
    }
    return {};
}

Status SqliteMeetingRepository::writeSearchIndex(qint64 meetingId, const Meeting& meeting)
{
    const QString doing = tr("Could not update the search index");
    // An autosave usually changes one part of a meeting: only the parts whose
    // text changed are indexed again, which keeps a save of a long protocol cheap.
    struct Indexed
    {
        qint64 id = 0;
        QString text;
    };
    QHash<QString, Indexed> existing;
    {
        const Result<QSqlQuery*> query
            = m_statements.exec(Sql::SelectSearchParts, {meetingId}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&existing](const QSqlQuery& row) -> Status {
            existing.insert(
                row.value(1).toString(), {row.value(0).toLongLong(), row.value(2).toString()});
            return {};
        });
        if (!read)
            return read;
    }

    for (const MeetingIndexer::Part& part : MeetingIndexer::parts(meeting)) {
        const auto found = existing.constFind(part.path);
        if (found != existing.cend()) {
            const Indexed old = *found;
            existing.erase(found);
            if (old.text == part.text)
                continue;
            const Result<QSqlQuery*> update
                = m_statements.exec(Sql::UpdateSearchText, {part.text, old.id}, doing);
            if (!update)
                return update.error();
            (*update)->finish();
            continue;
        }
        const Result<QSqlQuery*> insert
            = m_statements.exec(Sql::InsertSearchPart, {meetingId, part.path}, doing);
        if (!insert)
            return insert.error();
        const qint64 partId = (*insert)->lastInsertId().toLongLong();
        (*insert)->finish();
        const Result<QSqlQuery*> text
            = m_statements.exec(Sql::InsertSearchText, {partId, part.text}, doing);
        if (!text)
            return text.error();
        (*text)->finish();
    }

    // Parts the meeting no longer has; the trigger takes their text out of the index.
    for (const Indexed& gone : std::as_const(existing)) {
        const Result<QSqlQuery*> remove
            = m_statements.exec(Sql::DeleteSearchPart, {gone.id}, doing);
        if (!remove)
            return remove.error();
        (*remove)->finish();
    }
    return {};
}

Status SqliteMeetingRepository::reindexStale()
{
    const QString doing = tr("Could not index the meetings for search again");
    SqlTransaction transaction(m_statements.database());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    QList<qint64> stale;
    {
        const Result<QSqlQuery*> query = m_statements.exec(Sql::SelectStale, {}, doing);
        if (!query)
            return query.error();
        const Status read = readRows(*query, doing, [&stale](const QSqlQuery& row) -> Status {
            stale.append(row.value(0).toLongLong());
            return {};
        });
        if (!read)
            return read;
    }
    if (stale.isEmpty())
        return {};
    for (const qint64 id : std::as_const(stale)) {
        const Result<Meeting> meeting = loadInTransaction(id);
        if (!meeting)
            return meeting.error();
        if (const Status indexed = writeSearchIndex(id, *meeting); !indexed)
            return indexed;
    }
    const Result<QSqlQuery*> cleared = m_statements.exec(Sql::DeleteStale, {}, doing);
    if (!cleared)
        return cleared.error();
    (*cleared)->finish();
    return transaction.commit();
}

Status SqliteMeetingRepository::remove(qint64 id)
{
    if (const Status writable = refuseWrite(); !writable)
        return writable;
    const QString doing = tr("Could not delete the meeting %1").arg(id);
    SqlTransaction transaction(m_statements.database());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    // A final or signed meeting is refused before anything is deleted.
    if (const Result<StoredState> state = storedState(id); !state)
        return state.error();
    // Every row of the meeting, its search entries included, goes by cascade.
    const Result<QSqlQuery*> query = m_statements.exec(Sql::DeleteMeeting, {id}, doing);
    if (!query)
        return query.error();
    const int removed = (*query)->numRowsAffected();
    (*query)->finish();
    if (removed == 0)
        return Error::notFound(tr("There is no meeting %1.").arg(id));
    return transaction.commit();
}

} // namespace Bayon
