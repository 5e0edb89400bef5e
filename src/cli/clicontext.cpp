#include "clicontext.h"

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
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("bayon-cli")} + m_arguments)) {
        m_parseError = parser.errorText();
        return false;
    }
    return true;
}

Database* CliContext::database(Database::Mode mode)
{
    if (!m_database) {
        auto opened = Database::open(m_databasePath, mode);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_database = std::move(opened).value();
    }
    return m_database.get();
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
    m_err << "bayon-cli " << m_commandName << ": " << message << Qt::endl
          << "Run 'bayon-cli --help' for the list of commands." << Qt::endl;
    return UsageError;
}

} // namespace Bayon::Cli
