#pragma once

#include <QString>
#include <optional>

namespace Bayon {

// The apostrophe replacement while typing: given a field's text before and
// after one edit, puts ʻ and ʼ where the edit just made a typed apostrophe
// decidable (o' → oʻ at once, ta'l → taʼl when the next letter comes). An
// apostrophe that was already there before the edit is left as it is: the user
// may have undone its replacement on purpose.
class TypingReplacement
{
public:
    // The text with the replacements, or nullopt when there is nothing to replace.
    static std::optional<QString> apply(const QString& before, const QString& after);
    // The preference "replace apostrophes while typing", on by default.
    static bool isEnabled();
    static void setEnabled(bool enabled);
};

} // namespace Bayon
