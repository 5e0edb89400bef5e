#include "attachment.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Bayon {

Attachment Attachment::fromData(
    QString name, QString mimeType, QByteArray data, QDateTime addedAt, QString addedBy)
{
    Attachment attachment;
    attachment.name = std::move(name);
    attachment.mimeType = std::move(mimeType);
    attachment.sha256 = sha256Of(data);
    attachment.data = std::move(data);
    attachment.addedAt = std::move(addedAt);
    attachment.addedBy = std::move(addedBy);
    return attachment;
}

QString Attachment::sha256Of(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool Attachment::isScanType(const QString& mimeType)
{
    return mimeType == u"application/pdf"_s || mimeType == u"image/png"_s
        || mimeType == u"image/jpeg"_s;
}

} // namespace Bayon
