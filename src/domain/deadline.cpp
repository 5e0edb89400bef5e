#include "deadline.h"

namespace Bayon {

bool Deadline::isValid() const
{
    switch (kind) {
    case DeadlineKind::Date:
        return date.isValid();
    case DeadlineKind::None:
    case DeadlineKind::NextMeeting:
        return date.isNull();
    }
    return false;
}

} // namespace Bayon
