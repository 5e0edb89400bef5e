#pragma once

#include <QString>

namespace Bayon {

// One thing the proofreader found, and where: part is the path the rest of
// Bayon uses ("meeting", "agenda 2", "report 2.1", "kpi 2.1.3", "resolution 3"),
// field the field within it ("title", "body", "subPoints 2"); both are copied
// from the caller (MeetingProofreader gives MeetingTexts' names).
// position and length are in UTF-16 code units of that field's text.
struct Finding
{
    QString part;
    QString field;
    qsizetype position = -1;
    qsizetype length = 0;
    QString rule; // a stable id: Proofreader::Apostrophe, Proofreader::MixedScript, …
    QString message; // what is wrong and what to do, for the secretary
    QString suggestion; // the text to put at [position, position + length), when one is known

    friend bool operator==(const Finding&, const Finding&) = default;
};

} // namespace Bayon
