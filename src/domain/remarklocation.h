#pragma once

#include "remarkpart.h"

namespace Bayon {

// Where a remark's part stands in the meeting as it is now, against how the
// member saw it (RemarkLocator::locate).
struct RemarkLocation
{
    enum class Placement {
        Unchanged, // the same part, at the same place, with the same text
        Moved, // the same part (by its uid), now under another number, text unchanged
        Changed, // the part's text differs from what the member read (it may also have moved);
                 // for the meeting as a whole: the meeting was saved since the revision read
        Gone, // the part is no longer in the meeting
    };

    Placement placement = Placement::Unchanged;
    // The part as it stands now (its name and text); when Gone, the part as
    // the member saw it.
    RemarkPart current;

    friend bool operator==(const RemarkLocation&, const RemarkLocation&) = default;
};

} // namespace Bayon
