#pragma once

#include "validationissue.h"
#include "vote.h"

#include <QCoreApplication>
#include <QList>

namespace Bayon {

// Checks a vote against those who could cast it: no negative count, no more
// votes than members present, every roll-call voter named once, a vote that
// carries (more for than against). A wrong total is reported with the numbers,
// never corrected silently.
class VoteValidator
{
    Q_DECLARE_TR_FUNCTIONS(VoteValidator)

public:
    // present: the voting members present (for a written poll: the ballots
    // returned); part: where the vote is ("resolution 3").
    static QList<ValidationIssue> validate(const Vote& vote, int present, const QString& part);
};

} // namespace Bayon
