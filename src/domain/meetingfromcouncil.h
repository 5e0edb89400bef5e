#pragma once

#include "council.h"
#include "meeting.h"

namespace Bayon {

// A new draft of a body's meeting: its name, template, default form, the
// members serving on the day as the attendance (all present until the
// secretary marks otherwise), the chair and the secretary. The number is the
// storage's to give (the next of that body in that year).
class MeetingFromCouncil
{
public:
    static Meeting create(const Council& council, const QDate& date, int number);
};

} // namespace Bayon
