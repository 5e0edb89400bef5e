#include "quorum.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Bayon {

int Quorum::requiredFor(const QuorumRule& rule, int members)
{
    members = std::max(members, 0);
    switch (rule.kind) {
    case QuorumKind::MoreThanHalf:
        return members / 2 + 1;
    case QuorumKind::TwoThirds:
        // Two thirds rounded up: 10 members need 7, 15 need 10.
        return (2 * members + 2) / 3;
    case QuorumKind::Fixed:
        return std::max(rule.fixedCount, 1);
    }
    return members / 2 + 1;
}

Quorum Quorum::evaluate(const QuorumRule& rule, int members, int present)
{
    Quorum quorum;
    quorum.members = std::max(members, 0);
    quorum.present = std::max(present, 0);
    quorum.required = requiredFor(rule, quorum.members);
    quorum.reached = quorum.members > 0 && quorum.present >= quorum.required;
    return quorum;
}

QString Quorum::sentence(const QString& membersLabel) const
{
    const QString label
        = membersLabel.trimmed().isEmpty() ? u"Kengash aʼzolari"_s : membersLabel.simplified();
    // The dash of the official form, with no-break spaces so the count never
    // starts a line.
    return label + u"\u00A0\u2014 "_s + QString::number(members)
        + u"\u00A0nafar, qatnashdi\u00A0\u2014 "_s + QString::number(present) + u"\u00A0nafar. "_s
        + (reached
                ? u"Kvorum mavjud."_s
                : u"Kvorum mavjud emas (kamida %1 nafar aʼzo qatnashishi kerak)."_s.arg(required));
}

} // namespace Bayon
