#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace Bayon {

// One kept state of a meeting, as a history lists it. Autosaves by one author
// within ten minutes of the first of them are one revision: it keeps the
// latest state, and `autosaves` says how many saves it took in.
struct RevisionInfo
{
    int revision = 0; // the meeting's revision number at that state
    RevisionKind kind = RevisionKind::Save;
    MeetingStatus status = MeetingStatus::Draft;
    QString author;
    QDateTime firstSavedAt; // UTC
    QDateTime savedAt; // UTC
    int autosaves = 0;
    QString contentHash; // SHA-256 of the canonical content (ControlCode)
    qint64 storedBytes = 0; // the compressed size kept

    friend bool operator==(const RevisionInfo&, const RevisionInfo&) = default;
};

} // namespace Bayon
