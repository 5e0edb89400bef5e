#include "cli/clicontext.h"
#include "commands.h"
#include "datearg.h"
#include "meetingid.h"
#include "storage/reviewcopywriter.h"

#include <QUuid>

namespace Bayon::Cli {

// A review copy for members: the chosen meetings in one file that Bayon opens
// read-only anywhere. Prints the copy's id, the number of meetings in it and
// the file.
int runPack(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringLiteral("output"),
        QStringLiteral("the review copy to write (FILE.bayon)"), QStringLiteral("FILE"));
    const QCommandLineOption meetingOption(QStringLiteral("meeting"),
        QStringLiteral("a meeting to put in (repeatable; none: every meeting that matches)"),
        QStringLiteral("ID"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        QStringLiteral("meetings on or after this day"), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        QStringLiteral("meetings on or before this day"), QStringLiteral("DATE"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
        QStringLiteral(
            "the statuses of the meetings, comma-separated (default review,final,signed)"),
        QStringLiteral("LIST"));
    parser.addOptions({outputOption, meetingOption, fromOption, toOption, statusOption});
    if (!context.parse(parser))
        return context.usage(context.parseError());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            QStringLiteral("pack takes no arguments; choose meetings with --meeting ID"));
    if (!parser.isSet(outputOption) || parser.value(outputOption).trimmed().isEmpty())
        return context.usage(QStringLiteral("pack needs --output FILE"));

    ReviewCopyRequest request;
    for (const QString& value : parser.values(meetingOption)) {
        const std::optional<qint64> id = parseMeetingId(value);
        if (!id)
            return context.usage(QStringLiteral("'%1' is not a meeting id").arg(value));
        if (!request.meetingIds.contains(*id))
            request.meetingIds.append(*id);
    }
    for (const auto& [option, date] :
        {std::pair {&fromOption, &request.from}, std::pair {&toOption, &request.to}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<QDate> parsed = parseDateArgument(parser.value(*option));
        if (!parsed)
            return context.usage(
                QStringLiteral("'%1' is not a date (2025-07-10 or \"2025-yil 10-iyul\")")
                    .arg(parser.value(*option)));
        *date = *parsed;
    }
    if (parser.isSet(statusOption)) {
        request.statuses.clear();
        for (const QString& value : parser.values(statusOption)) {
            for (const QString& key : value.split(u',', Qt::SkipEmptyParts)) {
                const std::optional<MeetingStatus> status
                    = enumFromKey<MeetingStatus>(key.trimmed());
                if (!status)
                    return context.usage(
                        QStringLiteral("'%1' is not a status (%2)")
                            .arg(key.trimmed(), enumKeys<MeetingStatus>().join(u", ")));
                if (!request.statuses.contains(*status))
                    request.statuses.append(*status);
            }
        }
        if (request.statuses.isEmpty())
            return context.usage(QStringLiteral("--status needs at least one status"));
    }

    // Read-only: making a copy changes nothing in the council's database.
    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return context.fail(database.error());
    const QString output = parser.value(outputOption);
    const Result<ReviewCopyIdentity> copy = ReviewCopyWriter::pack(**database, request, output);
    if (!copy)
        return context.fail(copy.error());
    context.out() << copy->id.toString(QUuid::WithoutBraces) << '\t' << copy->meetingCount << '\t'
                  << output << Qt::endl;
    return CliContext::Success;
}

} // namespace Bayon::Cli
