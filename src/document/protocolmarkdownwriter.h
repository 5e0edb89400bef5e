#pragma once

#include "document/protocolcontent.h"

#include <QByteArray>

namespace Bayon {

// A protocol as CommonMark with GitHub tables (UTF-8): headings for the title,
// the agenda and its items, pipe tables with right-aligned numbers. The text is
// escaped so that it renders as typed ("1. Quyidagilar:" stays a line of the
// protocol, not a Markdown list).
class ProtocolMarkdownWriter
{
public:
    static QByteArray write(const ProtocolContent& content);
};

} // namespace Bayon
