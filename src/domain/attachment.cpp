#include "attachment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

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

namespace {
// C0 controls, DEL and the C1 controls (U+009B starts an escape sequence
// too), and the line and paragraph separators.
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

bool isPdf(QByteArrayView data)
{
    // A PDF ends with "%%EOF" and at most a few line ends; 1 KB leaves room
    // for what writers add after it.
    return data.startsWith("%PDF-")
        && data.last(std::min<qsizetype>(data.size(), 1024)).contains("%%EOF");
}

bool isPng(QByteArrayView data)
{
    static constexpr char signature[] = "\x89PNG\r\n\x1a\n";
    static constexpr char end[] = "\0\0\0\0IEND\xae\x42\x60\x82";
    if (data.size() < 8 + 25 + 12 || !data.startsWith(QByteArrayView(signature, 8))
        || !data.endsWith(QByteArrayView(end, 12)))
        return false;
    // The first chunk is IHDR, 13 bytes: width, height, bit depth, colour
    // type, compression, filter, interlace; checked as the PNG standard has them.
    const QByteArrayView header = data.sliced(8, 25);
    if (qFromBigEndian<quint32>(header.data()) != 13 || header.sliced(4, 4) != "IHDR")
        return false;
    const quint32 width = qFromBigEndian<quint32>(header.data() + 8);
    const quint32 height = qFromBigEndian<quint32>(header.data() + 12);
    const int depth = uchar(header.at(16));
    const int colour = uchar(header.at(17));
    const bool depthFits
        = (colour == 0 && (depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16))
        || (colour == 3 && (depth == 1 || depth == 2 || depth == 4 || depth == 8))
        || ((colour == 2 || colour == 4 || colour == 6) && (depth == 8 || depth == 16));
    return width > 0 && height > 0 && width <= 0x7fffffffu && height <= 0x7fffffffu && depthFits
        && header.at(18) == 0 && header.at(19) == 0 && uchar(header.at(20)) <= 1;
}

bool isJpeg(QByteArrayView data)
{
    return data.size() >= 4 && data.startsWith("\xff\xd8\xff") && data.endsWith("\xff\xd9");
}
} // namespace

QString Attachment::scanTypeOf(const QByteArray& data)
{
    if (isPdf(data))
        return u"application/pdf"_s;
    if (isPng(data))
        return u"image/png"_s;
    if (isJpeg(data))
        return u"image/jpeg"_s;
    return {};
}

QString Attachment::cleanName(const QString& name)
{
    QString clean;
    clean.reserve(name.size());
    for (QChar c : name) {
        if (c == u'/' || c == u'\\')
            clean.clear(); // only what follows the last folder
        else if (!isControl(c))
            clean.append(c);
    }
    return clean.trimmed();
}

QString Attachment::printableName(const QString& name)
{
    QString printable = name;
    for (QChar& c : printable) {
        if (isControl(c))
            c = QChar::ReplacementCharacter;
    }
    return printable;
}

Result<QByteArray> Attachment::readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(tr("%1 does not exist.").arg(path));
    // Before anything is read: a device or a pipe has no end to read to.
    if (!info.isFile())
        return Error::invalid(
            tr("%1 is not a regular file: only a PDF, PNG or JPEG file is attached.").arg(path));
    if (info.size() > maxSize)
        return Error::invalid(tr("%1 has %2 bytes; an attachment may have at most %3 (100 MB).")
                                  .arg(path)
                                  .arg(info.size())
                                  .arg(maxSize));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    // A file that grows while it is read stops at the limit all the same.
    QByteArray data = file.read(maxSize + 1);
    if (data.size() > maxSize)
        return Error::invalid(
            tr("%1 grew beyond %2 bytes while it was read.").arg(path).arg(maxSize));
    return data;
}

Status Attachment::check() const
{
    if (name.isEmpty() || name != cleanName(name))
        return Error::invalid(tr("\"%1\" is not a file name an attachment may have: it must not "
                                 "be empty nor name a folder or hold control characters.")
                                  .arg(printableName(name)));
    if (data.size() > maxSize)
        return Error::invalid(tr("%1 has %2 bytes; an attachment may have at most %3 (100 MB).")
                                  .arg(name)
                                  .arg(data.size())
                                  .arg(maxSize));
    const QString detected = scanTypeOf(data);
    if (detected.isEmpty())
        return Error::invalid(tr("%1 is not a whole PDF, PNG or JPEG file: only a scan of the "
                                 "paper copy is attached.")
                                  .arg(name));
    if (detected != mimeType)
        return Error::invalid(
            tr("%1 is said to be %2 but its bytes are %3.").arg(name, mimeType, detected));
    return {};
}

} // namespace Bayon
