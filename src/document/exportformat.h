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

} // namespace Bayon
