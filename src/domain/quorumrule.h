#pragma once

#include "councilenums.h"

namespace Bayon {

// When a body may decide: more than half of its members present (the default),
// two thirds, or a fixed number the charter names.
struct QuorumRule
{
    QuorumKind kind = QuorumKind::MoreThanHalf;
    int fixedCount = 0; // for QuorumKind::Fixed

    friend bool operator==(const QuorumRule&, const QuorumRule&) = default;
};

} // namespace Bayon
