#include "meetingjson.h"

#include "interchange/jsonfieldreader.h"
#include "interchange/jsonsyntax.h"
#include "interchange/jsonvaluetext.h"
#include "interchange/protocoltemplatejson.h"

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

// Writing: one function per domain type. QJsonObject keeps its keys sorted,
// which is the documented order of the format. Null dates, times and ids are
// written as "" (the format has no other "not set").

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
    return {{u"id"_s, JsonValueText::uuid(report.uid)}, {u"speaker"_s, personJson(report.speaker)},
        {u"lead"_s, report.lead}, {u"body"_s, report.body},
        {u"kpiTables"_s, arrayOf(report.kpiTables, kpiTableJson)}};
}

QJsonObject voteJson(const Vote& vote);

QJsonObject agendaItemJson(const AgendaItem& item)
{
    const QJsonObject discussion {
        {u"participants"_s, arrayOf(item.discussion.participants, personJson)},
        {u"summary"_s, item.discussion.summary}};
    QJsonObject object {{u"id"_s, JsonValueText::uuid(item.uid)}, {u"title"_s, item.title},
        {u"reports"_s, arrayOf(item.reports, reportJson)}, {u"discussion"_s, discussion}};
    // Optional, as a resolution's: only an item put to the vote as a whole has it.
    if (!item.vote.isEmpty())
        object.insert(u"vote"_s, voteJson(item.vote));
    return object;
}

QJsonObject appendixJson(const Appendix& appendix)
{
    return {{u"id"_s, JsonValueText::uuid(appendix.uid)}, {u"title"_s, appendix.title},
        {u"body"_s, appendix.body}};
}

QJsonObject followUpEntryJson(const FollowUpEntry& entry)
{
    return {{u"date"_s, JsonValueText::date(entry.date)}, {u"status"_s, enumKey(entry.status)},
        {u"note"_s, entry.note}, {u"author"_s, entry.author},
        {u"recordedAt"_s, JsonValueText::moment(entry.recordedAt)}};
}

QJsonObject attachmentJson(const Attachment& attachment)
{
    return {{u"name"_s, attachment.name}, {u"mimeType"_s, attachment.mimeType},
        {u"size"_s, attachment.size()}, {u"sha256"_s, attachment.sha256},
        {u"addedAt"_s, JsonValueText::moment(attachment.addedAt)},
        {u"addedBy"_s, attachment.addedBy},
        {u"data"_s, QString::fromLatin1(attachment.data.toBase64())}};
}

QJsonObject voteJson(const Vote& vote)
{
    QJsonObject object {{u"kind"_s, enumKey(vote.kind)}, {u"for"_s, vote.forCount},
        {u"against"_s, vote.againstCount}, {u"abstained"_s, vote.abstainedCount},
        {u"opinions"_s, vote.opinions}};
    if (vote.kind == VoteKind::RollCall)
        object.insert(u"rollCall"_s, arrayOf(vote.rollCall, [](const RollCallEntry& entry) {
            return QJsonObject {{u"member"_s, personJson(entry.member)},
                {u"choice"_s, enumKey(entry.choice)}, {u"opinion"_s, entry.opinion}};
        }));
    return object;
}

QJsonObject resolutionJson(const Resolution& resolution)
{
    const QJsonObject deadline {{u"kind"_s, enumKey(resolution.deadline.kind)},
        {u"date"_s, JsonValueText::date(resolution.deadline.date)}};
    QJsonObject followUp {
        {u"status"_s, enumKey(resolution.followUpStatus)}, {u"note"_s, resolution.statusNote}};
    // Optional (added in the lifecycle, still version 1): only written when
    // there is a history, so a meeting without one gives the same bytes as before.
    if (!resolution.followUpHistory.isEmpty())
        followUp.insert(u"history"_s, arrayOf(resolution.followUpHistory, followUpEntryJson));
    QJsonObject object {{u"id"_s, JsonValueText::uuid(resolution.uid)},
        {u"text"_s, resolution.text},
        {u"subPoints"_s, QJsonArray::fromStringList(resolution.subPoints)},
        {u"kind"_s, enumKey(resolution.kind)}, {u"addressee"_s, resolution.addressee},
        {u"responsible"_s, QJsonArray::fromStringList(resolution.responsible)},
        {u"deadline"_s, deadline}, {u"followUp"_s, followUp},
        {u"agendaItem"_s, JsonValueText::uuid(resolution.agendaItemUid)}};
    // Optional (protocol forms, still version 1): only a resolution put to the vote has it.
    if (!resolution.vote.isEmpty())
        object.insert(u"vote"_s, voteJson(resolution.vote));
    return object;
}

