#pragma once

#include "enums.h"

namespace Bayon {

// The enumerations of councils, their templates and votes (protocol forms),
// with their stable keys as in enums.h.

// How a protocol is written: per item "ESHITILDI: / SOʻZGA CHIQDILAR: / QAROR
// QILINDI:" (full), the agenda and the decisions only (short), or the seed's
// running text with every resolution after the discussion (narrative).
// A written poll is the meeting's form (MeetingForm), printed in any of them.
enum class ProtocolForm { Full, Short, Narrative };
// "Kvorum": more than half of the members, two thirds, or a fixed number.
enum class QuorumKind { MoreThanHalf, TwoThirds, Fixed };
// How the protocol is numbered within a year: "№ 3" or "3-son".
enum class NumberingStyle { Sign, Suffix };
// Resolutions of the full form: "1.1, 1.2, 2.1" per agenda item, or 1, 2, 3 throughout.
enum class ResolutionNumbering { PerItem, Continuous };
// What a resolution's vote records.
enum class VoteKind { None, Counts, Unanimous, RollCall };
enum class VoteChoice { For, Against, Abstained };
// A member's part in the body.
enum class CouncilRole { Member, Chair, Secretary };

template<> struct EnumKeyTable<ProtocolForm>
{
    static constexpr std::array entries {std::pair {ProtocolForm::Full, u"full"},
        std::pair {ProtocolForm::Short, u"short"},
        std::pair {ProtocolForm::Narrative, u"narrative"}};
};
template<> struct EnumKeyTable<QuorumKind>
{
    static constexpr std::array entries {std::pair {QuorumKind::MoreThanHalf, u"more-than-half"},
        std::pair {QuorumKind::TwoThirds, u"two-thirds"}, std::pair {QuorumKind::Fixed, u"fixed"}};
};
template<> struct EnumKeyTable<NumberingStyle>
{
    static constexpr std::array entries {
        std::pair {NumberingStyle::Sign, u"sign"}, std::pair {NumberingStyle::Suffix, u"suffix"}};
};
template<> struct EnumKeyTable<ResolutionNumbering>
{
    static constexpr std::array entries {std::pair {ResolutionNumbering::PerItem, u"per-item"},
        std::pair {ResolutionNumbering::Continuous, u"continuous"}};
};
template<> struct EnumKeyTable<VoteKind>
{
    static constexpr std::array entries {std::pair {VoteKind::None, u"none"},
        std::pair {VoteKind::Counts, u"counts"}, std::pair {VoteKind::Unanimous, u"unanimous"},
        std::pair {VoteKind::RollCall, u"roll-call"}};
};
template<> struct EnumKeyTable<VoteChoice>
{
    static constexpr std::array entries {std::pair {VoteChoice::For, u"for"},
        std::pair {VoteChoice::Against, u"against"},
        std::pair {VoteChoice::Abstained, u"abstained"}};
};
template<> struct EnumKeyTable<CouncilRole>
{
    static constexpr std::array entries {std::pair {CouncilRole::Member, u"member"},
        std::pair {CouncilRole::Chair, u"chair"}, std::pair {CouncilRole::Secretary, u"secretary"}};
};

} // namespace Bayon
