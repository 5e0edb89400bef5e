#pragma once

#include "enums.h"
#include "person.h"

namespace Bayon {

// One line of the attendance: who, in which capacity, and whether they came.
struct Attendance
{
    Person person;
    AttendanceRole role = AttendanceRole::Member;
    Presence presence = Presence::Present;
    QString note;

    friend bool operator==(const Attendance&, const Attendance&) = default;
};

} // namespace Bayon
