#include "cli/clicontext.h"
#include "commands.h"
#include "meetingid.h"
#include "storage/lifecyclerepository.h"

#include <QFileInfo>

namespace Bayon::Cli {

// Keeps a file (the scan of the signed copy: PDF, PNG or JPEG) with a
// meeting. Prints its SHA-256, type, size and name.
int runAttach(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("the meeting"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the file to attach"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
        QStringLiteral("the name to keep it as (default: the file's)"), QStringLiteral("NAME"));
    parser.addOption(nameOption);
    if (!context.parse(parser))
        return context.usage(context.parseError());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usage(QStringLiteral("attach takes a meeting id and a file"));
    const std::optional<qint64> id = parseMeetingId(args.at(0));
    if (!id)
        return context.usage(QStringLiteral("'%1' is not a meeting id").arg(args.at(0)));

    // Looked at before it is read: a regular file of at most 100 MB.
    const Result<QByteArray> read = Attachment::readFile(args.at(1));
    if (!read)
        return context.fail(read.error());
    const QByteArray& bytes = *read;
    const QString name
        = parser.isSet(nameOption) ? parser.value(nameOption) : QFileInfo(args.at(1)).fileName();

    const Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    const Result<Attachment> attached = (*database)->lifecycle().attach(*id, name, bytes);
    if (!attached)
        return context.fail(attached.error());
    context.out() << attached->sha256 << '\t' << attached->mimeType << '\t' << attached->size()
                  << '\t' << Attachment::printableName(attached->name) << '\n';
    return CliContext::Success;
}

} // namespace Bayon::Cli
