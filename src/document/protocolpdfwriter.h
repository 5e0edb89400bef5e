#pragma once

#include "domain/result.h"

#include <QByteArray>

namespace Bayon {

class ProtocolLayout;

// Writes a laid-out protocol as a PDF/A-1b file: A4 pages painted by
// ProtocolPainter, Liberation Serif embedded (only the glyphs used) with a
// Unicode map, so that the text copied out of it has the right code points,
// and the metadata pdfinfo shows: the title (council, number, date), the author
// (the council), Bayon as the creator.
class ProtocolPdfWriter
{
public:
    static Result<QByteArray> write(const ProtocolLayout& layout);
};

} // namespace Bayon
