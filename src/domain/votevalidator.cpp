#include "votevalidator.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Bayon {

QList<ValidationIssue> VoteValidator::validate(const Vote& vote, int present, const QString& part)
{
    QList<ValidationIssue> issues;
    const auto issue = [&](const QString& message) { issues.append({part, u"vote"_s, message}); };
    switch (vote.kind) {
    case VoteKind::None:
    case VoteKind::Unanimous:
        if (vote.kind == VoteKind::Unanimous && present <= 0)
            issue(tr("A unanimous vote needs members present; the attendance has none."));
        return issues;
    case VoteKind::Counts:
        if (vote.forCount < 0 || vote.againstCount < 0 || vote.abstainedCount < 0) {
            issue(tr("A vote count cannot be negative."));
            return issues;
        }
        break;
    case VoteKind::RollCall: {
        QSet<QString> seen;
        for (const RollCallEntry& entry : vote.rollCall) {
            const QString name = entry.member.printedName().simplified();
            if (name.isEmpty()) {
                issue(tr("Every line of a roll call names the member who voted."));
                continue;
            }
            if (seen.contains(name))
                issue(tr("%1 is listed twice in the roll call.").arg(name));
            seen.insert(name);
        }
        break;
    }
    }
    const int total = vote.total();
    if (total > present)
        issue(tr("%1 votes were counted (for %2, against %3, abstained %4), but only %5 members "
                 "are present. Correct the counts or the attendance.")
                  .arg(total)
                  .arg(vote.count(VoteChoice::For))
                  .arg(vote.count(VoteChoice::Against))
                  .arg(vote.count(VoteChoice::Abstained))
                  .arg(present));
    if (total == 0)
        issue(tr("The vote has no votes counted; enter the counts or choose “unanimously”."));
    return issues;
}

} // namespace Bayon
