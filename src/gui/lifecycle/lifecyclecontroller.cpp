#include "lifecyclecontroller.h"

#include "domain/statusworkflow.h"
#include "gui/app/mainwindow.h"
#include "gui/browse/meetinglistmodel.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editing/restorerevisioncommand.h"
#include "gui/editor/meetingeditor.h"
#include "gui/lifecycle/attachmentsdialog.h"
#include "gui/lifecycle/historydialog.h"
#include "gui/lifecycle/reopendialog.h"
#include "gui/lifecycle/signdialog.h"
#include "gui/widgets/enumnames.h"
#include "storage/database.h"
#include "storage/lifecyclerepository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace Bayon {

LifecycleController::LifecycleController(MainWindow* window, const Actions& actions)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
    , m_label(new QLabel(window))
{
    // The status and, once final, the control code, to match a paper copy with.
    m_label->setObjectName(QStringLiteral("lifecycleLabel"));
    m_label->setAccessibleName(tr("Status and control code"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    window->statusBar()->addPermanentWidget(m_label);

    connect(m_actions.reopen, &QAction::triggered, this, &LifecycleController::reopenMeeting);
    connect(m_actions.history, &QAction::triggered, this, &LifecycleController::showHistory);
    connect(m_actions.attachFile, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Attach a file"), QDir::homePath(), SignDialog::scanFilter());
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(
        m_actions.attachments, &QAction::triggered, this, &LifecycleController::showAttachments);
    connect(window->editor(), &MeetingEditor::reopenRequested, this,
        &LifecycleController::reopenMeeting);
    connect(window->editor(), &MeetingEditor::statusChangeRequested, this,
        &LifecycleController::changeStatus);
}

void LifecycleController::meetingChanged()
{
    const MeetingSession* session = m_window->session();
    m_label->setText(lifecycleText());
    m_label->setToolTip(session && session->document()->isReadOnly()
            ? tr("The control code is printed in the footer of every page of the protocol: a "
                 "paper copy with this code is this text.")
            : QString());
}

void LifecycleController::updateActions()
{
    const MeetingSession* session = m_window->session();
    const bool hasMeeting = session != nullptr;
    const bool readOnly = hasMeeting && session->document()->isReadOnly();
    m_actions.reopen->setEnabled(readOnly);
    m_actions.history->setEnabled(hasMeeting);
    m_actions.attachFile->setEnabled(hasMeeting);
    m_actions.attachments->setEnabled(hasMeeting);
}

bool LifecycleController::changeStatus(MeetingStatus to)
{
    Database* database = m_window->database();
    if (!m_window->session() || !database)
        return false;
    const Meeting& meeting = m_window->session()->document()->meeting();
    const MeetingStatus from = meeting.status;
    if (to == from)
        return true;
    if (StatusWorkflow::isReopening(from, to))
        return reopenMeeting();
    const Status allowed = StatusWorkflow::checkTransition(from, to);
    if (!allowed) {
        showError(tr("The status cannot change so"), allowed.error().message);
        return false;
    }
    QDate signedOn;
    QString scan;
    if (to == MeetingStatus::Signed) {
        // The day of signing, and the scan of the signed copy while it is at hand.
        SignDialog dialog(meeting, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        signedOn = dialog.signedOn();
        scan = dialog.scanPath();
    } else if (StatusWorkflow::isLocked(to)) {
        const auto answer = QMessageBox::question(m_window, tr("Lock the protocol"),
            tr("A %1 meeting is read-only: its protocol cannot be changed until it is reopened.\n\n"
               "Set the status to %1?")
                .arg(EnumNames::name(to).toLower()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    // What is on screen is what gets its new status.
    if (!m_window->saveNow() || !m_window->session()->isSaved())
        return false;
    const auto changed = database->lifecycle().transition(
        m_window->session()->document()->meeting().id, to, QString(), QString(), signedOn);
    if (!changed) {
        showError(tr("The status was not changed"), changed.error().message);
        return false;
    }
    m_window->showStoredMeeting(*changed);
    emit meetingStored(changed->id);
    // Signed stays signed when the scan cannot be kept; it can be attached later.
    if (!scan.isEmpty())
        attachFile(scan);
    return true;
}

bool LifecycleController::reopenMeeting()
{
    Database* database = m_window->database();
    if (!m_window->session() || !database || !m_window->session()->document()->isReadOnly())
        return false;
    const Meeting& meeting = m_window->session()->document()->meeting();
    ReopenDialog dialog(
        tr("This meeting is %1. Reopening it turns it back into a draft that can be changed, "
           "and the protocol will have to be finalised and signed again.")
            .arg(EnumNames::name(meeting.status).toLower()),
        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto reopened = database->lifecycle().reopen(meeting.id, dialog.reason());
    if (!reopened) {
        showError(tr("The meeting was not reopened"), reopened.error().message);
        return false;
    }
    m_window->showStoredMeeting(*reopened);
    emit meetingStored(reopened->id);
    m_window->statusBar()->showMessage(tr("Reopened: the meeting is a draft again."), 8000);
    return true;
}

void LifecycleController::showHistory()
{
    Database* database = m_window->database();
    if (!m_window->session() || !database)
        return;
    // The newest revision is then the text on screen; if it cannot be saved,
    // the dialog still compares with what is on screen (and the failure was
    // already shown by the session).
    static_cast<void>(m_window->saveNow());
    if (!m_window->session())
        return;
    HistoryDialog dialog(database->lifecycle(), m_window);
    connect(&dialog, &HistoryDialog::restoreRequested, this, [this, &dialog](int revision) {
        if (!restoreRevision(revision) || !m_window->session())
            return;
        if (const Status shown = dialog.setMeeting(m_window->session()->document()->meeting());
            !shown)
            showError(tr("The history cannot be shown"), shown.error().message);
    });
    const Status shown = dialog.setMeeting(m_window->session()->document()->meeting());
    if (!shown) {
        showError(tr("The history cannot be shown"), shown.error().message);
        return;
    }
    dialog.exec();
}

bool LifecycleController::restoreRevision(int revision)
{
    Database* database = m_window->database();
    if (!m_window->session() || !database)
        return false;
    MeetingDocument* document = m_window->session()->document();
    if (document->isReadOnly()) {
        showError(tr("The revision was not restored"),
            tr("This meeting is %1: its protocol is read-only, and no earlier revision can be put "
               "back. Reopen it for editing first; it then becomes a draft again.")
                .arg(EnumNames::name(document->meeting().status).toLower()));
        return false;
    }
    // What is on screen is stored first: it is what Undo brings back.
    if (!m_window->saveNow() || !m_window->session() || !m_window->session()->isSaved())
        return false;
    document = m_window->session()->document();
    const auto restored = database->lifecycle().restoreRevision(document->meeting().id, revision);
    if (!restored) {
        showError(tr("The revision was not restored"), restored.error().message);
        return false;
    }
    // The repository stored the restored text as a new revision; the same
    // swap goes onto the undo stack, and the document counts as saved there
    // (which the window's title follows).
    document->push(new RestoreRevisionCommand(document, revision, *restored));
    document->markSaved(*restored);
    m_window->meetingList()->updateMeeting(MeetingListModel::summaryOf(*restored));
    emit meetingStored(restored->id);
    m_window->statusBar()->showMessage(
        tr("Revision %1 restored as revision %2. Undo puts back the text from before.")
            .arg(revision)
            .arg(restored->revision),
        10000);
    return true;
}

bool LifecycleController::attachFile(const QString& path)
{
    Database* database = m_window->database();
    if (!m_window->session() || !database)
        return false;
    const qint64 id = m_window->session()->document()->meeting().id;
    const auto attached = AttachmentsDialog::attachFile(database->lifecycle(), id, path);
    if (!attached) {
        showError(tr("The file was not attached"), attached.error().message);
        return false;
    }
    if (const Status reloaded = reloadAttachments(); !reloaded)
        showError(tr("The attached files cannot be shown"), reloaded.error().message);
    m_window->statusBar()->showMessage(
        tr("Attached: %1 (SHA-256 %2…)").arg(attached->name, attached->sha256.left(16)), 10000);
    return true;
}

void LifecycleController::showAttachments()
{
    Database* database = m_window->database();
    if (!m_window->session() || !database)
        return;
    AttachmentsDialog dialog(
        database->lifecycle(), m_window->session()->document()->meeting(), m_window);
    connect(&dialog, &AttachmentsDialog::attachmentsChanged, this, [this] {
        if (const Status reloaded = reloadAttachments(); !reloaded)
            showError(tr("The attached files cannot be shown"), reloaded.error().message);
    });
    dialog.exec();
}

Status LifecycleController::reloadAttachments()
{
    Database* database = m_window->database();
    if (!m_window->session() || !database)
        return {};
    MeetingDocument* document = m_window->session()->document();
    const auto listed = database->lifecycle().attachments(document->meeting().id);
    if (!listed)
        return listed.error();
    document->setAttachments(*listed);
    return {};
}

QString LifecycleController::lifecycleText() const
{
    const MeetingSession* session = m_window->session();
    Database* database = m_window->database();
    if (!session || !database)
        return {};
    const Meeting& meeting = session->document()->meeting();
    const auto state = database->lifecycle().state(meeting.id);
    if (!state)
        return EnumNames::name(meeting.status);
    switch (state->status) {
    case MeetingStatus::Final:
        return tr("Final · control code %1").arg(state->controlCode);
    case MeetingStatus::Signed:
        return state->signedOn.isValid()
            ? tr("Signed on %1 · control code %2")
                  .arg(state->signedOn.toString(QStringLiteral("dd.MM.yyyy")), state->controlCode)
            : tr("Signed · control code %1").arg(state->controlCode);
    default:
        return EnumNames::name(state->status);
    }
}

void LifecycleController::showError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

} // namespace Bayon
