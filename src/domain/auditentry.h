#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace Bayon {

// One line of a meeting's audit log: who did what to its status, when, and
// why. Written in the same transaction as the change; never changed later.
struct AuditEntry
{
    QDateTime at; // UTC
    QString user;
    AuditAction action = AuditAction::Transition;
    std::optional<MeetingStatus> from;
    std::optional<MeetingStatus> to;
    int revision = 0; // the meeting's revision after the change
    QString note; // the note of a transition, the reason of a reopening
    QString controlHash; // on finalising: the SHA-256 that was stored

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

} // namespace Bayon
