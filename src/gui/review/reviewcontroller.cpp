#include "reviewcontroller.h"

#include "domain/remarklocator.h"
#include "domain/remarkpart.h"
#include "gui/app/mainwindow.h"
#include "gui/app/preferences.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/appendixnumbers.h"
#include "gui/editor/meetingeditor.h"
#include "gui/review/exportreviewcopydialog.h"
#include "gui/review/remarkdialog.h"
#include "gui/review/remarklistmodel.h"
#include "gui/review/remarkspanel.h"
#include "gui/review/reviewcopybanner.h"
#include "gui/widgets/enumnames.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/remarkstore.h"
#include "storage/reviewcopywriter.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace Bayon {

namespace {

// The actions that only read: they stay in a review copy. Every other action
// of the window (those added later included) is taken away there.
const QStringList& readingActions()
{
    static const QStringList names {QStringLiteral("actionOpenDatabase"),
        QStringLiteral("actionNewDatabase"), QStringLiteral("actionExportPdf"),
        QStringLiteral("actionPrintPreview"), QStringLiteral("actionPrint"),
        QStringLiteral("actionQuit"), QStringLiteral("actionFind"), QStringLiteral("actionFilter"),
        QStringLiteral("actionPreferences"), QStringLiteral("actionShowPreview"),
        QStringLiteral("actionShowList"), QStringLiteral("actionDecisionRegister"),
        QStringLiteral("actionAbout"), QStringLiteral("actionUndo"), QStringLiteral("actionRedo"),
        QStringLiteral("actionExtractItem"), QStringLiteral("actionExtractAddressee"),
        QStringLiteral("actionSendRemarks"), QStringLiteral("actionAddRemark"),
        QStringLiteral("actionShowRemarks")};
    return names;
}

// The window's own actions and every action of its menus.
QList<QAction*> windowActions(QMainWindow* window)
{
    QList<QAction*> found = window->findChildren<QAction*>(QString(), Qt::FindDirectChildrenOnly);
    const QList<QMenu*> menus = window->menuBar()->findChildren<QMenu*>();
    for (const QMenu* menu : menus) {
        const auto inMenu = menu->actions();
        for (QAction* action : inMenu) {
            if (!found.contains(action))
                found.append(action);
        }
    }
    return found;
}

} // namespace

