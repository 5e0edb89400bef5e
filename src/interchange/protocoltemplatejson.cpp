#include "protocoltemplatejson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Bayon {

QJsonObject ProtocolTemplateJson::toObject(const ProtocolTemplate& t)
{
    QJsonObject object {{u"titleLine"_s, t.titleLine},
        {u"resolutionFormula"_s, t.resolutionFormula}, {u"chairTitle"_s, t.chairTitle},
        {u"secretaryTitle"_s, t.secretaryTitle}, {u"membersLabel"_s, t.membersLabel},
        {u"sealMark"_s, t.sealMark}, {u"attendeeListThreshold"_s, t.attendeeListThreshold},
        {u"numbering"_s, enumKey(t.numbering)},
        {u"resolutionNumbering"_s, enumKey(t.resolutionNumbering)},
        {u"quorum"_s,
            QJsonObject {
                {u"kind"_s, enumKey(t.quorum.kind)}, {u"fixedCount"_s, t.quorum.fixedCount}}}};
    // The approval block is there or not: its key says which.
    if (t.approval.enabled)
        object.insert(u"approval"_s,
            QJsonObject {{u"position"_s, t.approval.position}, {u"name"_s, t.approval.name}});
    return object;
}

ProtocolTemplate ProtocolTemplateJson::read(JsonFieldReader r)
{
    r.expectKeys({u"titleLine", u"resolutionFormula", u"chairTitle", u"secretaryTitle",
        u"membersLabel", u"sealMark", u"attendeeListThreshold", u"numbering",
        u"resolutionNumbering", u"quorum", u"approval"});
    ProtocolTemplate t;
    t.titleLine = r.string(u"titleLine");
    t.resolutionFormula = r.string(u"resolutionFormula");
    t.chairTitle = r.string(u"chairTitle");
    t.secretaryTitle = r.string(u"secretaryTitle");
    t.membersLabel = r.string(u"membersLabel");
    t.sealMark = r.boolean(u"sealMark");
    t.attendeeListThreshold = int(r.integer(u"attendeeListThreshold", 0, 100000));
    t.numbering = r.enumeration<NumberingStyle>(u"numbering");
    t.resolutionNumbering = r.enumeration<ResolutionNumbering>(u"resolutionNumbering");
    JsonFieldReader quorum = r.object(u"quorum");
    quorum.expectKeys({u"kind", u"fixedCount"});
    t.quorum.kind = quorum.enumeration<QuorumKind>(u"kind");
    t.quorum.fixedCount = int(quorum.integer(u"fixedCount", 0, 100000));
    if (r.has(u"approval")) {
        JsonFieldReader approval = r.object(u"approval");
        approval.expectKeys({u"position", u"name"});
        t.approval.enabled = true;
        t.approval.position = approval.string(u"position");
        t.approval.name = approval.string(u"name");
    }
    return t;
}

QByteArray ProtocolTemplateJson::write(const ProtocolTemplate& protocolTemplate)
{
    return QJsonDocument(toObject(protocolTemplate)).toJson(QJsonDocument::Compact);
}

Result<ProtocolTemplate> ProtocolTemplateJson::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error {Error::Code::Invalid,
            QCoreApplication::translate(
                "ProtocolTemplateJson", "The stored template is not valid JSON: %1")
                .arg(error.errorString())};
    JsonFieldReader reader(document.object());
    ProtocolTemplate t = read(reader);
    if (reader.failed())
        return Error {Error::Code::Invalid, reader.errorMessage()};
    return t;
}

} // namespace Bayon
