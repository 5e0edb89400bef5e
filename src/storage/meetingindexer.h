#pragma once

#include "domain/meeting.h"

#include <QList>
#include <QString>

namespace Bayon {

// What the full-text index holds of a meeting: one entry per part, named as
// the editor names parts ("meeting", "agenda 2", "report 2.1", "kpi 2.1.3",
// "resolution 3"; numbers as printed, from 1), with every text of that part
// — apostrophes normalised, Markdown marks left out — so that a hit says
// where it was found and its snippet reads as the protocol does.
class MeetingIndexer
{
public:
    struct Part
    {
        QString path;
        QString text;

        friend bool operator==(const Part&, const Part&) = default;
    };

    static QList<Part> parts(const Meeting& meeting);
};

} // namespace Bayon
