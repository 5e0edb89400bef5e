#pragma once

#include "domain/meeting.h"

#include <QList>
#include <QString>

namespace Bayon {

// What the full-text index holds of a meeting: one entry per part, named as
// the editor names parts ("meeting", "agenda 2", "report 2.1", "kpi 2.1.3",
// "resolution 3", "appendix 1"; numbers as printed, from 1), with every text
// MeetingTexts walks in that part (the attendance with the meeting) and every
// figure, as printed and as bare digits — apostrophes normalised, Markdown
// marks left out — so that a hit says where it was found and its snippet
// reads as the protocol does. A change of what it holds needs a migration
// that marks every meeting for indexing again (search_stale).
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
