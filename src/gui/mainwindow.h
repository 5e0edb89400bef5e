#pragma once

#include "domain/enums.h"
#include "domain/result.h"
#include "finddialog.h"
#include "meetingsession.h"

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
class MeetingEditor;
class MeetingListModel;
class PreviewWidget;
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

    // Saves the open meeting now; on a conflict, asks the user.
    Status saveNow();
    // The actions of the menus, for tests and scripts of the window.
    bool newMeeting();
    bool duplicateMeeting();
    bool deleteMeeting();
    bool importMeeting(const QString& path);
    // A change of status through the lifecycle (audited): draft ↔ review, review →
    // final and final → signed ask first, since they lock the protocol; final or
    // signed → draft is a reopening. The meeting is then shown as stored.
    bool changeStatus(MeetingStatus to);
    // Final or signed → draft, with the reason the user gives.
    bool reopenMeeting();
    Status exportPdf(const QString& path);
    // The title-bar text that says whether all is saved.
    QString saveStateText() const;

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

    std::unique_ptr<Ui::MainWindow> ui;
    std::unique_ptr<Database> m_database;
    QPointer<MeetingSession> m_session;
    MeetingListModel* m_meetings = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QPointer<FindDialog> m_find;
    QLabel* m_saveLabel = nullptr;
    bool m_resolving = false;
    bool m_selecting = false;
};

} // namespace Bayon
