#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Bayon {

// The interchange form of one meeting: versioned JSON that holds every field
// ("format": "bayon-meeting", "version": 1). docs/interchange.md documents it.
// Writing then reading gives back an equal meeting.
class MeetingJson
{
public:
    static constexpr int formatVersion = 1;

    enum class Layout { Indented, Compact };

    // Indented UTF-8 JSON with the keys of every object in sorted order: the
    // same meeting always gives the same bytes. Compact leaves out the
    // whitespace (the kept revisions take less room).
    static QByteArray write(const Meeting& meeting, Layout layout = Layout::Indented);
    // The document as a JSON object, before it is written.
    static QJsonObject toObject(const Meeting& meeting);
    // A malformed, truncated or wrong-version document fails with an
    // Error::Code::Invalid whose message names the line and column (for syntax
    // errors) or the field path at fault ("meeting.agenda[1].reports[0]
    // .kpiTables[0].rows[3].value: expected a number or null, found a string").
    // Texts come back exactly as stored; id and revision are 0.
    static Result<Meeting> read(const QByteArray& json);
};

} // namespace Bayon
