#pragma once

#include "domain/result.h"

#include <QString>

namespace Bayon {

// The fonts of the printed protocol. Bayon carries Liberation Serif (metric-
// compatible with Times New Roman) in its resources and registers it with the
// application, so that a protocol looks the same, and embeds the same font, on
// every machine whatever fonts it has installed. Needs a QGuiApplication.
class ProtocolFonts
{
public:
    // The family every text of the protocol is set in.
    static QString family();
    // Registers the four faces (regular, bold, italic, bold italic) once per
    // process; later calls only report the first call's outcome.
    static Status ensureLoaded();
    // For a process that only prints protocols (bayon-cli): gives Qt's font
    // database the bundled fonts alone, so that Qt neither reads the system's
    // font configuration nor lists its fonts, which costs a command-line export
    // more than laying out the protocol. Call it before the QGuiApplication
    // exists; false (and nothing changed) when one already does. A character
    // the bundled fonts lack is then never taken from another font.
    static bool useOnlyBundledFonts();
};

} // namespace Bayon
