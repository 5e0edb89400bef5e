#include "meetingrowstore.h"

#include "interchange/protocoltemplatejson.h"
#include "sqlitecouncilrepository.h"
#include "sqlsupport.h"
#include "statementcache.h"

#include <QSqlQuery>
#include <array>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {

// The meeting's own columns, in the order they are bound and read.
enum Column {
    Revision,
    StatusColumn,
    CouncilName,
    Number,
    Date,
    StartTime,
    Place,
    Form,
    Title,
    ChairId,
    SecretaryId,
    CouncilId,
    ProtocolFormColumn,
    EndTime,
    ConvenedBy,
    Basis,
    Notification,
    MemberCount,
    Template,
    ColumnCount
};

constexpr std::array<QStringView, ColumnCount> kColumns {u"revision", u"status", u"council_name",
    u"number", u"date", u"start_time", u"place", u"form", u"title", u"chair_id", u"secretary_id",
    u"council_id", u"protocol_form", u"end_time", u"convened_by", u"basis", u"notification",
    u"member_count", u"template"};

QString columnList(QStringView suffix)
{
    QStringList columns;
    for (const QStringView column : kColumns)
        columns.append(column + suffix);
    return columns.join(u", "_s);
}

const QString InsertMeeting = uR"(
    INSERT INTO meetings (revision) VALUES (1))"_s;
const QString SelectRow = u"SELECT "_s + columnList(u"") + u" FROM meetings WHERE id = ?"_s;
const QString UpdateRow = u"UPDATE meetings SET "_s + columnList(u" = ?")
    + u", updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"_s;
// Only drafts and meetings in review follow the body's template; the lock of
// final and signed meetings would refuse the others anyway.
const QString UpdateDraftTemplates = uR"(
    UPDATE meetings SET template = ?
    WHERE council_id = ? AND status IN ('draft', 'review') AND template IS NOT ?)"_s;

} // namespace

MeetingRowStore::MeetingRowStore(StatementCache& statements)
    : m_statements(statements)
{
}

QStringList MeetingRowStore::columns()
{
    QStringList names;
    for (const QStringView column : kColumns)
        names.append(column.toString());
    return names;
}

QVariant MeetingRowStore::templateColumn(const ProtocolTemplate& protocolTemplate)
{
    return protocolTemplate == ProtocolTemplate {}
        ? QVariant(QMetaType(QMetaType::QString))
        : QVariant(QString::fromUtf8(ProtocolTemplateJson::write(protocolTemplate)));
}

Result<qint64> MeetingRowStore::insert(const QString& doing)
{
    const Result<QSqlQuery*> insert = m_statements.exec(InsertMeeting, {}, doing);
    if (!insert)
        return insert.error();
    const qint64 id = (*insert)->lastInsertId().toLongLong();
    (*insert)->finish();
    return id;
}

Status MeetingRowStore::write(
    Meeting& stored, MeetingStatus status, PersonIds persons, const QString& doing)
{
    // The row is written while the stored status is a draft or in review (a
    // locked meeting is refused before): the body's template is the one.
    if (stored.councilId != 0) {
        const Result<std::optional<ProtocolTemplate>> current
            = SqliteCouncilRepository::templateOf(m_statements, stored.councilId);
        if (!current)
            return current.error();
        if (!current->has_value())
            return Error::notFound(
                tr("There is no council %1 for the meeting.").arg(stored.councilId));
        stored.protocolTemplate = **current;
    }
    QVariantList values(ColumnCount);
    values[Revision] = stored.revision;
    values[StatusColumn] = enumKey(status);
    values[CouncilName] = SS::text(stored.councilName);
    values[Number] = stored.number;
    values[Date] = SS::date(stored.date);
    values[StartTime] = SS::time(stored.startTime);
    values[Place] = SS::text(stored.place);
    values[Form] = enumKey(stored.form);
    values[Title] = SS::text(stored.title());
    values[ChairId] = SS::id(persons.chair);
    values[SecretaryId] = SS::id(persons.secretary);
    values[CouncilId] = SS::id(stored.councilId);
    values[ProtocolFormColumn] = enumKey(stored.protocolForm);
    values[EndTime] = SS::time(stored.endTime);
    values[ConvenedBy] = SS::text(stored.convenedBy);
    values[Basis] = SS::text(stored.basis);
    values[Notification] = SS::text(stored.notification);
    values[MemberCount] = stored.memberCount;
    values[Template] = templateColumn(stored.protocolTemplate);
    values.append(stored.id);
    const Result<QSqlQuery*> update = m_statements.get(UpdateRow);
    if (!update)
        return update.error();
    for (int i = 0; i < values.size(); ++i)
        (*update)->bindValue(i, values.at(i));
    const Status written = SS::exec(**update, doing);
    (*update)->finish();
    if (!written)
        return written;
    return {};
}

