#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Bayon {

// A file kept with a meeting: above all the scan of the signed paper copy (PDF,
// PNG or JPEG). The bytes travel with the meeting; the SHA-256 proves that they
// are the bytes that were attached. Not part of the protocol's text, so an
// attachment can be added to a signed meeting.
struct Attachment
{
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

    qint64 size() const { return data.size(); }
    // Whether the bytes still have the hash they were attached with.
    bool isIntact() const { return sha256 == sha256Of(data); }

    friend bool operator==(const Attachment&, const Attachment&) = default;
};

} // namespace Bayon
