#include "meetingjson.h"

#include "jsonfieldreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <limits>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

const QString formatName = u"bayon-meeting"_s;
const QString timeFormat = u"HH:mm"_s;

// Writing: one function per domain type. QJsonObject keeps its keys sorted,
// which is the documented order of the format. Null dates, times and ids are
// written as "" (the format has no other "not set").

QString uuidText(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithBraces);
}

QString dateText(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

template<typename T, typename Write> QJsonArray arrayOf(const QList<T>& items, Write write)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(write(item));
    return array;
}

QJsonObject personJson(const Person& person)
{
    return {{u"directoryId"_s, person.directoryId}, {u"fullName"_s, person.fullName},
        {u"shortName"_s, person.shortName}, {u"position"_s, person.position},
        {u"organisation"_s, person.organisation}};
}

QJsonObject attendanceJson(const Attendance& attendance)
{
    return {{u"person"_s, personJson(attendance.person)}, {u"role"_s, enumKey(attendance.role)},
        {u"presence"_s, enumKey(attendance.presence)}, {u"note"_s, attendance.note}};
}

QJsonObject kpiRowJson(const KpiRow& row)
{
    const QJsonObject change {
        {u"kind"_s, enumKey(row.change.kind)}, {u"amount"_s, row.change.amount}};
    // Doubles are written in their shortest exact form: 16.5 stays 16.5.
    return {{u"indicator"_s, row.indicator},
        {u"value"_s, row.value ? QJsonValue(*row.value) : QJsonValue(QJsonValue::Null)},
        {u"unit"_s, row.unit}, {u"period"_s, row.period}, {u"change"_s, change},
        {u"note"_s, row.note}};
}

QJsonObject kpiTableJson(const KpiTable& table)
{
    return {{u"caption"_s, table.caption}, {u"rows"_s, arrayOf(table.rows, kpiRowJson)}};
}

QJsonObject reportJson(const SpeakerReport& report)
{
    return {{u"id"_s, uuidText(report.uid)}, {u"speaker"_s, personJson(report.speaker)},
        {u"lead"_s, report.lead}, {u"body"_s, report.body},
        {u"kpiTables"_s, arrayOf(report.kpiTables, kpiTableJson)}};
}

QJsonObject agendaItemJson(const AgendaItem& item)
{
    const QJsonObject discussion {
        {u"participants"_s, arrayOf(item.discussion.participants, personJson)},
        {u"summary"_s, item.discussion.summary}};
    return {{u"id"_s, uuidText(item.uid)}, {u"title"_s, item.title},
        {u"reports"_s, arrayOf(item.reports, reportJson)}, {u"discussion"_s, discussion}};
}

QJsonObject resolutionJson(const Resolution& resolution)
{
    const QJsonObject deadline {{u"kind"_s, enumKey(resolution.deadline.kind)},
        {u"date"_s, dateText(resolution.deadline.date)}};
    const QJsonObject followUp {
        {u"status"_s, enumKey(resolution.followUpStatus)}, {u"note"_s, resolution.statusNote}};
    return {{u"id"_s, uuidText(resolution.uid)}, {u"text"_s, resolution.text},
        {u"subPoints"_s, QJsonArray::fromStringList(resolution.subPoints)},
        {u"kind"_s, enumKey(resolution.kind)}, {u"addressee"_s, resolution.addressee},
        {u"responsible"_s, QJsonArray::fromStringList(resolution.responsible)},
        {u"deadline"_s, deadline}, {u"followUp"_s, followUp},
        {u"agendaItem"_s, uuidText(resolution.agendaItemUid)}};
}

QJsonObject meetingJson(const Meeting& meeting)
{
    return {{u"councilName"_s, meeting.councilName}, {u"number"_s, meeting.number},
        {u"date"_s, dateText(meeting.date)},
        {u"startTime"_s,
            meeting.startTime.isValid() ? meeting.startTime.toString(timeFormat) : QString()},
        {u"place"_s, meeting.place}, {u"form"_s, enumKey(meeting.form)},
        {u"status"_s, enumKey(meeting.status)}, {u"chair"_s, personJson(meeting.chair)},
        {u"secretary"_s, personJson(meeting.secretary)},
        {u"attendance"_s, arrayOf(meeting.attendance, attendanceJson)},
        {u"agenda"_s, arrayOf(meeting.agenda, agendaItemJson)},
        {u"resolutions"_s, arrayOf(meeting.resolutions, resolutionJson)}};
}

// Reading: the mirror of each writer. The reader keeps the first refusal, so
// these read on regardless and MeetingJson::read() checks once at the end.

