#pragma once

#include "domain/protocoltemplate.h"
#include "domain/result.h"
#include "interchange/jsonfieldreader.h"

#include <QByteArray>
#include <QJsonObject>

namespace Bayon {

// The JSON form of a protocol template: the "template" key of the interchange
// format (docs/interchange.md) and what the database keeps as the template a
// final or signed meeting was printed with.
class ProtocolTemplateJson
{
public:
    static QJsonObject toObject(const ProtocolTemplate& protocolTemplate);
    // Reads the object r stands on; a refusal is kept by r, naming the field.
    static ProtocolTemplate read(JsonFieldReader r);

    // Compact JSON bytes, and their mirror.
    static QByteArray write(const ProtocolTemplate& protocolTemplate);
    static Result<ProtocolTemplate> fromJson(const QByteArray& json);
};

} // namespace Bayon
