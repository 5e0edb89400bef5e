#pragma once

#include "meeting.h"

#include <optional>

namespace Bayon {

// The meetings the File menu creates: a new draft that carries over from the
// latest meeting what stays the same from one meeting to the next, and a
// duplicate of a meeting as a new draft.
class MeetingFactory
{
public:
    // A draft dated `today`: the council, form, place, chair, secretary and the
    // members (present by default) of `latest`, and the next number.
    static Meeting next(const std::optional<Meeting>& latest, QDate today);
    // A copy as a new draft: new identities for the meeting and each of its
    // parts (resolutions keep pointing at the copied agenda items).
    static Meeting duplicate(const Meeting& meeting);
};

} // namespace Bayon
