#pragma once

#include "domain/decisionentry.h"
#include "domain/decisionfilter.h"
#include "domain/result.h"

#include <QList>
#include <QStringList>

namespace Bayon {

// The decisions register: every resolution of every meeting with its
// follow-up, filtered and sorted as DecisionFilter says. "By the next
// meeting" is due on the date of the council's next meeting once one is in
// the database.
class DecisionRegister
{
public:
    virtual ~DecisionRegister() = default;

    virtual Result<QList<DecisionEntry>> list(const DecisionFilter& filter) const = 0;
    // Every responsible person named by a resolution, in Uzbek order: what the
    // register's person filter completes from.
    virtual Result<QStringList> responsibleNames() const = 0;
    // Every council that has meetings, in Uzbek order.
    virtual Result<QStringList> councilNames() const = 0;
};

} // namespace Bayon
