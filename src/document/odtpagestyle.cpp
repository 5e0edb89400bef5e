#include "odtpagestyle.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <zip.h>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

const QString officeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString styleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString foNs = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;
const QString manifestNs = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;
const char* const stylesPath = "styles.xml";
const char* const manifestPath = "META-INF/manifest.xml";

Error failed(const QString& why)
{
    return Error::failed(u"The page of the ODT document could not be set: %1"_s.arg(why));
}

QString mm(qreal value)
{
    return QString::number(value, 'g', 6) + u"mm"_s;
}

QByteArray stylesXml(QSizeF pageMm, QMarginsF marginsMm)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeNamespace(officeNs, u"office"_s);
    writer.writeNamespace(styleNs, u"style"_s);
    writer.writeNamespace(foNs, u"fo"_s);
    writer.writeStartElement(officeNs, u"document-styles"_s);
    writer.writeAttribute(officeNs, u"version"_s, u"1.2"_s);
    writer.writeStartElement(officeNs, u"automatic-styles"_s);
    writer.writeStartElement(styleNs, u"page-layout"_s);
    writer.writeAttribute(styleNs, u"name"_s, u"pm1"_s);
    writer.writeEmptyElement(styleNs, u"page-layout-properties"_s);
    writer.writeAttribute(foNs, u"page-width"_s, mm(pageMm.width()));
    writer.writeAttribute(foNs, u"page-height"_s, mm(pageMm.height()));
    writer.writeAttribute(styleNs, u"print-orientation"_s,
        pageMm.width() > pageMm.height() ? u"landscape"_s : u"portrait"_s);
    writer.writeAttribute(foNs, u"margin-top"_s, mm(marginsMm.top()));
    writer.writeAttribute(foNs, u"margin-bottom"_s, mm(marginsMm.bottom()));
    writer.writeAttribute(foNs, u"margin-left"_s, mm(marginsMm.left()));
    writer.writeAttribute(foNs, u"margin-right"_s, mm(marginsMm.right()));
    writer.writeEndElement(); // page-layout
    writer.writeEndElement(); // automatic-styles
    writer.writeStartElement(officeNs, u"master-styles"_s);
    writer.writeEmptyElement(styleNs, u"master-page"_s);
    writer.writeAttribute(styleNs, u"name"_s, u"Standard"_s);
    writer.writeAttribute(styleNs, u"page-layout-name"_s, u"pm1"_s);
    writer.writeEndElement(); // master-styles
    writer.writeEndElement(); // document-styles
    writer.writeEndDocument();
    return xml;
}

// The manifest as it was, with styles.xml listed.
Result<QByteArray> manifestWithStyles(const QByteArray& manifest)
{
    QByteArray out;
    QXmlStreamReader reader(manifest);
    QXmlStreamWriter writer(&out);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            ++depth;
        if (reader.isEndElement() && --depth == 0) {
            writer.writeEmptyElement(manifestNs, u"file-entry"_s);
            writer.writeAttribute(manifestNs, u"media-type"_s, u"text/xml"_s);
            writer.writeAttribute(manifestNs, u"full-path"_s, QString::fromLatin1(stylesPath));
        }
        if (!reader.hasError())
            writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return failed(u"its manifest cannot be read (%1)"_s.arg(reader.errorString()));
    return out;
}

struct ArchiveCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct SourceFreer
{
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

QString zipError(zip_error_t* error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

Result<QByteArray> readEntry(zip_t* archive, zip_int64_t index)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0
        || !(stat.valid & ZIP_STAT_SIZE))
        return failed(QString::fromLocal8Bit(zip_strerror(archive)));
    zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file)
        return failed(QString::fromLocal8Bit(zip_strerror(archive)));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || zip_uint64_t(read) != stat.size)
        return failed(QString::fromLocal8Bit(zip_strerror(archive)));
    return bytes;
}

// Adds or replaces an entry, deflated. libzip reads the bytes when the archive
// is closed: they must live until then.
Status putEntry(zip_t* archive, const char* name, const QByteArray& bytes)
{
    zip_source_t* source
        = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    if (!source)
        return failed(QString::fromLocal8Bit(zip_strerror(archive)));
    const zip_int64_t index
        = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return failed(QString::fromLocal8Bit(zip_strerror(archive)));
    }
    if (zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 0) != 0)
        return failed(QString::fromLocal8Bit(zip_strerror(archive)));
    return {};
}

} // namespace

Result<QByteArray> OdtPageStyle::apply(const QByteArray& odt, QSizeF pageMm, QMarginsF marginsMm)
{
    zip_error_t error;
    zip_error_init(&error);
    // The package is read from, and written back to, memory that libzip owns:
    // when it writes the archive back it may keep the unchanged start of the
    // old buffer in the new one, and frees them together (libzip 1.7).
    void* data = std::malloc(size_t(qMax(qsizetype(1), odt.size())));
    if (data == nullptr)
        return failed(u"out of memory"_s);
    std::memcpy(data, odt.constData(), size_t(odt.size()));
    std::unique_ptr<zip_source_t, SourceFreer> source(
        zip_source_buffer_create(data, zip_uint64_t(odt.size()), 1, &error));
    if (!source) {
        // Only for want of memory; whether libzip freed `data` then is not said,
        // so it is left rather than freed twice.
        const QString why = zipError(&error);
        zip_error_fini(&error);
        return failed(why);
    }
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(source.get(), 0, &error));
    if (!archive) {
        const QString why = zipError(&error);
        zip_error_fini(&error);
        return failed(u"it is not a zip package (%1)"_s.arg(why));
    }
    zip_error_fini(&error);
    // Closing the archive writes it into the source, which must outlive it.
    zip_source_keep(source.get());

    if (zip_name_locate(archive.get(), stylesPath, 0) >= 0)
        return failed(u"Qt wrote styles of its own, which Bayon does not merge"_s);
    const zip_int64_t manifestIndex = zip_name_locate(archive.get(), manifestPath, 0);
    if (manifestIndex < 0)
        return failed(u"it has no manifest"_s);
    const Result<QByteArray> manifest = readEntry(archive.get(), manifestIndex);
    if (!manifest)
        return manifest.error();
    const Result<QByteArray> newManifest = manifestWithStyles(*manifest);
    if (!newManifest)
        return newManifest.error();
    const QByteArray styles = stylesXml(pageMm, marginsMm);
    if (const Status put = putEntry(archive.get(), stylesPath, styles); !put)
        return put.error();
    if (const Status put = putEntry(archive.get(), manifestPath, *newManifest); !put)
        return put.error();
    if (zip_close(archive.get()) != 0)
        return failed(QString::fromLocal8Bit(zip_strerror(archive.get())));
    (void)archive.release(); // zip_close freed it

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source.get(), &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)
        || zip_source_open(source.get()) != 0)
        return failed(zipError(zip_source_error(source.get())));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(source.get(), bytes.data(), stat.size);
    zip_source_close(source.get());
    if (read < 0 || zip_uint64_t(read) != stat.size)
        return failed(zipError(zip_source_error(source.get())));
    return bytes;
}

} // namespace Bayon
