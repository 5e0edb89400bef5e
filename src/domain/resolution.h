#pragma once

#include "deadline.h"
#include "enums.h"
#include "followupentry.h"
#include "vote.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Bayon {

// A numbered decision: "4. Raqamli texnologiyalar vazirligiga:" then its sub-points.
// The number is derived from the order of the resolutions and never stored.
// The follow-up fields (status, note) are not part of the signed text.
struct Resolution
{
    QUuid uid = QUuid::createUuid();
    QString text; // the resolution's own sentence; may be empty when it only has sub-points
    QStringList subPoints; // each printed as its own indented paragraph
    ResolutionKind kind = ResolutionKind::TakeNote;
    QString addressee; // as printed: "Raqamli texnologiyalar vazirligiga"
    QStringList responsible; // as printed, in parentheses: "N.Abdullayev"
    Deadline deadline;
    FollowUpStatus followUpStatus = FollowUpStatus::Open;
    QString statusNote;
    QUuid agendaItemUid; // the agenda item it decides on; null when it concerns the meeting as a
                         // whole
    // The dated steps of the follow-up, oldest first. Kept by the database:
    // every change of the status or note adds one.
    QList<FollowUpEntry> followUpHistory;
    // How the members voted on it; part of the signed text.
    Vote vote;

    // An instruction or a recommendation is followed up: it needs someone
    // responsible and a deadline. Taking note, approving and supporting do not.
    bool needsFollowUp() const
    {
        return kind == ResolutionKind::Instruct || kind == ResolutionKind::Recommend;
    }

    friend bool operator==(const Resolution&, const Resolution&) = default;
};

} // namespace Bayon
