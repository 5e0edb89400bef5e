#include "vote.h"

#include <algorithm>

namespace Bayon {

int Vote::count(VoteChoice choice) const
{
    switch (kind) {
    case VoteKind::None:
        return 0;
    case VoteKind::Unanimous:
        return 0;
    case VoteKind::Counts:
        switch (choice) {
        case VoteChoice::For:
            return forCount;
        case VoteChoice::Against:
            return againstCount;
        case VoteChoice::Abstained:
            return abstainedCount;
        }
        return 0;
    case VoteKind::RollCall:
        return int(std::count_if(rollCall.cbegin(), rollCall.cend(),
            [choice](const RollCallEntry& entry) { return entry.choice == choice; }));
    }
    return 0;
}

int Vote::total() const
{
    return count(VoteChoice::For) + count(VoteChoice::Against) + count(VoteChoice::Abstained);
}

} // namespace Bayon
