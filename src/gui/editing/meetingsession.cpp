#include "meetingsession.h"

#include "gui/editing/meetingdocument.h"
#include "storage/meetingrepository.h"

namespace Bayon {

MeetingSession::MeetingSession(
    MeetingRepository& repository, const Meeting& meeting, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_document(new MeetingDocument(meeting, this))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        // A failed autosave has already said so (conflict(), saveFailed()).
        static_cast<void>(save(MeetingRepository::SaveKind::Autosave));
    });
    connect(m_document, &MeetingDocument::changed, this, [this] {
        // A review copy is never written, not even by the autosave.
        if (!m_conflict && !m_document->isReviewCopy())
            m_autosave.start();
    });
}

MeetingSession::~MeetingSession() = default;

bool MeetingSession::isSaved() const
{
    return m_document->isSaved();
}

Status MeetingSession::save(MeetingRepository::SaveKind kind)
{
    m_autosave.stop();
    if (m_document->isSaved() || m_saving)
        return {};
    if (m_conflict)
        return Error::conflict(tr("The meeting was changed elsewhere; choose what to do first."));
    if (m_document->isReviewCopy())
        return Error::refused(tr("This is a review copy; it cannot be changed."));
    return store(kind);
}

Status MeetingSession::store(MeetingRepository::SaveKind kind)
{
    m_saving = true;
    const auto stored = m_repository.save(m_document->meeting(), kind);
    m_saving = false;
    if (!stored) {
        // Changed or deleted elsewhere: either way the user chooses; nothing is overwritten.
        if (stored.error().code == Error::Code::Conflict
            || stored.error().code == Error::Code::NotFound) {
            m_conflict = true;
            emit conflict(stored.error().message);
        } else {
            emit saveFailed(stored.error().message);
        }
        return stored.error();
    }
    m_conflict = false;
    m_document->markSaved(*stored);
    emit saved(*stored);
    return {};
}

Status MeetingSession::keepMine()
{
    const auto theirs = m_repository.load(m_document->meeting().id);
    if (!theirs) {
        if (theirs.error().code == Error::Code::NotFound)
            return saveAsCopy(); // deleted elsewhere: what is on screen is all there is
        return theirs.error();
    }
    m_document->setIdentity(theirs->id, theirs->revision);
    m_document->markUnsaved();
    m_conflict = false;
    return store(MeetingRepository::SaveKind::Save);
}

Status MeetingSession::saveAsCopy()
{
    m_document->setIdentity(0, 0);
    m_document->markUnsaved();
    m_conflict = false;
    return store(MeetingRepository::SaveKind::Save);
}

} // namespace Bayon
