#include "cli/clicontext.h"
#include "commands.h"
#include "document/meetingimporter.h"
#include "storage/meetingrepository.h"

namespace Bayon::Cli {

int runSample(CliContext& context)
{
    QCommandLineParser parser;
    if (!context.parse(parser))
        return context.usage(context.parseError());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("sample takes no arguments"));

    const Result<Meeting> sample = MeetingImporter::sample();
    if (!sample)
        return context.fail(sample.error());
    const Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    const Result<Meeting> saved = (*database)->meetings().save(*sample);
    if (!saved)
        return context.fail(saved.error());
    context.out() << saved->id << Qt::endl;
    return CliContext::Success;
}

} // namespace Bayon::Cli