Result<MeetingRowStore::PersonIds> MeetingRowStore::read(
    Meeting& meeting, const QString& doing) const
{
    PersonIds persons;
    QString templateJson;
    {
        const Result<QSqlQuery*> query = m_statements.exec(SelectRow, {meeting.id}, doing);
        if (!query)
            return query.error();
        QSqlQuery& row = **query;
        if (const Status found = SS::firstMeetingRow(row, meeting.id, doing); !found)
            return found.error();
        const Result<MeetingForm> form = SS::enumOf<MeetingForm>(row.value(Form), u"form"_s);
        const Result<MeetingStatus> status
            = SS::enumOf<MeetingStatus>(row.value(StatusColumn), u"status"_s);
        meeting.revision = row.value(Revision).toInt();
        meeting.councilName = row.value(CouncilName).toString();
        meeting.number = row.value(Number).toInt();
        meeting.date = SS::toDate(row.value(Date));
        meeting.startTime = SS::toTime(row.value(StartTime));
        meeting.place = row.value(Place).toString();
        persons.chair = row.value(ChairId).toLongLong();
        persons.secretary = row.value(SecretaryId).toLongLong();
        meeting.councilId = row.value(CouncilId).toLongLong();
        meeting.protocolForm = enumFromKey<ProtocolForm>(row.value(ProtocolFormColumn).toString())
                                   .value_or(ProtocolForm::Narrative);
        meeting.endTime = SS::toTime(row.value(EndTime));
        meeting.convenedBy = row.value(ConvenedBy).toString();
        meeting.basis = row.value(Basis).toString();
        meeting.notification = row.value(Notification).toString();
        meeting.memberCount = row.value(MemberCount).toInt();
        templateJson = row.value(Template).toString();
        row.finish();
        if (!form)
            return form.error();
        if (!status)
            return status.error();
        meeting.form = *form;
        meeting.status = *status;
    }
    if (meeting.councilId != 0 && !meeting.isLocked()) {
        const Result<std::optional<ProtocolTemplate>> current
            = SqliteCouncilRepository::templateOf(m_statements, meeting.councilId);
        if (!current)
            return current.error();
        if (current->has_value()) {
            templateJson.clear();
            meeting.protocolTemplate = **current;
        }
    }
    if (!templateJson.isEmpty()) {
        const Result<ProtocolTemplate> stored
            = ProtocolTemplateJson::fromJson(templateJson.toUtf8());
        if (!stored)
            return Error::failed(doing + u": "_s + stored.error().message);
        meeting.protocolTemplate = *stored;
    }
    return persons;
}

Status MeetingRowStore::followTemplate(StatementCache& statements, qint64 councilId,
    const ProtocolTemplate& protocolTemplate, const QString& doing)
{
    const QVariant json = templateColumn(protocolTemplate);
    const Result<QSqlQuery*> drafts
        = statements.exec(UpdateDraftTemplates, {json, councilId, json}, doing);
    if (!drafts)
        return drafts.error();
    (*drafts)->finish();
    return {};
}

} // namespace Bayon
