#include "cli/clicontext.h"
#include "commands.h"
#include "datearg.h"
#include "document/decisionreport.h"
#include "interchange/outputfile.h"
#include "storage/decisionregister.h"

#include <QFile>
#include <algorithm>
#include <optional>

namespace Bayon::Cli {

namespace {

const QStringList formats {
    QStringLiteral("txt"), QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("odt")};

struct SortColumn
{
    const char16_t* name;
    DecisionFilter::Column column;
};
constexpr SortColumn sortColumns[] {
    {u"meeting", DecisionFilter::Column::Meeting},
    {u"resolution", DecisionFilter::Column::Resolution},
    {u"text", DecisionFilter::Column::Text},
    {u"kind", DecisionFilter::Column::Kind},
    {u"addressee", DecisionFilter::Column::Addressee},
    {u"responsible", DecisionFilter::Column::Responsible},
    {u"due", DecisionFilter::Column::Due},
    {u"status", DecisionFilter::Column::FollowUp},
    {u"note", DecisionFilter::Column::StatusNote},
    {u"overdue", DecisionFilter::Column::DaysOverdue},
};

QStringList sortNames()
{
    QStringList names;
    for (const SortColumn& column : sortColumns)
        names.append(QString::fromUtf16(column.name));
    return names;
}

std::optional<QString> formatOf(const QString& name, const QString& output)
{
    if (!name.isEmpty())
        return formats.contains(name.toLower()) ? std::optional(name.toLower()) : std::nullopt;
    const QString suffix = output.section(u'.', -1).toLower();
    if (!output.isEmpty() && output.contains(u'.') && formats.contains(suffix))
        return suffix;
    return QStringLiteral("txt");
}

} // namespace

// The decisions register: every resolution of every meeting with its
// follow-up, filtered and sorted, as text or CSV (to standard output or
// --output) or as a PDF or ODT report (--output).
int runDecisions(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOption(QStringLiteral("status"),
        QStringLiteral("open|in-progress|done|cancelled|overdue"), QStringLiteral("STATUS"));
    const QCommandLineOption responsibleOption(QStringLiteral("responsible"),
        QStringLiteral("part of a responsible person's name"), QStringLiteral("NAME"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), QStringLiteral("meetings on or after"), QStringLiteral("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), QStringLiteral("meetings on or before"), QStringLiteral("DATE"));
    const QCommandLineOption councilOption(
        QStringLiteral("council"), QStringLiteral("the council's name"), QStringLiteral("NAME"));
    const QCommandLineOption textOption(
        QStringLiteral("text"), QStringLiteral("words to find"), QStringLiteral("WORDS"));
    const QCommandLineOption sortOption(
        QStringLiteral("sort"), sortNames().join(u'|'), QStringLiteral("COLUMN"));
    const QCommandLineOption descendingOption(
        QStringLiteral("desc"), QStringLiteral("sort the other way round"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
        QStringLiteral("the day overdue is judged on (default: today)"), QStringLiteral("DATE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), formats.join(u'|'), QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), QStringLiteral("the file to write"), QStringLiteral("FILE"));
    parser.addOptions({statusOption, responsibleOption, fromOption, toOption, councilOption,
        textOption, sortOption, descendingOption, todayOption, formatOption, outputOption});
    if (!context.parse(parser))
        return context.usage(context.parseError());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("decisions takes options only"));

    DecisionFilter filter;
    DecisionReport::Heading heading;
    if (parser.isSet(statusOption)) {
        const QString status = parser.value(statusOption);
        if (status == u"overdue") {
            filter.overdueOnly = true;
            heading.filters.append(QStringLiteral("Holati: muddati oʻtgan"));
        } else if (const auto key = enumFromKey<FollowUpStatus>(status)) {
            filter.status = *key;
            heading.filters.append(
                QStringLiteral("Holati: ") + DecisionReport::statusName(*key).toLower());
        } else {
            return context.usage(QStringLiteral(
                "unknown status '%1' (expected open|in-progress|done|cancelled|overdue)")
                                     .arg(status));
        }
    }
    for (const auto& [option, date] : {std::pair {&fromOption, &filter.from},
             std::pair {&toOption, &filter.to}, std::pair {&todayOption, &filter.today}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<QDate> parsed = parseDateArgument(parser.value(*option));
        if (!parsed)
            return context.usage(
                QStringLiteral("'%1' is not a date (2025-07-10)").arg(parser.value(*option)));
        *date = *parsed;
    }
    filter.responsible = parser.value(responsibleOption);
    if (!filter.responsible.isEmpty())
        heading.filters.append(QStringLiteral("Masʼul: ") + filter.responsible);
    filter.councilName = parser.value(councilOption);
    filter.text = parser.value(textOption);
    if (!filter.text.isEmpty())
        heading.filters.append(QStringLiteral("Matnda: ") + filter.text);
    if (parser.isSet(sortOption)) {
        const QString name = parser.value(sortOption);
        const SortColumn* found = nullptr;
        for (const SortColumn& column : sortColumns) {
            if (name == QStringView(column.name))
                found = &column;
        }
        if (!found)
            return context.usage(QStringLiteral("unknown column '%1' (expected %2)")
                                     .arg(name, sortNames().join(u'|')));
        filter.sortBy = found->column;
    }
    filter.descending = parser.isSet(descendingOption);
    const QString output = parser.value(outputOption);
    const std::optional<QString> format = formatOf(parser.value(formatOption), output);
    if (!format)
        return context.usage(QStringLiteral("unknown format '%1' (expected %2)")
                                 .arg(parser.value(formatOption), formats.join(u'|')));
    if ((*format == u"pdf" || *format == u"odt") && output.isEmpty())
        return context.usage(QStringLiteral("a %1 register needs --output FILE").arg(*format));

    const Result<Database*> database = context.database(Database::Mode::ReadOnly);
    if (!database)
        return context.fail(database.error());
    const Result<QList<DecisionEntry>> entries = (*database)->decisions().list(filter);
    if (!entries)
        return context.fail(entries.error());

    heading.from = filter.from;
    heading.to = filter.to;
    heading.asOf = filter.effectiveToday();
    heading.councilName = filter.councilName;
    if (heading.councilName.isEmpty() && !entries->isEmpty()) {
        // One council in what is shown: the register is that council's.
        const QString first = entries->first().councilName;
        if (std::all_of(entries->cbegin(), entries->cend(),
                [&first](const DecisionEntry& entry) { return entry.councilName == first; }))
            heading.councilName = first;
    }

    Result<QByteArray> bytes = QByteArray();
    if (*format == u"txt")
        bytes = DecisionReport::text(*entries, heading).toUtf8();
    else if (*format == u"csv")
        bytes = DecisionReport::csv(*entries, heading);
    else if (*format == u"pdf")
        bytes = DecisionReport::pdf(*entries, heading);
    else
        bytes = DecisionReport::odt(*entries, heading);
    if (!bytes)
        return context.fail(bytes.error());

    if (output.isEmpty()) {
        context.out().flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)
            || standardOutput.write(*bytes) != bytes->size())
            return context.fail(QStringLiteral("cannot write to standard output"));
        return CliContext::Success;
    }
    if (const Status written = OutputFile::write(output, *bytes); !written)
        return context.fail(written.error());
    return CliContext::Success;
}

} // namespace Bayon::Cli
