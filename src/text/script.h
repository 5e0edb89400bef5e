#pragma once

namespace Bayon {

// The two scripts Uzbek is written in.
enum class Script { Latin, Cyrillic };

} // namespace Bayon
