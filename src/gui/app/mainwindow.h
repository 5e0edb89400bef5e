#pragma once

#include "domain/enums.h"
#include "domain/result.h"
#include "gui/browse/finddialog.h"
#include "gui/editing/meetingsession.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;
class QPrinter;
class QSortFilterProxyModel;
class QUndoGroup;

namespace Bayon {

class Database;
class DecisionRegisterWidget;
class ExtractController;
class LifecycleController;
class MeetingEditor;
class MeetingListModel;
class PreviewWidget;
class ReviewController;
struct Meeting;

// The main window: the meetings of the open database on the left (grouped by
// year, with a filter), the editor of the selected meeting in the centre, the
// live preview of its printed protocol on the right. It owns the open
// Database and the session of the meeting being edited, saves it a moment
// after each edit and on close, and asks the user when a save finds the
// meeting changed elsewhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) a database. When it cannot be opened, a
    // dialog says why and offers to choose another; false when none was opened.
    bool openDatabase(const QString& path);
    // Opens without asking anything; the error when it cannot.
    Status openDatabaseQuietly(const QString& path);
    Database* database() const { return m_database.get(); }

    // Opens a meeting (saving the one open before) and shows a part of it.
    bool openMeeting(qint64 id, const QString& part = {});
    MeetingSession* session() const { return m_session; }
    MeetingEditor* editor() const;
    PreviewWidget* preview() const;
    MeetingListModel* meetingList() const { return m_meetings; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    FindDialog* findDialog();
    // The members' review: review copies, remarks, the Remarks dock.
    ReviewController* review() const { return m_review; }
    // The decisions register window (View ▸ Decisions register), made on first use.
    DecisionRegisterWidget* decisionRegister();

    // Saves the open meeting now; on a conflict, asks the user.
    Status saveNow();
    // The actions of the menus, for tests and scripts of the window.
    bool newMeeting();
    bool duplicateMeeting();
    bool deleteMeeting();
    bool importMeeting(const QString& path);
    // The lifecycle of the open meeting: status, signing, reopening, history,
    // attached files (see LifecycleController; these forward to it).
    LifecycleController* lifecycle() const { return m_lifecycle; }
    bool changeStatus(MeetingStatus to);
    bool reopenMeeting();
    bool restoreRevision(int revision);
    bool attachFile(const QString& path);
    // A meeting changed in the database outside the editor (its status): its
    // row in the list follows, and the editor shows it as stored.
    void showStoredMeeting(const Meeting& stored);
    Status exportPdf(const QString& path);
    // Council settings (Edit ▸ Council settings): the bodies, their members and
    // templates. The open draft is saved first and shown again after a save,
    // with its body's new template. True when a body was saved.
    bool showCouncilSettings();
    // Extracts of the open meeting (Meeting ▸ Extract…).
    ExtractController* extracts() const { return m_extracts; }
    // The title-bar text that says whether all is saved.
    QString saveStateText() const;

signals:
    // Meetings in the database changed through this window: one was saved
    // (also by the autosave), its status changed, it was reopened, restored,
    // created, imported or deleted (meetingId: that one), or a body's settings
    // changed its drafts (0). The decisions register follows it.
    void storedMeetingChanged(qint64 meetingId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setupActions();
    void restoreSettings();
    void saveSettings();
    void reloadMeetingList();
    void closeSession();
    bool startSession(const Meeting& meeting, const QString& part);
    void resolveConflict(const QString& message);
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void chooseDatabase(bool create);
    void selectInList(qint64 id);
    void printPreview();
    void print();
    void paintProtocol(QPrinter* printer);
    void showPreferences();
    void showAbout();
    void showError(const QString& title, const QString& message);
    qint64 currentMeetingId() const;
    // The body of a new meeting: the only one, or the one the user picks (the
    // open meeting's first). 0 when the database has none; -1 when cancelled.
    qint64 chooseCouncil();

    std::unique_ptr<Ui::MainWindow> ui;
    std::unique_ptr<Database> m_database;
    QPointer<MeetingSession> m_session;
    MeetingListModel* m_meetings = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QPointer<FindDialog> m_find;
    ReviewController* m_review = nullptr;
    LifecycleController* m_lifecycle = nullptr;
    ExtractController* m_extracts = nullptr;
    QPointer<DecisionRegisterWidget> m_register;
    QLabel* m_saveLabel = nullptr;
    bool m_resolving = false;
    bool m_selecting = false;
};

} // namespace Bayon
