#pragma once

#include "discussion.h"
#include "speakerreport.h"

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

    friend bool operator==(const AgendaItem&, const AgendaItem&) = default;
};

} // namespace Bayon