// An id may be left out (or "") in a hand-written file: the part gets a new one.
// A null id is never kept, since a null agendaItem means "the whole meeting".
QUuid readId(JsonFieldReader& r)
{
    const QUuid id = r.has(u"id") ? r.uuid(u"id") : QUuid();
    return id.isNull() ? QUuid::createUuid() : id;
}

Person readPerson(JsonFieldReader r)
{
    r.expectKeys({u"directoryId", u"fullName", u"shortName", u"position", u"organisation"});
    Person person;
    if (r.has(u"directoryId"))
        person.directoryId = r.integer(u"directoryId", 0, std::numeric_limits<qint64>::max());
    person.fullName = r.string(u"fullName");
    person.shortName = r.string(u"shortName");
    person.position = r.string(u"position");
    person.organisation = r.string(u"organisation");
    return person;
}

Attendance readAttendance(JsonFieldReader r)
{
    r.expectKeys({u"person", u"role", u"presence", u"note"});
    Attendance attendance;
    attendance.person = readPerson(r.object(u"person"));
    attendance.role = r.enumeration<AttendanceRole>(u"role");
    attendance.presence = r.enumeration<Presence>(u"presence");
    attendance.note = r.string(u"note");
    return attendance;
}

KpiChange readChange(JsonFieldReader r)
{
    r.expectKeys({u"kind", u"amount"});
    KpiChange change;
    change.kind = r.enumeration<ChangeKind>(u"kind");
    change.amount = r.number(u"amount");
    return change;
}

KpiRow readKpiRow(JsonFieldReader r)
{
    r.expectKeys({u"indicator", u"value", u"unit", u"period", u"change", u"note"});
    KpiRow row;
    row.indicator = r.string(u"indicator");
    row.value = r.numberOrNull(u"value");
    row.unit = r.string(u"unit");
    row.period = r.string(u"period");
    row.change = readChange(r.object(u"change"));
    row.note = r.string(u"note");
    return row;
}

KpiTable readKpiTable(JsonFieldReader r)
{
    r.expectKeys({u"caption", u"rows"});
    KpiTable table;
    table.caption = r.string(u"caption");
    table.rows = r.list(u"rows", readKpiRow);
    return table;
}

SpeakerReport readReport(JsonFieldReader r)
{
    r.expectKeys({u"id", u"speaker", u"lead", u"body", u"kpiTables"});
    SpeakerReport report;
    report.uid = readId(r);
    report.speaker = readPerson(r.object(u"speaker"));
    report.lead = r.string(u"lead");
    report.body = r.string(u"body");
    report.kpiTables = r.list(u"kpiTables", readKpiTable);
    return report;
}

Discussion readDiscussion(JsonFieldReader r)
{
    r.expectKeys({u"participants", u"summary"});
    Discussion discussion;
    discussion.participants = r.list(u"participants", readPerson);
    discussion.summary = r.string(u"summary");
    return discussion;
}

AgendaItem readAgendaItem(JsonFieldReader r)
{
    r.expectKeys({u"id", u"title", u"reports", u"discussion"});
    AgendaItem item;
    item.uid = readId(r);
    item.title = r.string(u"title");
    item.reports = r.list(u"reports", readReport);
    item.discussion = readDiscussion(r.object(u"discussion"));
    return item;
}

Deadline readDeadline(JsonFieldReader r)
{
    r.expectKeys({u"kind", u"date"});
    // Kind and date are kept as they stand even when they disagree: refusing
    // such a deadline is MeetingValidator's call, not the format's.
    Deadline deadline;
    deadline.kind = r.enumeration<DeadlineKind>(u"kind");
    deadline.date = r.date(u"date");
    return deadline;
}

Resolution readResolution(JsonFieldReader r)
{
    r.expectKeys({u"id", u"text", u"subPoints", u"kind", u"addressee", u"responsible", u"deadline",
        u"followUp", u"agendaItem"});
    Resolution resolution;
    resolution.uid = readId(r);
    resolution.text = r.string(u"text");
    resolution.subPoints = r.strings(u"subPoints");
    resolution.kind = r.enumeration<ResolutionKind>(u"kind");
    resolution.addressee = r.string(u"addressee");
    resolution.responsible = r.strings(u"responsible");
    resolution.deadline = readDeadline(r.object(u"deadline"));
    JsonFieldReader followUp = r.object(u"followUp");
    followUp.expectKeys({u"status", u"note"});
    resolution.followUpStatus = followUp.enumeration<FollowUpStatus>(u"status");
    resolution.statusNote = followUp.string(u"note");
    resolution.agendaItemUid = r.uuid(u"agendaItem");
    return resolution;
}

