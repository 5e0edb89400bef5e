#pragma once

#include "meeting.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QList>

namespace Bayon {

// The rules a meeting must meet before it can be stored or printed: a date and
// a council, named persons, titled agenda items, real deadlines, KPI rows that
// say what they measure. Messages are translatable and say what to do.
class MeetingValidator
{
    Q_DECLARE_TR_FUNCTIONS(MeetingValidator)

public:
    static QList<ValidationIssue> validate(const Meeting& meeting);
};

} // namespace Bayon
