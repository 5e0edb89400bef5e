#pragma once

#include "domain/remark.h"
#include "domain/result.h"
#include "domain/reviewcopyidentity.h"
#include "domain/reviewcopyrequest.h"
#include "storage/remarkrepository.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QDockWidget;

namespace Bayon {

class MainWindow;
class RemarkStore;
class RemarksPanel;
class ReviewCopyBanner;

// The members' review in the main window. For the secretary:
// File ▸ Export review copy… and File ▸ Import remarks…, and the Remarks
// dock that shows the members' remarks on the open meeting beside the editor.
// In a review copy: the banner that says what the file is, every action that
// would change it disabled with the reason, and the member's own remarks —
// Meeting ▸ Add remark… on the part selected, kept in the member's data
// folder (RemarkStore), and File ▸ Send remarks….
class ReviewController : public QObject
{
    Q_OBJECT

public:
    explicit ReviewController(MainWindow* window);
    ~ReviewController() override;

    // The window tells: another database is open; another meeting is open
    // (or none); its actions were updated (the controller then takes away
    // every one a review copy must not offer).
    void databaseChanged();
    void meetingChanged();
    void updateActions();
    // Gives back what a review copy took, once the file open is no longer one
    // (called before the window decides its actions).
    void releaseActions();
    // What the window's title says of the file: "review copy of …", or empty.
    QString titleText() const;

    bool isReviewCopy() const;
    QAction* exportReviewCopyAction() const { return m_exportCopy; }
    QAction* importRemarksAction() const { return m_importRemarks; }
    QAction* sendRemarksAction() const { return m_sendRemarks; }
    QAction* addRemarkAction() const { return m_addRemark; }
    // View ▸ Remarks: shows or hides the dock.
    QAction* showRemarksAction() const;
    ReviewCopyBanner* banner() const { return m_banner; }
    RemarksPanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }
    // The member's store of remarks for the open review copy; null otherwise.
    RemarkStore* store() const { return m_store.get(); }

    // Writes a review copy of the secretary's database (ReviewCopyWriter::pack).
    Result<ReviewCopyIdentity> exportReviewCopy(
        const ReviewCopyRequest& request, const QString& path);
    // In a review copy: keeps a remark on a part ("agenda 2") of the open
    // meeting, signed with reviewer (empty: the name of Preferences).
    Result<Remark> addRemark(
        const QString& part, const QString& text, const QString& reviewer = {});
    // In a review copy: writes the remarks file to send.
    Status sendRemarks(const QString& path);
    // In the secretary's database: imports a remarks file, all or nothing.
    Result<RemarkImport> importRemarks(const QString& path);

private:
    void chooseExport();
    void chooseRemark();
    void chooseSend();
    void chooseImport();
    void lockForReviewCopy(bool locked);
    void showError(const QString& title, const QString& message);

    MainWindow* m_window = nullptr;
    ReviewCopyBanner* m_banner = nullptr;
    QDockWidget* m_dock = nullptr;
    RemarksPanel* m_panel = nullptr;
    std::unique_ptr<RemarkStore> m_store;
    QAction* m_exportCopy = nullptr;
    QAction* m_importRemarks = nullptr;
    QAction* m_sendRemarks = nullptr;
    QAction* m_addRemark = nullptr;
    QMetaObject::Connection m_savedConnection;
};

} // namespace Bayon
