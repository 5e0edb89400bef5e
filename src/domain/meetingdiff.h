#pragma once

#include "meeting.h"

#include <QList>
#include <QString>

namespace Bayon {

// What changed between two states of a meeting (two revisions), part by part,
// as a History dialog shows it: "resolution 3: text changed", with the words
// added and removed. Parts are matched by their identity (the uid of an agenda
// item, a report, a resolution; the name of an attendee), so moving a
// resolution shows as a move, not as every later one changed; the part names
// are the numbers as printed in the newer state ("resolution 3", "report 2.1",
// "kpi 2.1.3", "agenda 2", "attendance 4", "appendix 1", "meeting"). A vote is
// fields of its resolution or agenda item ("vote", "vote.rollCall O.Pekso",
// "vote.opinion O.Pekso", "vote.opinions": a roll call's lines named by the
// member); the template, of the meeting ("template.…").
class MeetingDiff
{
public:
    // A run of words of a changed text.
    struct Words
    {
        enum class Kind { Same, Added, Removed };
        Kind kind = Kind::Same;
        QString text;

        friend bool operator==(const Words&, const Words&) = default;
    };

    struct Change
    {
        enum class Kind { Added, Removed, Changed, Moved };
        Kind kind = Kind::Changed;
        QString part; // as numbered in the newer state (the older one for Removed)
        QString field; // "title", "text", "subPoints 2", "vote" …; empty for a whole part
        QString before; // Moved: the part's name before
        QString after;
        QList<Words> words; // Changed: the text with what was kept, added and removed

        friend bool operator==(const Change&, const Change&) = default;
    };

    static QList<Change> compare(const Meeting& before, const Meeting& after);
    // The words of `after` against `before`: runs of kept, removed and added
    // words (spaces kept with them), in reading order.
    static QList<Words> words(const QString& before, const QString& after);
};

} // namespace Bayon
