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
    // An autosave (the editor saving after a pause in typing) is kept as a
    // revision like any save, but autosaves by one author within ten minutes
    // share one revision.
    enum class SaveKind { Save, Autosave };

    virtual ~MeetingRepository() = default;

    // Summaries of every meeting, newest first (by date, then number, then id).
    virtual Result<QList<MeetingSummary>> list() const = 0;
    virtual Result<Meeting> load(qint64 id) const = 0;
    // Saves the whole meeting in one transaction. A meeting with id 0 is
    // inserted. Otherwise meeting.revision must equal the stored revision, or
    // the save is refused with Error::Code::Conflict and nothing is written.
    // Returns the meeting as stored: its id and its new revision.
    //
    // The lifecycle: a final or signed meeting is read-only, so its save is
    // refused with Error::Code::Refused before any SQL (LifecycleRepository
    // changes its status and keeps its follow-up). A status changed in the copy
    // is an audited transition when the workflow allows it without a reason
    // (draft ↔ review); finalising goes through LifecycleRepository::transition.
    // A new meeting may come in final or signed (an import): it is stored, then
    // locked, with an audit line. Every save keeps the meeting as a revision.
    // The attachments and the follow-up history of a new meeting are stored
    // with it; later ones go through LifecycleRepository.
    virtual Result<Meeting> save(const Meeting& meeting, SaveKind kind = SaveKind::Save) = 0;
    // A final or signed meeting is refused (Error::Code::Refused).
    virtual Status remove(qint64 id) = 0;
};

} // namespace Bayon
