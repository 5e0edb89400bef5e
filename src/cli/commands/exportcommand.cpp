#include "cli/clicontext.h"
#include "commands.h"
#include "document/exportformat.h"
#include "document/protocolexporter.h"
#include "storage/meetingrepository.h"

#include <QDate>

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
    const QCommandLineOption outputOption(
        QStringLiteral("output"), QStringLiteral("the file to write"), QStringLiteral("FILE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), exportFormatNames().join(u'|'), QStringLiteral("FORMAT"));
    const QCommandLineOption scriptOption(QStringLiteral("script"), QStringLiteral("latn|cyrl"),
        QStringLiteral("SCRIPT"), QStringLiteral("latn"));
    // Protocol forms: another form, or an extract.
    const QCommandLineOption formOption(
        QStringLiteral("form"), QStringLiteral("full|short|narrative"), QStringLiteral("FORM"));
    const QCommandLineOption extractOption(QStringLiteral("extract"),
        QStringLiteral("an extract of agenda item N (1, 2, …)"), QStringLiteral("N"));
    const QCommandLineOption addresseeOption(QStringLiteral("addressee"),
        QStringLiteral("an extract of the resolutions addressed to NAME"), QStringLiteral("NAME"));
    const QCommandLineOption dateOption(QStringLiteral("extract-date"),
        QStringLiteral("the date the extract is certified (YYYY-MM-DD; today)"),
        QStringLiteral("DATE"));
    parser.addOptions({outputOption, formatOption, scriptOption, formOption, extractOption,
        addresseeOption, dateOption});
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
        return context.usage(QStringLiteral("unknown script '%1' (expected latn|cyrl)")
                                 .arg(parser.value(scriptOption)));

    ProtocolOptions options;
    if (parser.isSet(formOption)) {
        options.form = enumFromKey<ProtocolForm>(parser.value(formOption));
        if (!options.form)
            return context.usage(QStringLiteral("unknown form '%1' (expected full|short|narrative)")
                                     .arg(parser.value(formOption)));
    }
    if (parser.isSet(extractOption) && parser.isSet(addresseeOption))
        return context.usage(QStringLiteral("choose --extract N or --addressee NAME, not both"));
    if (parser.isSet(extractOption)) {
        bool ok = false;
        const int item = parser.value(extractOption).toInt(&ok);
        if (!ok || item < 1)
            return context.usage(
                QStringLiteral("--extract takes the number of an agenda item (1, 2, …)"));
        options.extractItem = item - 1;
    }
    if (parser.isSet(addresseeOption)) {
        options.addressee = parser.value(addresseeOption).trimmed();
        if (options.addressee.isEmpty())
            return context.usage(QStringLiteral("--addressee needs a name"));
    }
    if (parser.isSet(dateOption)) {
        options.extractDate = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!options.extractDate.isValid())
            return context.usage(QStringLiteral("--extract-date takes a date as YYYY-MM-DD"));
    }

    const Result<Meeting> meeting = context.loadMeeting(args.first());
    if (!meeting)
        return context.fail(meeting.error());

    const Status exported
        = ProtocolExporter::exportMeeting(*meeting, output, *format, options, *script);
    if (!exported)
        return context.fail(exported.error());
    return CliContext::Success;
}

} // namespace Bayon::Cli
