#pragma once

#include "domain/result.h"
#include "storage/meetingrepository.h"

#include <QObject>
#include <QTimer>

namespace Bayon {

class MeetingDocument;
struct Meeting;

// One meeting open for editing: its document, and the autosave that hands the
// whole meeting to MeetingRepository::save (one transaction) a moment after
// the last edit. A stale revision is never overwritten: the session stops
// saving and reports conflict() until the user has chosen what to do.
class MeetingSession : public QObject
{
    Q_OBJECT

public:
    // The pause after the last edit before the meeting is saved.
    static constexpr int autosaveDelayMs = 700;

    MeetingSession(
        MeetingRepository& repository, const Meeting& meeting, QObject* parent = nullptr);
    ~MeetingSession() override;

    MeetingDocument* document() const { return m_document; }
    bool isSaved() const;
    bool hasConflict() const { return m_conflict; }

    // Saves now when anything is unsaved. On a conflict, emits conflict() and
    // returns the error; the meeting stays in memory, unsaved.
    // The autosave after a pause is an Autosave (the repository folds those
    // into one revision); leaving the meeting or closing is a Save.
    Status save(MeetingRepository::SaveKind kind = MeetingRepository::SaveKind::Save);
    // The user's choices after a conflict:
    // keep mine — take the stored revision's number and save this meeting over it;
    Status keepMine();
    // save as a copy — store this meeting as a new one beside the other.
    Status saveAsCopy();
    // (reload theirs is opening the stored meeting anew: a new session.)

signals:
    void saved(const Bayon::Meeting& stored);
    void conflict(const QString& message);
    void saveFailed(const QString& message);

private:
    Status store(MeetingRepository::SaveKind kind);

    MeetingRepository& m_repository;
    MeetingDocument* m_document = nullptr;
    QTimer m_autosave;
    bool m_conflict = false;
    bool m_saving = false;
};

} // namespace Bayon
