#pragma once

#include "domain/enums.h"
#include "domain/result.h"

#include <QObject>

class QAction;
class QLabel;

namespace Bayon {

class MainWindow;

// The lifecycle of the open meeting in the main window: changes of status
// (draft ↔ review, final, signed with the sign dialog and its scan), reopening,
// Meeting ▸ History with restoring a revision, Meeting ▸ Attach file… and
// Meeting ▸ Attached files, and the status-bar label with the status and the
// control code. The actions stay in the window's form; the window hands them over.
class LifecycleController : public QObject
{
    Q_OBJECT

public:
    // The window's actions this controller drives (all required).
    struct Actions
    {
        QAction* reopen = nullptr;
        QAction* history = nullptr;
        QAction* attachFile = nullptr;
        QAction* attachments = nullptr;
    };

    LifecycleController(MainWindow* window, const Actions& actions);

    // The window tells: another meeting is open (or none), or the language
    // changed; its actions are being updated.
    void meetingChanged();
    void updateActions();

    // A change of status through the lifecycle (audited): draft ↔ review, review →
    // final and final → signed ask first, since they lock the protocol; final or
    // signed → draft is a reopening. The meeting is then shown as stored.
    bool changeStatus(MeetingStatus to);
    // Final or signed → draft, with the reason the user gives.
    bool reopenMeeting();
    // The History dialog of the open meeting (Meeting ▸ History).
    void showHistory();
    // Puts the text of a kept revision back as a new revision
    // (LifecycleRepository::restoreRevision) and onto the undo stack, so that
    // Ctrl+Z puts the text from before back (saved as one more revision).
    // Refused with a message for a final or signed meeting.
    bool restoreRevision(int revision);
    // Keeps a file with the open meeting (the scan of its signed copy); the
    // open meeting's list of files follows (reloadAttachments).
    bool attachFile(const QString& path);
    // Reads the open meeting's attached files again from the database into
    // the meeting in the editor, which stays as saved and gets no undo step.
    Status reloadAttachments();
    // The files kept with the open meeting (Meeting ▸ Attached files); what is
    // attached or removed there reaches the open meeting at once.
    void showAttachments();
    // What the status bar says of the open meeting's life: its status, and
    // for a final or signed one the control code printed on its pages.
    QString lifecycleText() const;
    QLabel* label() const { return m_label; }

signals:
    // The open meeting was stored by a lifecycle step: a change of status, a
    // reopening, a restored revision. `meetingId` is the meeting's.
    void meetingStored(qint64 meetingId);

private:
    void showError(const QString& title, const QString& message);

    MainWindow* m_window = nullptr;
    Actions m_actions;
    QLabel* m_label = nullptr;
};

} // namespace Bayon
