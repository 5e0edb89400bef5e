#pragma once

#include "enums.h"

#include <QDate>
#include <QString>

namespace Bayon {

// Where a meeting stands in its life, as the editor's status bar shows it.
struct LifecycleState
{
    qint64 meetingId = 0;
    MeetingStatus status = MeetingStatus::Draft;
    int revision = 0;
    QString controlHash; // SHA-256 stored on finalising; empty for drafts
    QString controlCode; // its first 16 hex digits, grouped: "3F2A-91C0-7B4E-D215"
    QDate signedOn; // the day the paper copy was signed; null unless signed

    friend bool operator==(const LifecycleState&, const LifecycleState&) = default;
};

} // namespace Bayon
