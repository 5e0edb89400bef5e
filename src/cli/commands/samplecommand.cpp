#include "cli/clicontext.h"
#include "commands.h"
#include "interchange/meetingimporter.h"
#include "storage/councilrepository.h"
#include "storage/meetingrepository.h"

namespace Bayon::Cli {

namespace {
// The body a sample meeting belongs to, as the meeting describes it: its
// name, template, form, and its members (the chair first, the secretary).
Council councilOf(const Meeting& meeting, const QString& shortName, const QString& organisation)
{
    Council council;
    council.fullName = meeting.councilName;
    council.shortName = shortName;
    council.organisation = organisation;
    council.city = meeting.place;
    council.protocolTemplate = meeting.protocolTemplate;
    council.emblem = meeting.emblem;
    council.defaultForm = meeting.protocolForm;
    const QDate termFrom(meeting.date.year() - 1, 6, 30);
    for (const Attendance& line : meeting.attendance) {
        if (line.role != AttendanceRole::Member)
            continue;
        CouncilMember member {line.person, CouncilRole::Member, termFrom, {}};
        if (line.person.printedName() == meeting.chair.printedName())
            member.role = CouncilRole::Chair;
        council.members.append(member);
    }
    if (!meeting.secretary.isEmpty()) {
        bool listed = false;
        for (CouncilMember& member : council.members) {
            if (member.person.printedName() == meeting.secretary.printedName()) {
                member.role = CouncilRole::Secretary;
                listed = true;
            }
        }
        if (!listed)
            council.members.append({meeting.secretary, CouncilRole::Secretary, termFrom, {}});
    }
    return council;
}

Result<qint64> addSample(Database& database, const Result<Meeting>& sample, bool withCouncil,
    const QString& shortName, const QString& organisation)
{
    if (!sample)
        return sample.error();
    Meeting meeting = *sample;
    if (withCouncil) {
        const Result<Council> council
            = database.councils().save(councilOf(meeting, shortName, organisation));
        if (!council)
            return council.error();
        meeting.councilId = council->id;
    }
    const Result<Meeting> saved = database.meetings().save(meeting);
    if (!saved)
        return saved.error();
    return saved->id;
}
} // namespace

int runSample(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(QStringLiteral("all"),
        QStringLiteral("also add the second sample (a supervisory board, full form), "
                       "each with its body"));
    parser.addOption(allOption);
    if (!context.parse(parser))
        return context.usage(context.parseError());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("sample takes no arguments"));
    const bool all = parser.isSet(allOption);

    const Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    const Result<qint64> first = addSample(**database, MeetingImporter::sample(), all,
        QStringLiteral("Jamoatchilik kengashi"),
        QStringLiteral("Raqamli texnologiyalar vazirligi"));
    if (!first)
        return context.fail(first.error());
    context.out() << *first << Qt::endl;
    if (all) {
        const Result<qint64> second = addSample(**database, MeetingImporter::secondSample(), true,
            QStringLiteral("Kuzatuv kengashi"), QStringLiteral("«Samarqand don mahsulotlari» AJ"));
        if (!second)
            return context.fail(second.error());
        context.out() << *second << Qt::endl;
    }
    return CliContext::Success;
}

} // namespace Bayon::Cli
