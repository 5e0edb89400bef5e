#include "cli/clicontext.h"
#include "commands.h"
#include "interchange/meetingjson.h"
#include "meetingid.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"

namespace Bayon::Cli {

int runShow(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the meeting"));
    const QCommandLineOption revisionOption(QStringLiteral("revision"),
        QStringLiteral("a kept revision instead of the meeting as it is"), QStringLiteral("N"));
    const QCommandLineOption attachmentsOption(QStringLiteral("attachments"),
        QStringLiteral("list the attached files: name, type, size, SHA-256, added, by, intact"));
    parser.addOptions({revisionOption, attachmentsOption});
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(QStringLiteral("show takes one meeting id"));

    if (parser.isSet(revisionOption) || parser.isSet(attachmentsOption)) {
        const std::optional<qint64> id = parseMeetingId(args.first());
        if (!id)
            return context.usage(QStringLiteral("'%1' is not a meeting id").arg(args.first()));
        bool isNumber = false;
        const int revision = parser.value(revisionOption).toInt(&isNumber);
        if (parser.isSet(revisionOption) && (!isNumber || revision < 1))
            return context.usage(
                QStringLiteral("'%1' is not a revision number").arg(parser.value(revisionOption)));
        const Result<Database*> database = context.database(Database::Mode::ReadOnly);
        if (!database)
            return context.fail(database.error());
        LifecycleRepository& lifecycle = (*database)->lifecycle();
        if (parser.isSet(attachmentsOption) && !parser.isSet(revisionOption)) {
            // Listed without their bytes: a 100 MB scan is not held to list it.
            const Result<QList<AttachmentSummary>> files = lifecycle.attachmentSummaries(*id);
            if (!files)
                return context.fail(files.error());
            for (const AttachmentSummary& attachment : *files) {
                context.out() << Attachment::printableName(attachment.name) << '\t'
                              << attachment.mimeType << '\t' << attachment.size << '\t'
                              << attachment.sha256 << '\t'
                              << attachment.addedAt.toString(Qt::ISODateWithMs) << '\t'
                              << attachment.addedBy << '\t'
                              << (attachment.intact ? QStringLiteral("intact")
                                                    : QStringLiteral("DAMAGED"))
                              << '\n';
            }
            return CliContext::Success;
        }
        const Result<Meeting> meeting = parser.isSet(revisionOption)
            ? lifecycle.loadRevision(*id, revision)
            : (*database)->meetings().load(*id);
        if (!meeting)
            return context.fail(meeting.error());
        if (!parser.isSet(attachmentsOption)) {
            context.out() << QString::fromUtf8(MeetingJson::write(*meeting));
            return CliContext::Success;
        }
        for (const Attachment& attachment : meeting->attachments) {
            context.out() << Attachment::printableName(attachment.name) << '\t'
                          << attachment.mimeType << '\t' << attachment.size() << '\t'
                          << attachment.sha256 << '\t'
                          << attachment.addedAt.toString(Qt::ISODateWithMs) << '\t'
                          << attachment.addedBy << '\t'
                          << (attachment.isIntact() ? QStringLiteral("intact")
                                                    : QStringLiteral("DAMAGED"))
                          << '\n';
        }
        return CliContext::Success;
    }

    const Result<Meeting> meeting = context.loadMeeting(args.first());
    if (!meeting)
        return context.fail(meeting.error());
    context.out() << QString::fromUtf8(MeetingJson::write(*meeting));
    return CliContext::Success;
}

} // namespace Bayon::Cli
