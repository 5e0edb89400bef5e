#include "protocolpdfwriter.h"

#include "document/protocollayout.h"
#include "document/controlcode.h"
#include "document/protocolpainter.h"

#include <QBuffer>
#include <QDateTime>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

struct Metadata
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString producer;
    QDateTime created; // UTC, whole seconds
};

QString xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// The XMP packet of a PDF/A-1b file must say what the Info dictionary says.
QByteArray xmp(const Metadata& meta)
{
    const QString date = meta.created.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
    QString xml;
    xml += u"<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"_s;
    xml += u"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"_s;
    xml += u" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"_s;
    xml += u"  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"_s;
    xml += u"   <dc:format>application/pdf</dc:format>\n"_s;
    xml += u"   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"_s + xmlEscaped(meta.title)
        + u"</rdf:li></rdf:Alt></dc:title>\n"_s;
    if (!meta.author.isEmpty())
        xml += u"   <dc:creator><rdf:Seq><rdf:li>"_s + xmlEscaped(meta.author)
            + u"</rdf:li></rdf:Seq></dc:creator>\n"_s;
    if (!meta.subject.isEmpty())
        xml += u"   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"_s
            + xmlEscaped(meta.subject) + u"</rdf:li></rdf:Alt></dc:description>\n"_s;
    xml += u"  </rdf:Description>\n"_s;
    xml += u"  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"_s;
    xml += u"   <xmp:CreatorTool>"_s + xmlEscaped(meta.creator) + u"</xmp:CreatorTool>\n"_s;
    xml += u"   <xmp:CreateDate>"_s + date + u"</xmp:CreateDate>\n"_s;
    xml += u"   <xmp:ModifyDate>"_s + date + u"</xmp:ModifyDate>\n"_s;
    xml += u"  </rdf:Description>\n"_s;
    xml += u"  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"_s;
    xml += u"   <pdf:Producer>"_s + xmlEscaped(meta.producer) + u"</pdf:Producer>\n"_s;
    xml += u"  </rdf:Description>\n"_s;
    xml += u"  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"_s;
    xml += u"   <pdfaid:part>1</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n"_s;
    xml += u"  </rdf:Description>\n"_s;
    xml += u" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"_s;
    return xml.toUtf8();
}

// A PDF text string in UTF-16BE with its byte order mark, in hex.
QByteArray pdfText(const QString& text)
{
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime& utc)
{
    return "(D:" + utc.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "+00'00')";
}

// QPdfWriter writes no author. An incremental update (PDF 1.4, § 3.4.5), which
// PDF/A-1 allows, replaces its Info dictionary with a complete one, leaving the
// bytes Qt wrote untouched.
Result<QByteArray> withInfo(QByteArray pdf, const Metadata& meta)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startXrefAt < trailerAt)
        return Error::failed(u"The PDF written by Qt has no trailer."_s);
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startXrefAt - trailerAt));
    const QString tail = QString::fromLatin1(pdf.mid(startXrefAt));

    static const QRegularExpression sizeRe(u"/Size\\s+(\\d+)"_s);
    static const QRegularExpression rootRe(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s);
    static const QRegularExpression infoRe(u"/Info\\s+(\\d+)\\s+(\\d+)\\s+R"_s);
    static const QRegularExpression idRe(u"/ID\\s*(\\[[^\\]]*\\])"_s);
    static const QRegularExpression startRe(u"startxref\\s+(\\d+)"_s);
    const auto size = sizeRe.match(trailer);
    const auto root = rootRe.match(trailer);
    const auto info = infoRe.match(trailer);
    const auto id = idRe.match(trailer);
    const auto start = startRe.match(tail);
    if (!size.hasMatch() || !root.hasMatch() || !info.hasMatch() || !start.hasMatch())
        return Error::failed(u"The PDF written by Qt has a trailer Bayon cannot read."_s);

    if (!pdf.endsWith('\n'))
        pdf.append('\n');
    const qsizetype infoAt = pdf.size();
    const QByteArray infoObject = info.captured(1).toLatin1();
    pdf += infoObject + " 0 obj\n<<\n";
    pdf += "/Title " + pdfText(meta.title) + '\n';
    if (!meta.author.isEmpty())
        pdf += "/Author " + pdfText(meta.author) + '\n';
    if (!meta.subject.isEmpty())
        pdf += "/Subject " + pdfText(meta.subject) + '\n';
    pdf += "/Creator " + pdfText(meta.creator) + '\n';
    pdf += "/Producer " + pdfText(meta.producer) + '\n';
    pdf += "/CreationDate " + pdfDate(meta.created) + '\n';
    pdf += "/ModDate " + pdfDate(meta.created) + '\n';
    pdf += ">>\nendobj\n";

    const qsizetype xrefAt = pdf.size();
    pdf += "xref\n" + infoObject + " 1\n";
    pdf += QByteArray::number(infoAt).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + '\n';
    pdf += "/Info " + infoObject + " 0 R\n";
    pdf += "/Root " + root.captured(1).toLatin1() + '\n';
    if (id.hasMatch())
        pdf += "/ID " + id.captured(1).toLatin1() + '\n';
    pdf += "/Prev " + start.captured(1).toLatin1() + "\n>>\n";
    pdf += "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return pdf;
}

} // namespace

Result<QByteArray> ProtocolPdfWriter::write(const ProtocolLayout& layout)
{
    Metadata meta;
    meta.title = layout.content().title;
    meta.author = layout.content().author;
    // The control code of a final protocol, where `bayon-cli verify --pdf` reads it.
    if (!layout.content().controlCode.isEmpty())
        meta.subject = ControlCode::pdfSubject(layout.content().controlCode, layout.content().revision);
    meta.creator = u"Bayon"_s;
    meta.producer = u"Qt "_s + QString::fromLatin1(qVersion());
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    meta.created = now;

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(ProtocolLayout::layoutDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(meta.title);
        writer.setCreator(meta.creator);
        writer.setDocumentXmpMetadata(xmp(meta));
        if (const Status painted = ProtocolPainter(layout).print(writer); !painted)
            return painted.error();
    }
    if (bytes.isEmpty())
        return Error::failed(u"The PDF could not be written."_s);
    return withInfo(std::move(bytes), meta);
}

} // namespace Bayon
