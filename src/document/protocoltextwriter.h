#pragma once

#include "document/protocolcontent.h"

#include <QByteArray>

namespace Bayon {

// A protocol as plain UTF-8 text: one line a paragraph (so that it pastes
// into any editor and rewraps), the header centred, tables in aligned columns
// with numbers to the right, blank lines between blocks.
class ProtocolTextWriter
{
public:
    // The width the header is centred in and tables are drawn for.
    static constexpr int lineWidth = 78;

    static QByteArray write(const ProtocolContent& content);
};

} // namespace Bayon
