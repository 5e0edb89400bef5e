#pragma once

#include "domain/meeting.h"
#include "text/finding.h"

#include <QList>

namespace Bayon {

// The proofreader's string rules over every text of a meeting, in the order
// MeetingTexts walks them: what `bayon-cli check` prints after the
// validator's issues. The advice on the meeting's structure (a follow-up with
// no one responsible, an item with no report) is MeetingValidator's.
class MeetingProofreader
{
public:
    static QList<Finding> check(const Meeting& meeting);
};

} // namespace Bayon
