#include "cli/clicontext.h"
#include "commands.h"
#include "document/exportformat.h"
#include "document/protocolexporter.h"
#include "storage/meetingrepository.h"

namespace Bayon::Cli {

namespace {
std::optional<Script> scriptFromName(const QString& name)
{
    if (name == u"latn")
        return Script::Latin;
    if (name == u"cyrl")
        return Script::Cyrillic;
    return std::nullopt;
}
} // namespace

int runExport(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the meeting"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("the file to write"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), exportFormatNames().join(u'|'),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption scriptOption(QStringLiteral("script"), QStringLiteral("latn|cyrl"),
                                          QStringLiteral("SCRIPT"), QStringLiteral("latn"));
    parser.addOptions({outputOption, formatOption, scriptOption});
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(QStringLiteral("export takes one meeting id"));
    if (!parser.isSet(outputOption))
        return context.usage(QStringLiteral("export needs --output FILE"));
    const QString output = parser.value(outputOption);

    const std::optional<ExportFormat> format = parser.isSet(formatOption)
        ? exportFormatFromName(parser.value(formatOption))
        : exportFormatFromPath(output);
    if (!format) {
        return context.usage(parser.isSet(formatOption)
                                 ? QStringLiteral("unknown format '%1' (expected %2)")
                                       .arg(parser.value(formatOption), exportFormatNames().join(u'|'))
                                 : QStringLiteral("cannot tell the format from '%1': add --format %2")
                                       .arg(output, exportFormatNames().join(u'|')));
    }
    const std::optional<Script> script = scriptFromName(parser.value(scriptOption));
    if (!script)
        return context.usage(QStringLiteral("unknown script '%1' (expected latn|cyrl)").arg(parser.value(scriptOption)));

    const Result<Meeting> meeting = context.loadMeeting(args.first());
    if (!meeting)
        return context.fail(meeting.error());

    const Status exported = ProtocolExporter::exportMeeting(*meeting, output, *format, *script);
    if (!exported)
        return context.fail(exported.error());
    return CliContext::Success;
}

} // namespace Bayon::Cli
