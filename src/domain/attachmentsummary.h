#pragma once

#include <QDateTime>
#include <QString>

namespace Bayon {

// An attached file as a list shows it, without its bytes: listing a meeting's
// scans does not hold them in memory. `intact` says whether the stored bytes
// still have their SHA-256, found by reading them in pieces.
struct AttachmentSummary
{
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt; // UTC
    QString addedBy;
    bool intact = false;

    friend bool operator==(const AttachmentSummary&, const AttachmentSummary&) = default;
};

} // namespace Bayon
