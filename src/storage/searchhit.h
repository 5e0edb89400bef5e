#pragma once

#include <QDate>
#include <QString>

namespace Bayon {

// One place where a search query was found.
struct SearchHit
{
    qint64 meetingId = 0;
    int meetingNumber = 0;
    QDate meetingDate;
    // Which part of the meeting, as a path the editor can open:
    // "meeting", "agenda 2", "report 2.1", "kpi 2.1.3", "resolution 3".
    QString part;
    // The text around the match, the matched words between [ and ].
    QString snippet;

    friend bool operator==(const SearchHit&, const SearchHit&) = default;
};

} // namespace Bayon
