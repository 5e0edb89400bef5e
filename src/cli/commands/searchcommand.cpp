#include "cli/clicontext.h"
#include "commands.h"
#include "storage/meetingsearch.h"

namespace Bayon::Cli {

int runSearch(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("words to find"));
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return context.usage(QStringLiteral("search needs a query"));

    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return context.fail(database.error());
    const auto hits = (*database)->search().search(query);
    if (!hits)
        return context.fail(hits.error());
    for (const SearchHit& hit : *hits)
        context.out() << hit.meetingId << '\t' << hit.part << '\t'
                      << QString(hit.snippet).replace(u'\n', u' ') << '\n';
    return CliContext::Success;
}

} // namespace Bayon::Cli
