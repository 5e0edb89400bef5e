#include "sqliteremarkrepository.h"

#include "domain/remarklocator.h"
#include "interchange/remarksjson.h"
#include "meetingrepository.h"
#include "savecontext.h"
#include "sqlsupport.h"
#include "sqltime.h"
#include "sqltransaction.h"
#include "statementcache.h"
#include "writeguard.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {
const QString InsertRemark = uR"(
    INSERT INTO remarks (uid, meeting_id, review_copy_id, reviewer, revision, part_kind,
                         part_position, part_uid, part_text, text, written_at, imported_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (uid) DO NOTHING)"_s;
const QString SelectRemarks = uR"(
    SELECT uid, review_copy_id, reviewer, revision, part_kind, part_position, part_uid,
           part_text, text, written_at, state, imported_at
    FROM remarks WHERE meeting_id = ? ORDER BY id)"_s;
const QString UpdateState = uR"(
    UPDATE remarks SET state = ?, state_changed_at = ?, state_changed_by = ? WHERE uid = ?)"_s;

// "2.1.3" for the position of "kpi 2.1.3"; "" for the meeting.
QString positionText(const RemarkPart& part)
{
    const std::optional<PartPath> path = part.path();
    return path ? path->numbersText() : QString();
}

QString meetingName(const RemarkMeeting& meeting)
{
    return SqliteRemarkRepository::tr("meeting %1 (№ %2 of %3)")
        .arg(meeting.id)
        .arg(meeting.number)
        .arg(meeting.date.toString(Qt::ISODate));
}
} // namespace

SqliteRemarkRepository::SqliteRemarkRepository(StatementCache& statements, const WriteGuard& guard,
    const MeetingRepository& meetings, const SaveContext& context,
    std::function<QUuid()> databaseId)
    : m_statements(statements)
    , m_guard(guard)
    , m_meetings(meetings)
    , m_context(context)
    , m_databaseId(std::move(databaseId))
{
}

Result<RemarkImport> SqliteRemarkRepository::import(const QByteArray& contents)
{
    if (const Status writable = m_guard.check(); !writable)
        return writable.error();
    const Result<RemarksFile> file = RemarksJson::read(contents);
    if (!file)
        return Error::invalid(tr("The remarks file is malformed and nothing was imported: %1")
                                  .arg(file.error().message));
    const QUuid here = m_databaseId();
    if (here.isNull() || file->sourceDatabaseId != here)
        return Error::refused(
            tr("These remarks were written in a review copy that was made from another database "
               "(%1), not from this one (%2); nothing was imported.")
                .arg(file->sourceDatabaseId.toString(QUuid::WithoutBraces),
                    here.toString(QUuid::WithoutBraces)));

    RemarkImport result;
    result.reviewer = file->reviewer;
    // Every meeting is checked before anything is written.
    QHash<qint64, bool> checked;
    for (const Remark& remark : file->remarks) {
        if (checked.contains(remark.meeting.id))
            continue;
        const Result<Meeting> meeting = m_meetings.load(remark.meeting.id);
        if (!meeting && meeting.error().code != Error::Code::NotFound)
            return meeting.error();
        // The same id with neither the number nor the date: another meeting
        // took the place of a removed one.
        if (!meeting
            || (meeting->number != remark.meeting.number && meeting->date != remark.meeting.date))
            return Error::notFound(
                tr("A remark is on %1, which is not in this database; nothing was imported.")
                    .arg(meetingName(remark.meeting)));
        checked.insert(remark.meeting.id, true);
        result.meetingIds.append(remark.meeting.id);
    }

    const QString doing = tr("Could not import the remarks");
    SqlTransaction transaction(m_statements.database());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    const QVariant importedAt = SqlTime::moment(m_context.now());
    const QVariant reviewCopy = SS::uuid(file->reviewCopyId);
    for (const Remark& remark : file->remarks) {
        const Result<QSqlQuery*> insert = m_statements.exec(InsertRemark,
            {SS::uuid(remark.uid), remark.meeting.id, reviewCopy, SS::text(remark.reviewer),
                remark.revision, enumKey(RemarkPart::pathKind(remark.part.kind)),
                SS::text(positionText(remark.part)), SS::optionalUuid(remark.part.uid),
                SS::text(remark.part.text), SS::text(remark.text),
                SqlTime::moment(remark.writtenAt), importedAt},
            doing);
        if (!insert)
            return insert.error();
        if ((*insert)->numRowsAffected() > 0)
            ++result.added;
        else
            ++result.alreadyThere;
        (*insert)->finish();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<QList<ImportedRemark>> SqliteRemarkRepository::list(qint64 meetingId) const
{
    const Result<Meeting> meeting = m_meetings.load(meetingId);
    if (!meeting)
        return meeting.error();
    const QString doing = tr("Could not read the remarks on meeting %1").arg(meetingId);
    const Result<QSqlQuery*> select = m_statements.exec(SelectRemarks, {meetingId}, doing);
    if (!select)
        return select.error();
    QSqlQuery& row = **select;
    QList<ImportedRemark> remarks;
    while (row.next()) {
        ImportedRemark imported;
        Remark& remark = imported.remark;
        remark.uid = SS::toUuid(row.value(0));
        remark.meeting = {meeting->id, meeting->number, meeting->date};
        imported.reviewCopyId = SS::toUuid(row.value(1));
        remark.reviewer = row.value(2).toString();
        remark.revision = row.value(3).toInt();
        const QString position = row.value(5).toString();
        const QString name
            = row.value(4).toString() + (position.isEmpty() ? QString() : u' ' + position);
        Result<RemarkPart> part = RemarkPart::parse(name);
        if (!part) {
            row.finish();
            return Error::failed(doing + u": "_s + part.error().message);
        }
        remark.part = std::move(part).value();
        remark.part.uid = row.value(6).isNull() ? QUuid() : SS::toUuid(row.value(6));
        remark.part.text = row.value(7).toString();
        remark.text = row.value(8).toString();
        remark.writtenAt = SqlTime::toMoment(row.value(9));
        remark.state
            = enumFromKey<RemarkState>(row.value(10).toString()).value_or(RemarkState::Open);
        imported.importedAt = SqlTime::toMoment(row.value(11));
        imported.location = RemarkLocator::locate(*meeting, remark);
        remarks.append(std::move(imported));
    }
    const bool failed = row.lastError().isValid();
    Status status;
    if (failed)
        status = SS::errorOf(row, doing);
    row.finish();
    if (!status)
        return status.error();
    return remarks;
}

Status SqliteRemarkRepository::setState(const QUuid& uid, RemarkState state)
{
    if (const Status writable = m_guard.check(); !writable)
        return writable;
    const Result<QSqlQuery*> update = m_statements.exec(UpdateState,
        {enumKey(state), SqlTime::moment(m_context.now()), SS::text(m_context.userName),
            SS::uuid(uid)},
        tr("Could not mark the remark"));
    if (!update)
        return update.error();
    const int changed = (*update)->numRowsAffected();
    (*update)->finish();
    if (changed == 0)
        return Error::notFound(
            tr("There is no remark %1 in this database.").arg(uid.toString(QUuid::WithoutBraces)));
    return {};
}

} // namespace Bayon
