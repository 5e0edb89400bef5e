#pragma once

#include "document/exportformat.h"
#include "document/protocoloptions.h"
#include "domain/meeting.h"
#include "domain/result.h"
#include "text/script.h"

#include <QByteArray>
#include <QString>

namespace Bayon {

// Exports one meeting's protocol to a file in any format: the entry point of
// bayon-cli's export and of the GUI's Export. PDF, ODT, HTML, Markdown and text
// come from one composition (ProtocolComposer), so they say the same; JSON is
// the interchange form (MeetingJson) and always holds the stored Latin text.
//
// The printed formats need a QGuiApplication (fonts), an offscreen one is
// enough (QT_QPA_PLATFORM=offscreen).
class ProtocolExporter
{
public:
    // The bytes of the file. Script::Cyrillic transliterates every text of the
    // printed formats; for JSON it is refused (Error::Usage), since the
    // interchange form must give back the meeting as stored.
    static Result<QByteArray> render(
        const Meeting& meeting, ExportFormat format, Script script = Script::Latin);

    // Writes the file at `path` whole or not at all: the bytes go to a
    // temporary file beside it, renamed over `path` only when complete, so a
    // failure leaves neither a partial file nor a stray temporary one.
    static Status exportMeeting(const Meeting& meeting, const QString& path, ExportFormat format,
        Script script = Script::Latin);

    // The same in another form or as an extract (ProtocolOptions). An extract
    // of an item that does not exist, or for an addressee no resolution names,
    // is refused (Error::NotFound); JSON has no extract (Error::Usage).
    static Result<QByteArray> render(const Meeting& meeting, ExportFormat format,
        const ProtocolOptions& options, Script script = Script::Latin);
    static Status exportMeeting(const Meeting& meeting, const QString& path, ExportFormat format,
        const ProtocolOptions& options, Script script = Script::Latin);
};

} // namespace Bayon
