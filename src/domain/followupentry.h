#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Bayon {

// One dated step of a resolution's follow-up: "2025-08-01: in progress — the
// draft decree is with the ministry". Not part of the signed text: the history
// grows on signed meetings too.
struct FollowUpEntry
{
    QDate date; // when the status took effect
    FollowUpStatus status = FollowUpStatus::Open;
    QString note;
    QString author;
    QDateTime recordedAt; // UTC: when it was written down

    friend bool operator==(const FollowUpEntry&, const FollowUpEntry&) = default;
};

} // namespace Bayon
