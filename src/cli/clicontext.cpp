#include "clicontext.h"

#include "commands/meetingid.h"
#include "storage/meetingrepository.h"

#include <QDir>
#include <QFileInfo>

namespace Bayon::Cli {

CliContext::CliContext(QString commandName, QStringList arguments, QString databasePath,
    QTextStream& out, QTextStream& err)
    : m_commandName(std::move(commandName))
    , m_arguments(std::move(arguments))
    , m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
{
}

bool CliContext::parse(QCommandLineParser& parser)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // "-kengash" is one unknown option, not seven; "--" ends the options.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList {QStringLiteral("bayon-cli")} + m_arguments)) {
        m_parseError = parser.errorText();
        if (m_parseError.endsWith(u'.'))
            m_parseError.chop(1);
        if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
            // As typed: "-kengash" or "--kengash".
            QString typed = QStringLiteral("--") + unknown.first();
            for (const QString& argument : m_arguments) {
                if (argument.section(u'=', 0, 0) == QStringLiteral("-") + unknown.first())
                    typed = QStringLiteral("-") + unknown.first();
            }
            m_parseError = QStringLiteral("unknown option %1; put -- before an argument that "
                                          "begins with -")
                               .arg(typed);
        }
        return false;
    }
    return true;
}

Result<Database*> CliContext::database(Database::Mode mode)
{
    if (!m_database) {
        // A mistyped path must not become a new, empty database; nor an
        // empty file one with a schema.
        const QFileInfo file(m_databasePath);
        if (!m_createsDatabase && (!file.exists() || (file.isFile() && file.size() == 0)))
            return Error::notFound(
                QStringLiteral("no database at %1; create one with bayon-cli init")
                    .arg(QDir::toNativeSeparators(m_databasePath)));
        auto opened = Database::open(m_databasePath, mode);
        if (!opened)
            return opened.error();
        // Nothing is read from a copy changed after it was packed: what a
        // script would print from it is not what the secretary sent.
        if (const auto copy = opened.value()->reviewCopy(); copy && !copy->sealHolds)
            return Error::refused(
                QStringLiteral("%1 is a review copy of %2 that was changed after it was packed "
                               "(its content no longer has its seal); ask for a new copy.")
                    .arg(m_databasePath, Database::describe(*copy)));
        if (const auto copy = opened.value()->reviewCopy(); copy && m_writesDatabase)
            return Error::refused(
                QStringLiteral("%1 is a review copy of %2 and cannot be changed; "
                               "'%3' changes a database. Run it on the council's "
                               "own database.")
                    .arg(m_databasePath, Database::describe(*copy), m_commandName));
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

int CliContext::finish(int status)
{
    if (status != Success || !m_database)
        return status;
    if (const auto copy = m_database->reviewCopy()) {
        m_err << "bayon-cli: " << m_databasePath << " is a review copy of "
              << Database::describe(*copy) << ", made " << copy->madeAt.toString(Qt::ISODate);
        if (!copy->madeBy.isEmpty())
            m_err << " by " << copy->madeBy;
        m_err << "; it is read-only." << Qt::endl;
    }
    return status;
}

Result<Meeting> CliContext::loadMeeting(const QString& idArgument, Database::Mode mode)
{
    const std::optional<qint64> id = parseMeetingId(idArgument);
    if (!id)
        return Error::usage(QStringLiteral("'%1' is not a meeting id").arg(idArgument));
    const Result<Database*> opened = database(mode);
    if (!opened)
        return opened.error();
    return (*opened)->meetings().load(*id);
}

int CliContext::fail(const QString& message)
{
    m_err << "bayon-cli " << m_commandName << ": " << message << Qt::endl;
    return Failure;
}

int CliContext::fail(const Error& error)
{
    if (error.code == Error::Code::Usage)
        return usage(error.message);
    return fail(error.message);
}

int CliContext::usage(const QString& message)
{
    m_err << "bayon-cli " << m_commandName << ": " << message << " (see bayon-cli --help)"
          << Qt::endl;
    return UsageError;
}

} // namespace Bayon::Cli
