#include "remarkspanel.h"

#include "domain/remarklocator.h"
#include "gui/editor/appendixnumbers.h"
#include "gui/review/remarklistmodel.h"
#include "gui/widgets/enumnames.h"
#include "storage/remarkrepository.h"
#include "storage/remarkstore.h"
#include "ui_remarkspanel.h"

#include <QHeaderView>

namespace Bayon {

RemarksPanel::RemarksPanel(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::RemarksPanel>())
    , m_model(new RemarkListModel(this))
{
    ui->setupUi(this);
    ui->remarksView->setModel(m_model);
    QHeaderView* header = ui->remarksView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RemarkListModel::TextColumn, QHeaderView::Stretch);
    ui->remarksView->verticalHeader()->hide();
    connect(ui->remarksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            updateButtons();
            const QString part = current.isValid()
                ? current.siblingAtColumn(0).data(RemarkListModel::PartRole).toString()
                : QString();
            if (!part.isEmpty())
                emit partRequested(part);
        });
    // Choosing the same remark again shows its part again (the user may have moved on).
    connect(ui->remarksView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        const QString part = index.siblingAtColumn(0).data(RemarkListModel::PartRole).toString();
        if (!part.isEmpty())
            emit partRequested(part);
    });
    const auto mark = [this](RemarkState state) {
        const Status done = markCurrent(state);
        if (!done)
            emit errorOccurred(tr("The remark was not marked"), done.error().message);
    };
    connect(ui->acceptButton, &QPushButton::clicked, this, [mark] { mark(RemarkState::Accepted); });
    connect(ui->rejectButton, &QPushButton::clicked, this, [mark] { mark(RemarkState::Rejected); });
    connect(ui->notedButton, &QPushButton::clicked, this, [mark] { mark(RemarkState::Noted); });
    connect(ui->removeButton, &QPushButton::clicked, this, [this] {
        const Status done = removeCurrent();
        if (!done)
            emit errorOccurred(tr("The remark was not taken back"), done.error().message);
    });
    updateButtons();
    updateSummary();
}

RemarksPanel::~RemarksPanel() = default;

void RemarksPanel::setActions(QAction* add, QAction* send, QAction* import)
{
    ui->addButton->setDefaultAction(add);
    ui->sendButton->setDefaultAction(send);
    ui->importButton->setDefaultAction(import);
}

void RemarksPanel::setMemberStore(RemarkStore* store)
{
    m_store = store;
    if (store)
        m_repository = nullptr;
    refresh();
}

void RemarksPanel::setRepository(RemarkRepository* repository)
{
    m_repository = repository;
    if (repository)
        m_store = nullptr;
    refresh();
}

void RemarksPanel::setMeeting(const std::optional<Meeting>& meeting)
{
    m_meeting = meeting;
    // Composed once per meeting and save, not once per row shown; and only when
    // there are appendices to name.
    m_model->setAppendixNumbers(
        meeting && !meeting->appendices.isEmpty() ? AppendixNumbers::of(*meeting) : QList<int>());
    refresh();
}

void RemarksPanel::refresh()
{
    const QUuid selected = currentRemark() ? currentRemark()->uid : QUuid();
    QList<ImportedRemark> shown;
    m_error.clear();
    if (m_meeting && m_store) {
        const auto kept = m_store->remarks();
        if (!kept) {
            m_error = kept.error().message;
        } else {
            for (const Remark& remark : *kept) {
                if (remark.meeting.id != m_meeting->id)
                    continue;
                shown.append({remark, m_store->reviewCopyId(), QDateTime(),
                    RemarkLocator::locate(*m_meeting, remark)});
            }
        }
    } else if (m_meeting && m_repository && m_meeting->id > 0) {
        const auto listed = m_repository->list(m_meeting->id);
        if (listed)
            shown = *listed;
        else
            m_error = listed.error().message;
    }
    // Selecting again must not move the editor: the user is where they were.
    const QSignalBlocker blocker(ui->remarksView->selectionModel());
    m_model->setRemarks(shown);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        ui->remarksView->setCurrentIndex(m_model->index(row, 0));
    ui->remarksView->resizeRowsToContents();
    updateButtons();
    updateSummary();
}

void RemarksPanel::setCurrentPart(const QString& part)
{
    m_model->setCurrentPart(part);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->concernsCurrentPart(row)) {
            ui->remarksView->scrollTo(m_model->index(row, 0));
            break;
        }
    }
}

const Remark* RemarksPanel::currentRemark() const
{
    const QModelIndex current = ui->remarksView->currentIndex();
    return current.isValid() ? &m_model->remark(current.row()).remark : nullptr;
}

bool RemarksPanel::selectRemark(const QUuid& uid)
{
    const int row = m_model->rowOf(uid);
    if (row < 0)
        return false;
    ui->remarksView->setCurrentIndex(m_model->index(row, 0));
    return true;
}

Status RemarksPanel::markCurrent(RemarkState state)
{
    const Remark* remark = currentRemark();
    if (!m_repository || !remark)
        return Error::usage(tr("Choose a remark first."));
    const Status done = m_repository->setState(remark->uid, state);
    refresh();
    return done;
}

Status RemarksPanel::removeCurrent()
{
    const Remark* remark = currentRemark();
    if (!m_store || !remark)
        return Error::usage(tr("Choose a remark first."));
    const Status done = m_store->remove(remark->uid);
    refresh();
    return done;
}

void RemarksPanel::updateButtons()
{
    const bool member = m_store != nullptr;
    const bool secretary = m_repository != nullptr;
    const bool chosen = currentRemark() != nullptr;
    ui->addButton->setVisible(member);
    ui->removeButton->setVisible(member);
    ui->sendButton->setVisible(member);
    ui->importButton->setVisible(secretary);
    ui->removeButton->setEnabled(chosen);
    for (QPushButton* button : {ui->acceptButton, ui->rejectButton, ui->notedButton}) {
        button->setVisible(secretary);
        button->setEnabled(chosen);
    }
    ui->remarksView->setColumnHidden(RemarkListModel::StateColumn, member);
}

void RemarksPanel::updateSummary()
{
    if (!m_error.isEmpty()) {
        ui->summaryLabel->setText(tr("The remarks cannot be read: %1").arg(m_error));
        return;
    }
    if (!m_meeting || (!m_store && !m_repository)) {
        ui->summaryLabel->setText(tr("No meeting is open."));
        return;
    }
    const int count = m_model->rowCount();
    if (m_store) {
        ui->summaryLabel->setText(m_meeting->status == MeetingStatus::Review
                ? tr("Your remarks on this meeting: %n. They stay on this computer until you send "
                     "them.",
                    nullptr, count)
                : tr("Remarks can be added to a meeting in review; this one is %1.")
                      .arg(EnumNames::name(m_meeting->status).toLower()));
        return;
    }
    int open = 0;
    for (const ImportedRemark& remark : m_model->remarks())
        open += remark.remark.state == RemarkState::Open ? 1 : 0;
    ui->summaryLabel->setText(count == 0
            ? tr("No remarks on this meeting. Members' remarks come in with File ▸ Import remarks…")
            : tr("Remarks from members: %n, of which open: %1.", nullptr, count).arg(open));
}

void RemarksPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        updateSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace Bayon
