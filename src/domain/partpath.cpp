#include "partpath.h"

namespace Bayon {

std::optional<int> PartPath::parseNumber(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const int number = digits.toInt(&ok);
    if (!ok || number < 1)
        return std::nullopt;
    return number;
}

int PartPath::depth(PartKind kind)
{
    switch (kind) {
    case PartKind::Meeting:
        return 0;
    case PartKind::Attendance:
    case PartKind::Agenda:
    case PartKind::Resolution:
    case PartKind::Appendix:
        return 1;
    case PartKind::Report:
        return 2;
    case PartKind::Kpi:
        return 3;
    }
    return 0;
}

std::optional<PartPath> PartPath::of(PartKind kind, const QList<int>& numbers)
{
    if (numbers.size() != depth(kind))
        return std::nullopt;
    PartPath path;
    path.kind = kind;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (numbers.at(i) < 1)
            return std::nullopt;
        path.numbers.at(std::size_t(i)) = numbers.at(i);
    }
    return path;
}

QList<int> PartPath::position() const
{
    QList<int> list;
    for (int i = 0; i < depth(kind); ++i)
        list.append(numbers.at(std::size_t(i)));
    return list;
}

QString PartPath::numbersText() const
{
    QString text;
    for (int i = 0; i < depth(kind); ++i) {
        if (i > 0)
            text += u'.';
        text += QString::number(numbers.at(std::size_t(i)));
    }
    return text;
}

QString PartPath::toString() const
{
    return depth(kind) == 0 ? enumKey(kind) : enumKey(kind) + u' ' + numbersText();
}

std::optional<PartPath> PartPath::parse(QStringView text)
{
    const qsizetype blank = text.indexOf(u' ');
    const QStringView word = blank < 0 ? text : text.left(blank);
    const std::optional<PartKind> kind = enumFromKey<PartKind>(word);
    if (!kind)
        return std::nullopt;
    const int expected = depth(*kind);
    if (expected == 0)
        return blank < 0 ? std::optional(PartPath {}) : std::nullopt;
    if (blank < 0)
        return std::nullopt;
    QList<int> numbers;
    for (const QStringView piece : text.mid(blank + 1).split(u'.')) {
        const std::optional<int> number = parseNumber(piece);
        if (!number)
            return std::nullopt;
        numbers.append(*number);
    }
    return of(*kind, numbers);
}

} // namespace Bayon
