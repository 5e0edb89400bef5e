#include "remarkpart.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

QString example(RemarkPartKind kind)
{
    switch (kind) {
    case RemarkPartKind::Meeting:
        return PartPath::meeting().toString();
    case RemarkPartKind::Agenda:
        return PartPath::agenda(2).toString();
    case RemarkPartKind::Report:
        return PartPath::report(2, 1).toString();
    case RemarkPartKind::Kpi:
        return PartPath::kpi(2, 1, 3).toString();
    case RemarkPartKind::Resolution:
        return PartPath::resolution(3).toString();
    case RemarkPartKind::Appendix:
        return PartPath::appendix(2).toString();
    }
    return {};
}

constexpr std::array kKinds {RemarkPartKind::Meeting, RemarkPartKind::Agenda,
    RemarkPartKind::Report, RemarkPartKind::Kpi, RemarkPartKind::Resolution,
    RemarkPartKind::Appendix};

QString allExamples()
{
    QStringList examples;
    for (const RemarkPartKind kind : kKinds)
        examples.append(example(kind));
    return examples.join(u", "_s);
}

// The name as PartPath writes it: blanks around dropped, blanks between the
// words made one, the word in lower case.
QString normalised(QStringView name)
{
    const QString simple = name.toString().simplified();
    const qsizetype blank = simple.indexOf(u' ');
    return blank < 0 ? simple.toLower() : simple.left(blank).toLower() + simple.mid(blank);
}

} // namespace

PartKind RemarkPart::pathKind(RemarkPartKind kind)
{
    switch (kind) {
    case RemarkPartKind::Meeting:
        return PartKind::Meeting;
    case RemarkPartKind::Agenda:
        return PartKind::Agenda;
    case RemarkPartKind::Report:
        return PartKind::Report;
    case RemarkPartKind::Kpi:
        return PartKind::Kpi;
    case RemarkPartKind::Resolution:
        return PartKind::Resolution;
    case RemarkPartKind::Appendix:
        return PartKind::Appendix;
    }
    return PartKind::Meeting;
}

int RemarkPart::depth(RemarkPartKind kind)
{
    return PartPath::depth(pathKind(kind));
}

std::optional<PartPath> RemarkPart::path() const
{
    return PartPath::of(pathKind(kind), position);
}

std::optional<RemarkPart> RemarkPart::fromPath(const PartPath& path)
{
    for (const RemarkPartKind candidate : kKinds) {
        if (pathKind(candidate) == path.kind) {
            RemarkPart part;
            part.kind = candidate;
            part.position = path.position();
            return part;
        }
    }
    return std::nullopt;
}

QString RemarkPart::name() const
{
    if (const std::optional<PartPath> named = path())
        return named->toString();
    // A position that does not fit its kind (a part being built): the word
    // and whatever numbers it has.
    QStringList numbers;
    for (const int number : position)
        numbers.append(QString::number(number));
    const QString word = enumKey(pathKind(kind));
    return numbers.isEmpty() ? word : word + u' ' + numbers.join(u'.');
}

Result<RemarkPart> RemarkPart::parse(QStringView name)
{
    if (const std::optional<PartPath> path = PartPath::parse(normalised(name))) {
        if (std::optional<RemarkPart> part = fromPath(*path))
            return *part;
    }

    // Not a part: say why.
    const QString text = name.trimmed().toString();
    if (text.isEmpty())
        return Error::invalid(tr("No part was given; a part is one of: %1.").arg(allExamples()));
    static const QRegularExpression shape(u"^(\\S+)(?:\\s+(\\S+))?$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    const std::optional<PartKind> wordKind
        = match.hasMatch() ? enumFromKey<PartKind>(match.captured(1).toLower()) : std::nullopt;
    const std::optional<RemarkPart> ofKind
        = wordKind ? fromPath(PartPath {*wordKind, {}}) : std::nullopt;
    const std::optional<RemarkPartKind> kind = ofKind ? std::optional(ofKind->kind) : std::nullopt;
    if (!kind)
        return Error::invalid(tr("\"%1\" is not a part of a protocol; a part is one of: %2.")
                                  .arg(text, allExamples()));

    const QString numbers = match.captured(2);
    const int expected = depth(*kind);
    if (expected == 0) {
        if (!numbers.isEmpty())
            return Error::invalid(
                tr("\"%1\": the meeting as a whole takes no number; write \"meeting\".").arg(text));
    }
    const QStringList pieces = numbers.split(u'.');
    if (numbers.isEmpty() || pieces.size() != expected) {
        const QString what = *kind == RemarkPartKind::Report
            ? tr("a report is named by the number of its agenda item and its own")
            : *kind == RemarkPartKind::Kpi
            ? tr("a KPI row is named by the numbers of its agenda item, its report and its row")
            : *kind == RemarkPartKind::Agenda   ? tr("an agenda item is named by its number")
            : *kind == RemarkPartKind::Appendix ? tr("an appendix is named by its number")
                                                : tr("a resolution is named by its number");
        return Error::invalid(tr("\"%1\": %2, as in \"%3\".").arg(text, what, example(*kind)));
    }
    for (const QString& piece : pieces) {
        if (!PartPath::parseNumber(piece))
            return Error::invalid(
                tr("\"%1\": \"%2\" is not a number as printed (1, 2, 3 …).").arg(text, piece));
    }
    return Error::invalid(
        tr("\"%1\" is not a part of a protocol; a part is one of: %2.").arg(text, allExamples()));
}

} // namespace Bayon
