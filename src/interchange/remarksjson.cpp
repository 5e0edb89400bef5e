#include "remarksjson.h"

#include "interchange/jsonfieldreader.h"
#include "interchange/jsonvaluetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

const QString formatName = u"bayon-remarks"_s;

QJsonObject remarkJson(const Remark& remark)
{
    const QJsonObject meeting {{u"id"_s, remark.meeting.id}, {u"number"_s, remark.meeting.number},
        {u"date"_s, JsonValueText::date(remark.meeting.date)}};
    const QJsonObject part {{u"name"_s, remark.part.name()},
        {u"uid"_s, JsonValueText::uuid(remark.part.uid)}, {u"text"_s, remark.part.text}};
    return {{u"uid"_s, JsonValueText::uuid(remark.uid)}, {u"meeting"_s, meeting},
        {u"revision"_s, remark.revision}, {u"part"_s, part}, {u"text"_s, remark.text},
        {u"reviewer"_s, remark.reviewer},
        {u"writtenAt"_s, JsonValueText::moment(remark.writtenAt)}};
}

// An id that must be there: a remark, a review copy and a database always have one.
QUuid readId(JsonFieldReader& r, QStringView key)
{
    const QUuid uid = r.uuid(key);
    if (!r.failed() && uid.isNull())
        r.fail(key, RemarksJson::tr("required id is empty"));
    return uid;
}

RemarkPart readPart(JsonFieldReader r)
{
    r.expectKeys({u"name", u"uid", u"text"});
    const QString name = r.string(u"name");
    const QUuid uid = r.uuid(u"uid");
    const QString text = r.string(u"text");
    if (r.failed())
        return {};
    Result<RemarkPart> part = RemarkPart::parse(name);
    if (!part) {
        r.fail(u"name", part.error().message);
        return {};
    }
    // Without its uid a part could not be followed when it moves.
    if (part->kind != RemarkPartKind::Meeting && uid.isNull()) {
        r.fail(u"uid", RemarksJson::tr("required id is empty: %1 has one").arg(name));
        return {};
    }
    part.value().uid = uid;
    part.value().text = text;
    return std::move(part).value();
}

Remark readRemark(JsonFieldReader r)
{
    r.expectKeys({u"uid", u"meeting", u"revision", u"part", u"text", u"reviewer", u"writtenAt"});
    Remark remark;
    remark.uid = readId(r, u"uid");
    JsonFieldReader meeting = r.object(u"meeting");
    meeting.expectKeys({u"id", u"number", u"date"});
    remark.meeting.id = meeting.integer(u"id", 1, std::numeric_limits<qint64>::max());
    remark.meeting.number = int(meeting.integer(u"number", 0, std::numeric_limits<int>::max()));
    remark.meeting.date = meeting.date(u"date");
    remark.revision = int(r.integer(u"revision", 0, std::numeric_limits<int>::max()));
    remark.part = readPart(r.object(u"part"));
    remark.text = r.string(u"text");
    if (!r.failed() && remark.text.trimmed().isEmpty())
        r.fail(u"text", RemarksJson::tr("the remark has no text"));
    remark.reviewer = r.string(u"reviewer");
    remark.writtenAt = r.moment(u"writtenAt");
    return remark;
}

// Where the parser stopped, as "line 4, column 5" (characters, from 1).
// After most errors it has already consumed the character at fault.
QString lineAndColumn(const QByteArray& json, const QJsonParseError& error)
{
    qsizetype offset = error.offset;
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingObject:
        offset = std::max<qsizetype>(offset - 1, 0);
        break;
    default:
        break;
    }
    const QByteArrayView before
        = QByteArrayView(json).first(std::clamp<qsizetype>(offset, 0, json.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return RemarksJson::tr("line %1, column %2")
        .arg(before.count('\n') + 1)
        .arg(QString::fromUtf8(before.sliced(lineStart)).toUcs4().size() + 1);
}

} // namespace

QByteArray RemarksJson::write(const RemarksFile& file)
{
    QJsonArray remarks;
    for (const Remark& remark : file.remarks)
        remarks.append(remarkJson(remark));
    const QJsonObject root {{u"format"_s, formatName}, {u"version"_s, formatVersion},
        {u"reviewCopy"_s, JsonValueText::uuid(file.reviewCopyId)},
        {u"sourceDatabase"_s, JsonValueText::uuid(file.sourceDatabaseId)},
        {u"reviewer"_s, file.reviewer}, {u"exportedAt"_s, JsonValueText::moment(file.exportedAt)},
        {u"remarks"_s, remarks}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<RemarksFile> RemarksJson::read(const QByteArray& json)
{
    if (json.trimmed().isEmpty())
        return Error::invalid(tr("The remarks file is empty."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(tr("This is not a remarks file: not valid JSON at %1: %2.")
                                  .arg(lineAndColumn(json, parseError), parseError.errorString()));
    if (!document.isObject())
        return Error::invalid(tr("This is not a remarks file: the document is not a JSON object."));

    JsonFieldReader root(document.object());
    if (!root.has(u"format")) {
        root.fail(u"format", tr("required field is missing: this is not a Bayon remarks file"));
    } else if (const QString format = root.string(u"format");
               !root.failed() && format != formatName) {
        root.fail(u"format",
            tr("expected \"%1\" (a Bayon remarks file), found \"%2\"").arg(formatName, format));
    }
    const qint64 version = root.integer(u"version", 0, std::numeric_limits<int>::max());
    if (!root.failed() && version != formatVersion)
        root.fail(u"version",
            tr("this file has version %1 of the format; this Bayon reads version %2")
                .arg(version)
                .arg(formatVersion));
    root.expectKeys({u"format", u"version", u"reviewCopy", u"sourceDatabase", u"reviewer",
        u"exportedAt", u"remarks"});
    RemarksFile file;
    file.reviewCopyId = readId(root, u"reviewCopy");
    file.sourceDatabaseId = readId(root, u"sourceDatabase");
    file.reviewer = root.string(u"reviewer");
    file.exportedAt = root.moment(u"exportedAt");
    file.remarks = root.list(u"remarks", readRemark);
    if (root.failed())
        return Error::invalid(root.errorMessage());
    return file;
}

} // namespace Bayon
