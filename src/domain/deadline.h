#pragma once

#include "enums.h"

#include <QDate>

namespace Bayon {

// When a resolution is due: a date, "by the next meeting", or not set.
struct Deadline
{
    DeadlineKind kind = DeadlineKind::None;
    QDate date; // only for DeadlineKind::Date

    static Deadline none() { return {}; }
    static Deadline on(QDate day) { return {DeadlineKind::Date, day}; }
    static Deadline nextMeeting() { return {DeadlineKind::NextMeeting, {}}; }

    bool isSet() const { return kind != DeadlineKind::None; }
    // A date deadline needs a real date; the other kinds carry none.
    bool isValid() const;

    friend bool operator==(const Deadline&, const Deadline&) = default;
};

} // namespace Bayon