QJsonObject meetingJson(const Meeting& meeting)
{
    QJsonObject object {{u"councilName"_s, meeting.councilName}, {u"number"_s, meeting.number},
        {u"date"_s, JsonValueText::date(meeting.date)},
        {u"startTime"_s, JsonValueText::time(meeting.startTime)}, {u"place"_s, meeting.place},
        {u"form"_s, enumKey(meeting.form)}, {u"status"_s, enumKey(meeting.status)},
        {u"chair"_s, personJson(meeting.chair)}, {u"secretary"_s, personJson(meeting.secretary)},
        {u"attendance"_s, arrayOf(meeting.attendance, attendanceJson)},
        {u"agenda"_s, arrayOf(meeting.agenda, agendaItemJson)},
        {u"resolutions"_s, arrayOf(meeting.resolutions, resolutionJson)}};
    // Optional, as the follow-up history: only a meeting with attachments has the key.
    if (!meeting.attachments.isEmpty())
        object.insert(u"attachments"_s, arrayOf(meeting.attachments, attachmentJson));
    // Optional (protocol forms, still version 1): each key only when it says
    // something, so a meeting without them gives the same bytes (and control
    // code) as before.
    if (meeting.protocolForm != ProtocolForm::Narrative)
        object.insert(u"protocolForm"_s, enumKey(meeting.protocolForm));
    if (meeting.endTime.isValid())
        object.insert(u"endTime"_s, JsonValueText::time(meeting.endTime));
    if (!meeting.convenedBy.isEmpty())
        object.insert(u"convenedBy"_s, meeting.convenedBy);
    if (!meeting.basis.isEmpty())
        object.insert(u"basis"_s, meeting.basis);
    if (!meeting.notification.isEmpty())
        object.insert(u"notification"_s, meeting.notification);
    if (meeting.memberCount != 0)
        object.insert(u"memberCount"_s, meeting.memberCount);
    if (meeting.protocolTemplate != ProtocolTemplate {})
        object.insert(u"template"_s, ProtocolTemplateJson::toObject(meeting.protocolTemplate));
    if (!meeting.appendices.isEmpty())
        object.insert(u"appendices"_s, arrayOf(meeting.appendices, appendixJson));
    return object;
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
    person.fullName = r.line(u"fullName");
    person.shortName = r.line(u"shortName");
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

Vote readVote(JsonFieldReader r);

AgendaItem readAgendaItem(JsonFieldReader r)
{
    r.expectKeys({u"id", u"title", u"reports", u"discussion", u"vote"});
    AgendaItem item;
    item.uid = readId(r);
    item.title = r.string(u"title");
    item.reports = r.list(u"reports", readReport);
    item.discussion = readDiscussion(r.object(u"discussion"));
    if (r.has(u"vote"))
        item.vote = readVote(r.object(u"vote"));
    return item;
}

Appendix readAppendix(JsonFieldReader r)
{
    r.expectKeys({u"id", u"title", u"body"});
    Appendix appendix;
    appendix.uid = readId(r);
    appendix.title = r.string(u"title");
    appendix.body = r.string(u"body");
    return appendix;
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

FollowUpEntry readFollowUpEntry(JsonFieldReader r)
{
    r.expectKeys({u"date", u"status", u"note", u"author", u"recordedAt"});
    FollowUpEntry entry;
    entry.date = r.date(u"date");
    entry.status = r.enumeration<FollowUpStatus>(u"status");
    entry.note = r.string(u"note");
    entry.author = r.string(u"author");
    entry.recordedAt = r.moment(u"recordedAt");
    return entry;
}

Attachment readAttachment(JsonFieldReader r)
{
    r.expectKeys({u"name", u"mimeType", u"size", u"sha256", u"addedAt", u"addedBy", u"data"});
    Attachment attachment;
    attachment.name = r.line(u"name");
    attachment.mimeType = r.line(u"mimeType");
    const qint64 size = r.integer(u"size", 0, std::numeric_limits<qint64>::max());
    attachment.sha256 = r.string(u"sha256");
    attachment.addedAt = r.moment(u"addedAt");
    attachment.addedBy = r.string(u"addedBy");
    const QString data = r.string(u"data");
    if (r.failed())
        return attachment;
    const auto decoded
        = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        r.fail(u"data",
            QCoreApplication::translate("MeetingJson", "expected the file's bytes in base64"));
        return attachment;
    }
    attachment.data = *decoded;
    // The hash is what proves the file: bytes that do not match it are damaged.
    if (attachment.size() != size)
        r.fail(u"size",
            QCoreApplication::translate(
                "MeetingJson", "the data has %1 bytes, not %2: the attachment is damaged")
                .arg(attachment.size())
                .arg(size));
    else if (!attachment.isIntact())
        r.fail(u"sha256",
            QCoreApplication::translate("MeetingJson",
                "does not match the SHA-256 of the data: the attachment is damaged"));
    if (!r.isStrict() || r.failed())
        return attachment;
    // A file from outside keeps only what `attach` would: the name without
    // folders, and bytes that are a whole scan of the type it claims.
    attachment.name = Attachment::cleanName(attachment.name);
    if (const Status acceptable = attachment.check(); !acceptable)
        r.fail(u"data", acceptable.error().message);
    return attachment;
}

RollCallEntry readRollCallEntry(JsonFieldReader r)
{
    r.expectKeys({u"member", u"choice", u"opinion"});
    RollCallEntry entry;
    entry.member = readPerson(r.object(u"member"));
    entry.choice = r.enumeration<VoteChoice>(u"choice");
    entry.opinion = r.string(u"opinion");
    return entry;
}

Vote readVote(JsonFieldReader r)
{
    r.expectKeys({u"kind", u"for", u"against", u"abstained", u"opinions", u"rollCall"});
    Vote vote;
    vote.kind = r.enumeration<VoteKind>(u"kind");
    // Negative counts are read as written: the validator marks them, with the numbers.
    vote.forCount = int(r.integer(u"for", -100000, 100000));
    vote.againstCount = int(r.integer(u"against", -100000, 100000));
    vote.abstainedCount = int(r.integer(u"abstained", -100000, 100000));
    vote.opinions = r.string(u"opinions");
    if (r.has(u"rollCall"))
        vote.rollCall = r.list(u"rollCall", readRollCallEntry);
    return vote;
}

Resolution readResolution(JsonFieldReader r)
{
    r.expectKeys({u"id", u"text", u"subPoints", u"kind", u"addressee", u"responsible", u"deadline",
        u"followUp", u"agendaItem", u"vote"});
    Resolution resolution;
    resolution.uid = readId(r);
    resolution.text = r.string(u"text");
    resolution.subPoints = r.strings(u"subPoints");
    resolution.kind = r.enumeration<ResolutionKind>(u"kind");
    resolution.addressee = r.string(u"addressee");
    resolution.responsible = r.strings(u"responsible");
    resolution.deadline = readDeadline(r.object(u"deadline"));
    JsonFieldReader followUp = r.object(u"followUp");
    followUp.expectKeys({u"status", u"note", u"history"});
    resolution.followUpStatus = followUp.enumeration<FollowUpStatus>(u"status");
    resolution.statusNote = followUp.string(u"note");
    if (followUp.has(u"history"))
        resolution.followUpHistory = followUp.list(u"history", readFollowUpEntry);
    resolution.agendaItemUid = r.uuid(u"agendaItem");
    if (r.has(u"vote"))
        resolution.vote = readVote(r.object(u"vote"));
    return resolution;
}

Meeting readMeeting(JsonFieldReader r)
{
    r.expectKeys({u"councilName", u"number", u"date", u"startTime", u"place", u"form", u"status",
        u"chair", u"secretary", u"attendance", u"agenda", u"resolutions", u"attachments",
        u"protocolForm", u"endTime", u"convenedBy", u"basis", u"notification", u"memberCount",
        u"template", u"appendices"});
    Meeting meeting;
    meeting.councilName = r.line(u"councilName");
    // 0 while a meeting is not yet numbered; a file from outside never below.
    meeting.number = int(r.integer(u"number", r.isStrict() ? 0 : std::numeric_limits<int>::min(),
        std::numeric_limits<int>::max()));
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
    if (r.has(u"attachments"))
        meeting.attachments = r.list(u"attachments", readAttachment);
    if (r.has(u"protocolForm"))
        meeting.protocolForm = r.enumeration<ProtocolForm>(u"protocolForm");
    if (r.has(u"endTime"))
        meeting.endTime = r.time(u"endTime");
    if (r.has(u"convenedBy"))
        meeting.convenedBy = r.string(u"convenedBy");
    if (r.has(u"basis"))
        meeting.basis = r.string(u"basis");
    if (r.has(u"notification"))
        meeting.notification = r.string(u"notification");
    if (r.has(u"memberCount"))
        meeting.memberCount = int(r.integer(u"memberCount", 0, 100000));
    if (r.has(u"template"))
        meeting.protocolTemplate = ProtocolTemplateJson::read(r.object(u"template"));
    if (r.has(u"appendices"))
        meeting.appendices = r.list(u"appendices", readAppendix);
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

QJsonObject MeetingJson::toObject(const Meeting& meeting)
{
    return {{u"format"_s, formatName}, {u"version"_s, formatVersion},
        {u"meeting"_s, meetingJson(meeting)}};
}

QByteArray MeetingJson::write(const Meeting& meeting, Layout layout)
{
    return QJsonDocument(toObject(meeting))
        .toJson(layout == Layout::Compact ? QJsonDocument::Compact : QJsonDocument::Indented);
}

Result<Meeting> MeetingJson::read(const QByteArray& json, Source source)
{
    if (json.trimmed().isEmpty())
        return Error::invalid(QCoreApplication::translate("MeetingJson", "The file is empty."));
    // What QJsonDocument would let through: "1.", ".5", a raw NUL in a string.
    if (const auto problem = JsonSyntax::strictProblem(json))
        return Error::invalid(
            QCoreApplication::translate("MeetingJson", "Not valid JSON at %1: %2.")
                .arg(lineAndColumn(json, problem->offset), problem->message));

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

    JsonFieldReader root(document.object(),
        source == Source::File ? JsonFieldReader::Texts::Strict
                               : JsonFieldReader::Texts::AsWritten);
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
