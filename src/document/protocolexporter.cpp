#include "protocolexporter.h"

#include "document/odtpagestyle.h"
#include "document/protocolcomposer.h"
#include "document/protocoldocumentbuilder.h"
#include "document/protocolfonts.h"
#include "document/protocolhtmlwriter.h"
#include "document/protocollayout.h"
#include "document/protocolmarkdownwriter.h"
#include "document/protocolpage.h"
#include "document/protocolpdfwriter.h"
#include "document/protocoltextwriter.h"
#include "interchange/meetingjson.h"
#include "interchange/outputfile.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

Result<QByteArray> odt(const ProtocolContent& content)
{
    if (const Status fonts = ProtocolFonts::ensureLoaded(); !fonts)
        return fonts.error();
    // Not paginated: the word processor paginates it with its own rules.
    const std::unique_ptr<QTextDocument> document = ProtocolDocumentBuilder::build(content);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get()))
        return Error::failed(u"The ODT document could not be written."_s);
    buffer.close();
    // Qt saves no page style: the protocol's page and margins are added to it.
    return OdtPageStyle::apply(bytes, ProtocolPage::sizeMm(), ProtocolPage::marginsMm);
}

} // namespace

Result<QByteArray> ProtocolExporter::render(
    const Meeting& meeting, ExportFormat format, Script script)
{
    return render(meeting, format, ProtocolOptions {}, script);
}

Result<QByteArray> ProtocolExporter::render(
    const Meeting& meeting, ExportFormat format, const ProtocolOptions& options, Script script)
{
    if (!isPrintedFormat(format)) {
        const QString printed = printedFormatNames().join(u", "_s);
        if (options.isExtract() || options.form)
            return Error::usage(u"JSON is the interchange form of the whole meeting; an extract or "
                                "another form is for the printed formats (%1)."_s.arg(printed));
        if (script != Script::Latin)
            return Error::usage(u"JSON is the interchange form and keeps the stored Latin text; "
                                "Cyrillic is for the printed formats (%1)."_s.arg(printed));
        return MeetingJson::write(meeting);
    }
    ProtocolContent content = ProtocolComposer::compose(meeting, options, script);
    if (options.isExtract() && content.blocks.isEmpty()) {
        return Error::notFound(options.extractItem >= 0
                ? u"The meeting has no agenda item %1."_s.arg(options.extractItem + 1)
                : u"No resolution of the meeting is addressed to “%1”."_s.arg(options.addressee));
    }
    switch (format) {
    case ExportFormat::Pdf: {
        auto layout = ProtocolLayout::create(std::move(content));
        if (!layout)
            return layout.error();
        return ProtocolPdfWriter::write(**layout);
    }
    case ExportFormat::Odt:
        return odt(content);
    case ExportFormat::Html:
        return ProtocolHtmlWriter::write(content);
    case ExportFormat::Markdown:
        return ProtocolMarkdownWriter::write(content);
    case ExportFormat::Text:
        return ProtocolTextWriter::write(content);
    case ExportFormat::Json:
        break;
    }
    return Error::usage(u"Unknown export format."_s);
}

Status ProtocolExporter::exportMeeting(
    const Meeting& meeting, const QString& path, ExportFormat format, Script script)
{
    return exportMeeting(meeting, path, format, ProtocolOptions {}, script);
}

Status ProtocolExporter::exportMeeting(const Meeting& meeting, const QString& path,
    ExportFormat format, const ProtocolOptions& options, Script script)
{
    // Refused before the protocol is rendered, which may take a while.
    if (const Status target = OutputFile::checkTarget(path); !target)
        return target;
    const Result<QByteArray> bytes = render(meeting, format, options, script);
    if (!bytes)
        return bytes.error();
    return OutputFile::write(path, *bytes);
}

} // namespace Bayon
