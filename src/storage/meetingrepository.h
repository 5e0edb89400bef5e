#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QList>

namespace Bayon {

// Where meetings live. Callers see only this interface, so that a second
// backend (PostgreSQL for councils that share one server) can stand beside
// the SQLite one without touching them.
class MeetingRepository
{
public:
    virtual ~MeetingRepository() = default;

    // Summaries of every meeting, newest first (by date, then number, then id).
    virtual Result<QList<MeetingSummary>> list() const = 0;
    virtual Result<Meeting> load(qint64 id) const = 0;
    // Saves the whole meeting in one transaction. A meeting with id 0 is
    // inserted. Otherwise meeting.revision must equal the stored revision, or
    // the save is refused with Error::Code::Conflict and nothing is written.
    // Returns the meeting as stored: its id and its new revision.
    virtual Result<Meeting> save(const Meeting& meeting) = 0;
    virtual Status remove(qint64 id) = 0;
};

} // namespace Bayon
