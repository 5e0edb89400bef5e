#pragma once

#include "domain/lifecyclestate.h"

#include <QDate>
#include <QString>

namespace Bayon {

// What `verify` finds: the control hash stored when the meeting was finalised
// beside the hash of its content as stored now, and whether its audit log's
// chain holds.
struct ControlCheck
{
    LifecycleState state;
    QString computedHash;
    QString computedCode;
    // The first line of the meeting's audit log (1 = its oldest) that does
    // not fit the chain or the meeting as it is now; 0 when all fit.
    int brokenLine = 0;
    QString chainProblem;

    bool hasStoredCode() const { return !state.controlHash.isEmpty(); }
    bool matches() const
    {
        return hasStoredCode() && state.controlHash == computedHash && brokenLine == 0;
    }

    friend bool operator==(const ControlCheck&, const ControlCheck&) = default;
};

// A final or signed revision whose content has a given control code.
struct ControlCodeMatch
{
    qint64 meetingId = 0;
    int meetingNumber = 0;
    QDate meetingDate;
    QString councilName;
    int revision = 0;
    MeetingStatus status = MeetingStatus::Final;
    QString contentHash;
    // Whether the meeting still stands as it was then: its stored control hash
    // is this one.
    bool current = false;

    friend bool operator==(const ControlCodeMatch&, const ControlCodeMatch&) = default;
};

} // namespace Bayon
