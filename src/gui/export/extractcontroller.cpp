#include "extractcontroller.h"

#include "gui/app/mainwindow.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/agendapage.h"
#include "gui/editor/meetingeditor.h"
#include "gui/export/extractdialog.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>

namespace Bayon {

ExtractController::ExtractController(
    MainWindow* window, QAction* itemAction, QAction* addresseeAction)
    : QObject(window)
    , m_window(window)
    , m_itemAction(itemAction)
    , m_addresseeAction(addresseeAction)
{
    connect(m_itemAction, &QAction::triggered, this, [this] { extractItem(); });
    connect(m_addresseeAction, &QAction::triggered, this, &ExtractController::extractForAddressee);
    window->editor()->agendaPage()->addItemAction(m_itemAction);
}

void ExtractController::updateActions()
{
    const bool hasMeeting = m_window->session() != nullptr;
    m_itemAction->setEnabled(hasMeeting);
    m_addresseeAction->setEnabled(hasMeeting);
}

bool ExtractController::extractItem(int item)
{
    if (!m_window->session())
        return false;
    const Meeting& meeting = m_window->session()->document()->meeting();
    if (meeting.agenda.isEmpty()) {
        showError(tr("No extract"), tr("The meeting has no agenda item to extract."));
        return false;
    }
    if (item < 0)
        item = std::max(0, m_window->editor()->agendaPage()->currentItemIndex());
    ExtractDialog dialog(meeting, ExtractDialog::Kind::Item, m_window);
    dialog.setItem(item);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_window->statusBar()->showMessage(
        tr("Written: %1").arg(QDir::toNativeSeparators(dialog.writtenPath())), 8000);
    return true;
}

bool ExtractController::extractForAddressee()
{
    if (!m_window->session())
        return false;
    const Meeting& meeting = m_window->session()->document()->meeting();
    if (ExtractDialog::addressees(meeting).isEmpty()) {
        showError(tr("No extract"), tr("No resolution of this meeting names an addressee."));
        return false;
    }
    ExtractDialog dialog(meeting, ExtractDialog::Kind::Addressee, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_window->statusBar()->showMessage(
        tr("Written: %1").arg(QDir::toNativeSeparators(dialog.writtenPath())), 8000);
    return true;
}

void ExtractController::showError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

} // namespace Bayon
