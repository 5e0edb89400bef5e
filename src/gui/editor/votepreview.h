#pragma once

#include "domain/meeting.h"

#include <QString>

namespace Bayon {

// The sentences a vote adds to the printed protocol ("Ovoz berish natijalari:
// «Rozi» — 11, …", "Bir ovozdan qabul qilindi.", each member of a roll call,
// the dissenting opinions), one line a paragraph, from the composer that
// prints them, so the preview never drifts from the print.
class VotePreview
{
public:
    // index: the resolution's or the agenda item's place in the meeting.
    static QString ofResolution(const Meeting& meeting, int index);
    static QString ofAgendaItem(const Meeting& meeting, int index);
};

} // namespace Bayon
