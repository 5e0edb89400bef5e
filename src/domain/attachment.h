#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Bayon {

// A file kept with a meeting: above all the scan of the signed paper copy (PDF,
// PNG or JPEG). The bytes travel with the meeting; the SHA-256 proves that they
// are the bytes that were attached. Not part of the protocol's text, so an
// attachment can be added to a signed meeting.
struct Attachment
{
    Q_DECLARE_TR_FUNCTIONS(Attachment)

public:
    // The largest file kept with a meeting: a scan of a long protocol fits
    // many times over, and a database stays small enough to copy and send.
    static constexpr qint64 maxSize = 100 * 1024 * 1024;

    QString name; // the file name it was attached as: "bayon-3-imzolangan.pdf"
    QString mimeType; // "application/pdf", "image/png", "image/jpeg"
    QByteArray data;
    QString sha256; // of data: 64 lower-case hex digits
    QDateTime addedAt; // UTC
    QString addedBy;

    // An attachment of these bytes, with their hash.
    static Attachment fromData(QString name, QString mimeType, QByteArray data,
        QDateTime addedAt = {}, QString addedBy = {});
    // SHA-256 in 64 lower-case hex digits.
    static QString sha256Of(const QByteArray& data);
    // The types a scan of the paper copy comes in.
    static bool isScanType(const QString& mimeType);
    // The type of a scan told from the whole of its bytes, not just their
    // start: a PDF begins with "%PDF-" and ends with "%%EOF" in its last
    // 1 KB, a PNG has a valid IHDR chunk and ends with IEND, a JPEG begins
    // with FFD8FF and ends with FFD9. Empty for anything else.
    static QString scanTypeOf(const QByteArray& data);
    // The name without any folder it came with and without control
    // characters (line breaks, escape sequences), trimmed.
    static QString cleanName(const QString& name);
    // The name for a terminal or a dialog: each control character as U+FFFD.
    static QString printableName(const QString& name);
    // The bytes of a regular file of at most maxSize, looked at before they
    // are read: a device (/dev/zero), a FIFO or a folder is refused.
    static Result<QByteArray> readFile(const QString& path);
    // The one check of what may be kept (on attach and on import alike): a
    // clean, non-empty name, at most maxSize bytes, and bytes that are
    // whole a PDF, PNG or JPEG of the type the attachment says.
    Status check() const;

    qint64 size() const { return data.size(); }
    // Whether the bytes still have the hash they were attached with.
    bool isIntact() const { return sha256 == sha256Of(data); }

    friend bool operator==(const Attachment&, const Attachment&) = default;
};

} // namespace Bayon
