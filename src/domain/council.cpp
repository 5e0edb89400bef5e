#include "council.h"

namespace Bayon {

QList<CouncilMember> Council::membersOn(const QDate& day) const
{
    QList<CouncilMember> serving;
    for (const CouncilMember& member : members) {
        if (member.servesOn(day))
            serving.append(member);
    }
    return serving;
}

Person Council::withRole(CouncilRole role, const QDate& day) const
{
    for (const CouncilMember& member : members) {
        if (member.role == role && member.servesOn(day))
            return member.person;
    }
    return {};
}

} // namespace Bayon
