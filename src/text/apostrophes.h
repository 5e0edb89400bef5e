#pragma once

#include <QString>
#include <QStringView>

namespace Bayon {

// The right apostrophes of Uzbek Latin: oʻ and gʻ with U+02BB (ʻ), the tutuq
// belgisi with U+02BC (ʼ). People type ' ` ‘ ’ ´ instead; normalize() puts the
// right character in their place and leaves quotation marks ('Xabar',
// ‘Ishonch’ gazetasi, “Madad”, «Ishonch»), numbers and other words alone.
class Apostrophes
{
public:
    static QString normalize(QStringView text);
    // True when normalize() would change the text.
    static bool needsNormalizing(QStringView text);
};

} // namespace Bayon
