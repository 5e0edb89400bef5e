#include "protocolpdfwriter.h"

#include "document/pdfupdate.h"
#include "document/protocollayout.h"
#include "document/protocolpainter.h"
#include "interchange/controlcode.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QPdfWriter>

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

// The Info dictionary: QPdfWriter writes no author.
QByteArray infoDictionary(const Metadata& meta)
{
    QByteArray info = "<<\n";
    info += "/Title " + pdfText(meta.title) + '\n';
    if (!meta.author.isEmpty())
        info += "/Author " + pdfText(meta.author) + '\n';
    if (!meta.subject.isEmpty())
        info += "/Subject " + pdfText(meta.subject) + '\n';
    info += "/Creator " + pdfText(meta.creator) + '\n';
    info += "/Producer " + pdfText(meta.producer) + '\n';
    info += "/CreationDate " + pdfDate(meta.created) + '\n';
    info += "/ModDate " + pdfDate(meta.created) + '\n';
    info += ">>";
    return info;
}

// Qt embeds only the glyphs a font draws but names the font as if it were
// whole, so pdffonts says "sub no" and a reader may take the subset for the
// font installed under that name. A subset's name carries a tag of six capital
// letters (PDF 1.4, § 5.5.3); here the tag is taken from a hash of the
// embedded font program, so that the same glyphs give the same name, and it
// is put on the Type 0 font, its CIDFont and its font descriptor alike.
Status tagSubsets(PdfUpdate& pdf)
{
    for (const int number : pdf.objectNumbers()) {
        const QByteArray type0 = pdf.object(number);
        if (!type0.startsWith("<<") || !type0.contains("/Subtype /Type0"))
            continue;
        const int cidFont = PdfUpdate::referenceIn(type0, "/DescendantFonts");
        const QByteArray cid = pdf.object(cidFont);
        const int descriptor = PdfUpdate::referenceIn(cid, "/FontDescriptor");
        const QByteArray desc = pdf.object(descriptor);
        const int program = PdfUpdate::referenceIn(desc, "/FontFile2");
        const QByteArray font = program > 0 ? pdf.streamData(program) : QByteArray();
        QByteArray name = PdfUpdate::nameIn(type0, "/BaseFont");
        if (cid.isEmpty() || desc.isEmpty() || font.isEmpty() || name.isEmpty())
            return Error::failed(u"The PDF written by Qt has a font Bayon cannot read."_s);
        // Qt tags the descriptor's name alone, with a tag that counts objects; the
        // tag from the glyphs replaces it.
        if (name.size() > 7 && name.at(6) == '+')
            name = name.mid(7);
        const QByteArray hash = QCryptographicHash::hash(font, QCryptographicHash::Sha256);
        QByteArray tag(6, 'A');
        for (int i = 0; i < tag.size(); ++i)
            tag[i] = char('A' + quint8(hash.at(i)) % 26);
        const QByteArray tagged = tag + '+' + name;
        pdf.replace(number, PdfUpdate::withName(type0, "/BaseFont", tagged));
        pdf.replace(cidFont, PdfUpdate::withName(cid, "/BaseFont", tagged));
        pdf.replace(descriptor, PdfUpdate::withName(desc, "/FontName", tagged));
    }
    return {};
}

// One incremental update after the bytes Qt wrote: the complete Info
// dictionary and the subset fonts' names.
Result<QByteArray> finished(QByteArray bytes, const Metadata& meta)
{
    Result<PdfUpdate> read = PdfUpdate::read(std::move(bytes));
    if (!read)
        return read.error();
    PdfUpdate& pdf = read.value();
    pdf.replace(pdf.infoObject(), infoDictionary(meta));
    if (const Status tagged = tagSubsets(pdf); !tagged)
        return tagged.error();
    return pdf.write();
}

} // namespace

Result<QByteArray> ProtocolPdfWriter::write(const ProtocolLayout& layout)
{
    Metadata meta;
    meta.title = layout.content().title;
    meta.author = layout.content().author;
    // The control code of a final protocol, where `bayon-cli verify --pdf` reads it.
    if (!layout.content().controlCode.isEmpty())
        meta.subject
            = ControlCode::pdfSubject(layout.content().controlCode, layout.content().revision);
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
    return finished(std::move(bytes), meta);
}

} // namespace Bayon
