#include "remarkpart.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

QString example(RemarkPartKind kind)
{
    switch (kind) {
    case RemarkPartKind::Meeting:
        return u"meeting"_s;
    case RemarkPartKind::Agenda:
        return u"agenda 2"_s;
    case RemarkPartKind::Report:
        return u"report 2.1"_s;
    case RemarkPartKind::Kpi:
        return u"kpi 2.1.3"_s;
    case RemarkPartKind::Resolution:
        return u"resolution 3"_s;
    case RemarkPartKind::Appendix:
        return u"appendix 2"_s;
    }
    return {};
}

QString allExamples()
{
    QStringList examples;
    for (const QString& key : enumKeys<RemarkPartKind>())
        examples.append(example(*enumFromKey<RemarkPartKind>(key)));
    return examples.join(u", "_s);
}

} // namespace

int RemarkPart::depth(RemarkPartKind kind)
{
    switch (kind) {
    case RemarkPartKind::Meeting:
        return 0;
    case RemarkPartKind::Agenda:
    case RemarkPartKind::Resolution:
    case RemarkPartKind::Appendix:
        return 1;
    case RemarkPartKind::Report:
        return 2;
    case RemarkPartKind::Kpi:
        return 3;
    }
    return 0;
}

QString RemarkPart::name() const
{
    if (position.isEmpty())
        return enumKey(kind);
    QStringList numbers;
    for (const int number : position)
        numbers.append(QString::number(number));
    return enumKey(kind) + u' ' + numbers.join(u'.');
}

Result<RemarkPart> RemarkPart::parse(QStringView name)
{
    const QString text = name.trimmed().toString();
    if (text.isEmpty())
        return Error::invalid(tr("No part was given; a part is one of: %1.").arg(allExamples()));
    static const QRegularExpression shape(u"^(\\S+)(?:\\s+(\\S+))?$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    const std::optional<RemarkPartKind> kind = match.hasMatch()
        ? enumFromKey<RemarkPartKind>(match.captured(1).toLower())
        : std::nullopt;
    if (!kind)
        return Error::invalid(tr("\"%1\" is not a part of a protocol; a part is one of: %2.")
                                  .arg(text, allExamples()));

    RemarkPart part;
    part.kind = *kind;
    const QString numbers = match.captured(2);
    const int expected = depth(*kind);
    if (expected == 0) {
        if (!numbers.isEmpty())
            return Error::invalid(
                tr("\"%1\": the meeting as a whole takes no number; write \"meeting\".").arg(text));
        return part;
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
        bool ok = false;
        const int number = piece.toInt(&ok);
        if (!ok || number < 1 || piece.startsWith(u'+'))
            return Error::invalid(
                tr("\"%1\": \"%2\" is not a number as printed (1, 2, 3 …).").arg(text, piece));
        part.position.append(number);
    }
    return part;
}

} // namespace Bayon