ReviewController::ReviewController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_banner(new ReviewCopyBanner(window->centralWidget()))
    , m_dock(new QDockWidget(window))
    , m_panel(new RemarksPanel(m_dock))
{
    if (auto* layout = qobject_cast<QBoxLayout*>(window->centralWidget()->layout()))
        layout->insertWidget(0, m_banner);
    m_dock->setObjectName(QStringLiteral("remarksDock"));
    m_dock->setWidget(m_panel);
    m_dock->setWindowTitle(tr("Remarks"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    QAction* toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowRemarks"));
    toggle->setText(tr("&Remarks"));
    toggle->setShortcut(QKeySequence(Qt::Key_F7));

    const auto make = [window](const char* name, const QString& text, const QString& tip,
                          const QKeySequence& key) {
        auto* action = new QAction(text, window);
        action->setObjectName(QString::fromLatin1(name));
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setShortcut(key);
        return action;
    };
    m_exportCopy = make("actionExportReviewCopy", tr("Export &review copy…"),
        tr("One file with chosen meetings that members open read-only and send remarks from"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_importRemarks = make("actionImportRemarks", tr("Import re&marks…"),
        tr("The remarks file a member sent back from a review copy"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    m_sendRemarks = make("actionSendRemarks", tr("&Send remarks…"),
        tr("Write your remarks to a file to send to the secretary"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_addRemark = make("actionAddRemark", tr("Add re&mark…"),
        tr("A remark on the part selected: the meeting, an agenda item, a report, a KPI row, a "
           "resolution or an appendix"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    connect(m_exportCopy, &QAction::triggered, this, &ReviewController::chooseExport);
    connect(m_importRemarks, &QAction::triggered, this, &ReviewController::chooseImport);
    connect(m_sendRemarks, &QAction::triggered, this, &ReviewController::chooseSend);
    connect(m_addRemark, &QAction::triggered, this, &ReviewController::chooseRemark);

    m_panel->setActions(m_addRemark, m_sendRemarks, m_importRemarks);
    connect(m_panel, &RemarksPanel::partRequested, this,
        [this](const QString& part) { m_window->editor()->showPart(part); });
    connect(m_panel, &RemarksPanel::errorOccurred, this, &ReviewController::showError);
    connect(window->editor(), &MeetingEditor::partFocused, m_panel, &RemarksPanel::setCurrentPart);
    window->editor()->addPartAction(m_addRemark);
}

ReviewController::~ReviewController() = default;

QAction* ReviewController::showRemarksAction() const
{
    return m_dock->toggleViewAction();
}

bool ReviewController::isReviewCopy() const
{
    return m_window->database() && m_window->database()->reviewCopy().has_value();
}

QString ReviewController::titleText() const
{
    const Database* database = m_window->database();
    const auto copy = database ? database->reviewCopy() : std::nullopt;
    return copy ? tr("review copy of %1").arg(Database::describe(*copy)) : QString();
}

void ReviewController::databaseChanged()
{
    Database* database = m_window->database();
    const auto copy = database ? database->reviewCopy() : std::nullopt;
    m_banner->setIdentity(copy);
    if (copy) {
        m_store = std::make_unique<RemarkStore>(
            RemarkStore::defaultFolder(), copy->id, copy->sourceDatabaseId);
        m_panel->setMemberStore(m_store.get());
        m_dock->show();
    } else {
        m_panel->setRepository(database ? &database->remarks() : nullptr);
        m_store.reset();
    }
    meetingChanged();
}

void ReviewController::meetingChanged()
{
    MeetingSession* session = m_window->session();
    if (!session) {
        m_panel->setMeeting(std::nullopt);
        return;
    }
    m_panel->setMeeting(session->document()->meeting());
    // The secretary's edits move and change parts: the panel says where they are now.
    disconnect(m_savedConnection);
    m_savedConnection = connect(session, &MeetingSession::saved, m_panel,
        [this](const Meeting& stored) { m_panel->setMeeting(stored); });
    if (!isReviewCopy() && m_panel->model()->rowCount() > 0)
        m_dock->show();
}

void ReviewController::updateActions()
{
    const Database* database = m_window->database();
    const bool reviewCopy = isReviewCopy();
    const MeetingSession* session = m_window->session();
    m_exportCopy->setEnabled(database && !reviewCopy);
    m_importRemarks->setEnabled(database && !reviewCopy);
    m_sendRemarks->setEnabled(reviewCopy);
    const bool inReview = session && session->document()->meeting().status == MeetingStatus::Review;
    m_addRemark->setEnabled(reviewCopy && inReview);
    // Disabled, it says why.
    QString why = tr("A remark on the part selected: the meeting, an agenda item, a report, a KPI "
                     "row, a resolution or an appendix");
    if (!reviewCopy)
        why = tr("Members write remarks in a review copy (File ▸ Export review copy…)");
    else if (!session)
        why = tr("Open a meeting in review first");
    else if (!inReview)
        why = tr("Remarks can be added to a meeting in review; this one is %1")
                  .arg(EnumNames::name(session->document()->meeting().status).toLower());
    m_addRemark->setToolTip(why);
    m_addRemark->setStatusTip(why);
    lockForReviewCopy(reviewCopy);
}

void ReviewController::releaseActions()
{
    if (!isReviewCopy())
        lockForReviewCopy(false);
}

void ReviewController::lockForReviewCopy(bool locked)
{
    const QString why = MeetingEditor::reviewCopyReason();
    for (QAction* action : windowActions(m_window)) {
        const QString name = action->objectName();
        if (name.isEmpty() || action->isSeparator() || action->menu()
            || readingActions().contains(name))
            continue;
        const bool wasLocked = action->property("bayonReviewLocked").toBool();
        if (locked) {
            if (!wasLocked) {
                action->setProperty("bayonReviewLocked", true);
                action->setProperty("bayonEnabledBefore", action->isEnabled());
                action->setProperty("bayonToolTip", action->toolTip());
                action->setProperty("bayonStatusTip", action->statusTip());
            }
            action->setEnabled(false);
            action->setToolTip(why);
            action->setStatusTip(why);
        } else if (wasLocked) {
            action->setEnabled(action->property("bayonEnabledBefore").toBool());
            action->setToolTip(action->property("bayonToolTip").toString());
            action->setStatusTip(action->property("bayonStatusTip").toString());
            for (const char* property :
                {"bayonReviewLocked", "bayonEnabledBefore", "bayonToolTip", "bayonStatusTip"})
                action->setProperty(property, QVariant());
        }
    }
}

Result<ReviewCopyIdentity> ReviewController::exportReviewCopy(
    const ReviewCopyRequest& request, const QString& path)
{
    Database* database = m_window->database();
    if (!database)
        return Error::usage(tr("No database is open."));
    // What is on screen goes into the copy.
    const Status saved = m_window->saveNow();
    if (!saved)
        return saved.error();
    return ReviewCopyWriter::pack(*database, request, path);
}

Result<Remark> ReviewController::addRemark(
    const QString& part, const QString& text, const QString& reviewer)
{
    if (!m_store)
        return Error::refused(tr("Remarks are written in a review copy."));
    const MeetingSession* session = m_window->session();
    if (!session)
        return Error::usage(tr("No meeting is open."));
    const auto named = RemarkPart::parse(part);
    if (!named)
        return named.error();
    auto remark = Remark::create(session->document()->meeting(), *named, text,
        reviewer.isEmpty() ? Preferences::userName() : reviewer, QDateTime::currentDateTimeUtc());
    if (!remark)
        return remark.error();
    const Status kept = m_store->add(*remark);
    if (!kept)
        return kept.error();
    m_panel->refresh();
    m_dock->show();
    return remark;
}

Status ReviewController::sendRemarks(const QString& path)
{
    if (!m_store)
        return Error::refused(tr("Remarks are sent from a review copy."));
    return m_store->exportTo(path, Preferences::userName(), QDateTime::currentDateTimeUtc());
}

Result<RemarkImport> ReviewController::importRemarks(const QString& path)
{
    Database* database = m_window->database();
    if (!database || isReviewCopy())
        return Error::refused(tr("Remarks are imported into the council's own database."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // The parts are located in the meetings as stored: what is on screen first.
    // When it cannot be saved, the session has said so, and the remarks are
    // located in the text last stored.
    static_cast<void>(m_window->saveNow());
    const auto imported = database->remarks().import(file.readAll());
    if (!imported)
        return imported.error();
    const qint64 open = m_window->session() ? m_window->session()->document()->meeting().id : 0;
    if (!imported->meetingIds.isEmpty() && !imported->meetingIds.contains(open))
        m_window->openMeeting(imported->meetingIds.first());
    meetingChanged();
    m_panel->refresh();
    m_dock->show();
    return imported;
}

void ReviewController::chooseExport()
{
    Database* database = m_window->database();
    if (!database || !m_window->saveNow())
        return;
    const auto listed = database->meetings().list();
    if (!listed) {
        showError(tr("The meetings cannot be listed"), listed.error().message);
        return;
    }
    QList<qint64> ticked;
    if (m_window->session())
        ticked.append(m_window->session()->document()->meeting().id);
    const QString suggested = QDir(Preferences::documentsFolder())
                                  .filePath(QStringLiteral("bayon-review-%1.bayon")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    ExportReviewCopyDialog dialog(*listed, ticked, suggested, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto made = exportReviewCopy(dialog.request(), dialog.path());
    if (!made) {
        showError(tr("The review copy was not written"), made.error().message);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Review copy written: %1 (%n meeting(s)).", nullptr, made->meetingCount)
            .arg(QDir::toNativeSeparators(dialog.path())),
        10000);
}

void ReviewController::chooseRemark()
{
    const MeetingSession* session = m_window->session();
    if (!m_store || !session)
        return;
    const Meeting& meeting = session->document()->meeting();
    const auto named = RemarkPart::parse(m_window->editor()->currentPart());
    if (!named) {
        showError(tr("The remark was not added"), named.error().message);
        return;
    }
    const auto resolved = RemarkLocator::resolve(meeting, *named);
    const QString text = resolved ? resolved->text : QString();
    // An appendix is named by the number it prints under, as the panel names it.
    const QList<int> printed
        = named->kind == RemarkPartKind::Appendix ? AppendixNumbers::of(meeting) : QList<int>();
    RemarkDialog dialog(
        RemarkListModel::partTitle(*named, printed), text, Preferences::userName(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.reviewer() != Preferences::userName())
        Preferences::setUserName(dialog.reviewer());
    const auto added = addRemark(named->name(), dialog.text(), dialog.reviewer());
    if (!added) {
        showError(tr("The remark was not added"), added.error().message);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Remark kept on this computer. File ▸ Send remarks… writes them for the secretary."),
        8000);
}

void ReviewController::chooseSend()
{
    if (!m_store)
        return;
    const QString name = Preferences::userName().simplified().replace(u' ', u'-');
    const QString suggested
        = QDir(Preferences::documentsFolder())
              .filePath(QStringLiteral("bayon-remarks-%1-%2.json")
                            .arg(name, QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Send remarks"), suggested, tr("Bayon remarks (*.json)"));
    if (path.isEmpty())
        return;
    const Status sent = sendRemarks(path);
    if (!sent) {
        showError(tr("The remarks were not written"), sent.error().message);
        return;
    }
    m_window->statusBar()->showMessage(tr("Remarks written to %1: send this file to the secretary.")
                                           .arg(QDir::toNativeSeparators(path)),
        10000);
}

void ReviewController::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import remarks"),
        Preferences::documentsFolder(), tr("Bayon remarks (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto imported = importRemarks(path);
    if (!imported) {
        showError(tr("The remarks were not imported"),
            tr("Nothing was imported from %1.\n\n%2")
                .arg(QDir::toNativeSeparators(path), imported.error().message));
        return;
    }
    m_window->statusBar()->showMessage(tr("Remarks from %1: %2 new, %3 already imported before.")
                                           .arg(imported->reviewer)
                                           .arg(imported->added)
                                           .arg(imported->alreadyThere),
        10000);
}

void ReviewController::showError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

} // namespace Bayon
