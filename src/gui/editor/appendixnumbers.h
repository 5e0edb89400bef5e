#pragma once

#include "domain/meeting.h"

#include <QList>

namespace Bayon {

// The number each attached document of a meeting prints under ("2-ilova"), as
// ProtocolComposer gives it: the attendee list over the threshold and the
// notice take their numbers too, and a document takes its number where the
// printed text first mentions it, so the editor cannot count them itself.
class AppendixNumbers
{
public:
    // One number per Meeting::appendices, in their order; 0 where the print
    // gives none.
    static QList<int> of(const Meeting& meeting);
};

} // namespace Bayon
