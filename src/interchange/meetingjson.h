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
    // Texts come back exactly as stored; id and revision are 0. A number
    // that is not a JSON number ("1.", ".5"), a raw control character in a
    // string are refused whatever the source. A File (from outside:
    // MeetingImporter) is read strictly as well: no negative meeting number,
    // no control character in a text other than line breaks and tabs, none at
    // all in a name, and attachments that are whole PDF, PNG or JPEG files
    // under a clean name. What this program wrote (a kept revision) is read
    // as it was written.
    enum class Source { File, Written };
    static Result<Meeting> read(const QByteArray& json, Source source = Source::Written);
};

} // namespace Bayon
