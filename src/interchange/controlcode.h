#pragma once

#include "domain/meeting.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

namespace Bayon {

// The control code that ties a paper copy to the database: a SHA-256 over the
// canonical form of a protocol's content, whose first 16 hex digits, grouped
// ("3F2A-91C0-7B4E-D215"), are printed in the footer of every page of a final
// or signed protocol.
//
// The canonical form is the meeting object of the interchange JSON
// (MeetingJson) without what is not the signed text — the status, the ids
// (the uuids of parts and the person directory's ids; a resolution's agenda
// item becomes its number), the follow-up of each resolution and the
// attachments — written with sorted keys and no spaces, every text in Unicode
// NFC. So the code stays the same across export and import and through any
// follow-up, and changes with one character of the text.
// docs/interchange.md ("Control code") specifies it byte for byte.
class ControlCode
{
public:
    static QByteArray canonicalContent(const Meeting& meeting);
    // SHA-256 of the canonical content: 64 lower-case hex digits.
    static QString hash(const Meeting& meeting);
    // The printed code of a hash: its first 16 hex digits in upper case, in
    // groups of four. Empty when the hash is not hex.
    static QString fromHash(QStringView hash);
    static QString of(const Meeting& meeting) { return fromHash(hash(meeting)); }
    // A code as a person types or a reader finds it: 16 hex digits, any case,
    // with or without dashes and spaces. Empty for anything else.
    static std::optional<QString> parse(QStringView text);
    // Whether a full hash begins with the digits of a code.
    static bool matches(QStringView hash, QStringView code);

    // The code a PDF exported by Bayon carries in its metadata (the Subject of
    // its document information, which ProtocolPdfWriter writes), read from the
    // file's bytes; empty when it has none (a draft's PDF, another program's).
    static std::optional<QString> findInPdf(const QByteArray& pdf);
    // The text of the PDF's Subject: "Nazorat kodi 3F2A-91C0-7B4E-D215, tahrir 12".
    static QString pdfSubject(const QString& code, int revision);
};

} // namespace Bayon
