#include "cli/clicontext.h"
#include "commands.h"
#include "interchange/meetingimporter.h"
#include "storage/meetingrepository.h"

namespace Bayon::Cli {

int runImport(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("a meeting in the interchange format"));
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(QStringLiteral("import takes one file"));

    // Read and check the whole file before the database is touched.
    const Result<Meeting> meeting = MeetingImporter::fromFile(args.first());
    if (!meeting)
        return context.fail(meeting.error());
    const Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    const Result<Meeting> saved = (*database)->meetings().save(*meeting);
    if (!saved)
        return context.fail(saved.error());
    context.out() << saved->id << Qt::endl;
    return CliContext::Success;
}

} // namespace Bayon::Cli
