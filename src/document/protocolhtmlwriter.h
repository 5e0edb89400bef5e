#pragma once

#include "document/protocolcontent.h"

#include <QByteArray>

namespace Bayon {

// A protocol as one self-contained HTML5 page (UTF-8, its style inline, no
// outside file): semantic headings, paragraphs and tables, styled like the
// printed page and printable from a browser on A4 with the same margins.
class ProtocolHtmlWriter
{
public:
    static QByteArray write(const ProtocolContent& content);
};

} // namespace Bayon