Meeting readMeeting(JsonFieldReader r)
{
    r.expectKeys({u"councilName", u"number", u"date", u"startTime", u"place", u"form", u"status",
        u"chair", u"secretary", u"attendance", u"agenda", u"resolutions"});
    Meeting meeting;
    meeting.councilName = r.string(u"councilName");
    meeting.number = int(
        r.integer(u"number", std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    meeting.date = r.date(u"date");
    meeting.startTime = r.time(u"startTime");
    meeting.place = r.string(u"place");
    meeting.form = r.enumeration<MeetingForm>(u"form");
    meeting.status = r.enumeration<MeetingStatus>(u"status");
    meeting.chair = readPerson(r.object(u"chair"));
    meeting.secretary = readPerson(r.object(u"secretary"));
    meeting.attendance = r.list(u"attendance", readAttendance);
    meeting.agenda = r.list(u"agenda", readAgendaItem);
    meeting.resolutions = r.list(u"resolutions", readResolution);
    return meeting;
}

// Where the parser stopped, as a byte offset. After most errors it has already
// consumed the character at fault, so step back onto it.
qsizetype errorPosition(const QJsonParseError& error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingObject:
        return std::max(error.offset - 1, 0);
    default:
        return error.offset;
    }
}

// A person looks for a line and a column (counted in characters, from 1, as
// editors count them), not a byte offset.
QString lineAndColumn(const QByteArray& json, qsizetype position)
{
    const QByteArrayView before
        = QByteArrayView(json).first(std::clamp<qsizetype>(position, 0, json.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const auto line = before.count('\n') + 1;
    const auto column = QString::fromUtf8(before.sliced(lineStart)).toUcs4().size() + 1;
    return QCoreApplication::translate("MeetingJson", "line %1, column %2").arg(line).arg(column);
}

// A document cut short fails where its content ends, or at the start of a
// literal it cut ("nu"); one with a mistake inside fails before that.
bool isTruncated(const QByteArray& json, const QJsonParseError& error)
{
    qsizetype contentEnd = json.size();
    while (contentEnd > 0 && QChar::isSpace(uchar(json.at(contentEnd - 1))))
        --contentEnd;
    if (error.offset >= contentEnd)
        return true;
    const QByteArrayView rest
        = QByteArrayView(json).first(contentEnd).sliced(std::min(errorPosition(error), contentEnd));
    return !rest.isEmpty()
        && (QByteArrayView("true").startsWith(rest) || QByteArrayView("false").startsWith(rest)
            || QByteArrayView("null").startsWith(rest));
}

} // namespace

QByteArray MeetingJson::write(const Meeting& meeting)
{
    const QJsonObject document {{u"format"_s, formatName}, {u"version"_s, formatVersion},
        {u"meeting"_s, meetingJson(meeting)}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<Meeting> MeetingJson::read(const QByteArray& json)
{
    if (json.trimmed().isEmpty())
        return Error::invalid(QCoreApplication::translate("MeetingJson", "The file is empty."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const char* message = isTruncated(json, parseError)
            ? QT_TRANSLATE_NOOP("MeetingJson",
                "The document ends too early at %1 (%2): the file is probably truncated.")
            : QT_TRANSLATE_NOOP("MeetingJson", "Not valid JSON at %1: %2.");
        return Error::invalid(
            QCoreApplication::translate("MeetingJson", message)
                .arg(lineAndColumn(json, errorPosition(parseError)), parseError.errorString()));
    }
    if (!document.isObject())
        return Error::invalid(QCoreApplication::translate(
            "MeetingJson", "Not a Bayon meeting: the document is not a JSON object."));

    JsonFieldReader root(document.object());
    if (!root.has(u"format")) {
        root.fail(u"format",
            QCoreApplication::translate(
                "MeetingJson", "required field is missing: this is not a Bayon meeting"));
    } else if (const QString format = root.string(u"format");
               !root.failed() && format != formatName) {
        root.fail(u"format",
            QCoreApplication::translate(
                "MeetingJson", "expected \"%1\" (a Bayon meeting), found \"%2\"")
                .arg(formatName, format));
    }
    const qint64 version = root.integer(u"version", 0, std::numeric_limits<int>::max());
    if (!root.failed() && version != formatVersion) {
        root.fail(u"version",
            QCoreApplication::translate("MeetingJson",
                "this file has version %1 of the format; this Bayon reads version %2")
                .arg(version)
                .arg(formatVersion));
    }
    root.expectKeys({u"format", u"version", u"meeting"});
    Meeting meeting = readMeeting(root.object(u"meeting"));
    if (root.failed())
        return Error::invalid(root.errorMessage());
    return meeting;
}

} // namespace Bayon
