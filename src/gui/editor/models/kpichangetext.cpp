#include "kpichangetext.h"

#include "text/uzbeknumbers.h"

namespace Bayon {

QString KpiChangeText::format(const KpiChange& change)
{
    switch (change.kind) {
    case ChangeKind::None:
        return {};
    case ChangeKind::Factor:
        return UzbekNumbers::formatFactor(change.amount);
    case ChangeKind::Percent:
        return UzbekNumbers::formatPercentChange(change.amount);
    }
    return {};
}

std::optional<KpiChange> KpiChangeText::parse(QStringView text)
{
    QString s = text.trimmed().toString();
    s.replace(QChar(0x2212), u'-'); // the minus sign that format() writes
    if (s.isEmpty())
        return KpiChange {};

    const auto number = [](QString value) -> std::optional<double> {
        value = value.trimmed();
        if (value.startsWith(u'+'))
            value.remove(0, 1);
        return UzbekNumbers::parse(value);
    };

    if (s.endsWith(u'%')) {
        if (const auto amount = number(s.chopped(1)))
            return KpiChange {ChangeKind::Percent, *amount};
        return std::nullopt;
    }
    const QString lower = s.toLower();
    for (const QString& word : {QStringLiteral("barobar"), QStringLiteral("marta"),
             QStringLiteral("x"), QStringLiteral("×")}) {
        if (lower.endsWith(word)) {
            if (const auto amount = number(s.chopped(word.size())))
                return KpiChange {ChangeKind::Factor, *amount};
            return std::nullopt;
        }
        if ((word == u"x" || word == u"×") && lower.startsWith(word)) {
            if (const auto amount = number(s.mid(1)))
                return KpiChange {ChangeKind::Factor, *amount};
            return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace Bayon
