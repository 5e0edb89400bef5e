#pragma once

#include "domain/council.h"
#include "domain/meeting.h"
#include "domain/result.h"

#include <QDate>
#include <QList>

namespace Bayon {

// One line of a list of bodies.
struct CouncilSummary
{
    qint64 id = 0;
    QString shortName;
    QString fullName;
    int memberCount = 0;
    int meetingCount = 0;

    friend bool operator==(const CouncilSummary&, const CouncilSummary&) = default;
};

// The bodies of a database, their members and templates (protocol forms).
// Saving a body's template changes its draft and in-review meetings
// at once, in the same transaction, and never a final or signed one.
class CouncilRepository
{
public:
    virtual ~CouncilRepository() = default;

    virtual Result<QList<CouncilSummary>> list() const = 0;
    virtual Result<Council> load(qint64 id) const = 0;
    // Inserts (id 0) or replaces the body whole; returns it with its id.
    virtual Result<Council> save(const Council& council) = 0;
    // The number the body's next protocol of that year takes: one more than
    // the highest of the year, counted per body.
    virtual Result<int> nextNumber(qint64 councilId, int year) const = 0;
    // A new draft (not yet saved) of the body's meeting on that day, with its
    // members, chair, secretary, template, default form and next number.
    virtual Result<Meeting> newMeeting(qint64 councilId, const QDate& date) const = 0;
};

} // namespace Bayon
