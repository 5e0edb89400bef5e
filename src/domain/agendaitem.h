#pragma once

#include "discussion.h"
#include "speakerreport.h"
#include "vote.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Bayon {

// An item of the agenda. Its Roman numeral is derived from its place in the
// agenda and never stored.
struct AgendaItem
{
    QUuid uid = QUuid::createUuid();
    QString title;
    QList<SpeakerReport> reports;
    Discussion discussion;
    // The vote on the item itself, when the members
    // vote on the question as a whole rather than on each resolution; printed
    // after the item's discussion and resolutions. Part of the signed text.
    Vote vote;

    friend bool operator==(const AgendaItem&, const AgendaItem&) = default;
};

} // namespace Bayon
