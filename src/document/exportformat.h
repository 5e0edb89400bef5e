#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace Bayon {

// The formats a protocol is exported to. JSON is the interchange form
// (MeetingJson); the others are the printed protocol.
enum class ExportFormat { Pdf, Odt, Html, Markdown, Text, Json };

// "pdf", "odt", "html", "md", "txt", "json": the names bayon-cli's --format takes.
QString exportFormatName(ExportFormat format);
// Every name, in the order above.
QStringList exportFormatNames();
// Reads a name, any case; also "htm", "markdown", "text". Empty for anything else.
std::optional<ExportFormat> exportFormatFromName(QStringView name);
// The format a file's suffix asks for ("protocol.PDF" → Pdf). Empty when unknown.
std::optional<ExportFormat> exportFormatFromPath(QStringView path);
// Whether a format is the printed protocol (pdf, odt, html, md, txt) rather than
// the interchange form (json), which is the whole meeting as stored: no
// extract, no other form, no other script.
bool isPrintedFormat(ExportFormat format);
// The names of the printed formats, in the order above: "pdf, odt, html, md, txt".
QStringList printedFormatNames();
// The MIME type, for a save dialog or a mail.

} // namespace Bayon
