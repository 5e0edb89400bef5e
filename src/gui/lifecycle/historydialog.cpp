#include "historydialog.h"

#include "domain/meetingdiff.h"
#include "gui/lifecycle/auditlogmodel.h"
#include "gui/lifecycle/meetingdiffhtml.h"
#include "gui/lifecycle/revisionlistmodel.h"
#include "gui/widgets/enumnames.h"
#include "storage/lifecyclerepository.h"
#include "ui_historydialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <algorithm>

namespace Bayon {

namespace {
void setUpTable(QTableView* view)
{
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setHighlightSections(false);
}
} // namespace

HistoryDialog::HistoryDialog(LifecycleRepository& lifecycle, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::HistoryDialog>())
    , m_lifecycle(lifecycle)
    , m_revisions(new RevisionListModel(this))
    , m_audit(new AuditLogModel(this))
{
    ui->setupUi(this);
    ui->revisionsView->setModel(m_revisions);
    ui->auditView->setModel(m_audit);
    setUpTable(ui->revisionsView);
    setUpTable(ui->auditView);
    ui->splitter->setStretchFactor(0, 2);
    ui->splitter->setStretchFactor(1, 3);
    ui->lockedLabel->hide();
    ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    connect(ui->revisionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryDialog::selectionChanged);
    connect(ui->revisionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryDialog::updateRestore);
    const auto comboChanged = [this] {
        if (!m_updating)
            showComparison();
    };
    connect(ui->fromCombo, &QComboBox::currentIndexChanged, this, comboChanged);
    connect(ui->toCombo, &QComboBox::currentIndexChanged, this, comboChanged);
    connect(ui->restoreButton, &QPushButton::clicked, this, &HistoryDialog::askRestore);
    updateRestore();
}

HistoryDialog::~HistoryDialog() = default;

Status HistoryDialog::setMeeting(const Meeting& current)
{
    const auto history = m_lifecycle.history(current.id);
    if (!history)
        return history.error();
    m_current = current;
    m_loaded.clear();
    m_revisions->setRevisions(history->revisions);
    m_audit->setEntries(history->audit);
    ui->titleLabel->setText(tr("Meeting № %1 of %2: %3, revision %4.")
                                .arg(current.number)
                                .arg(current.date.toString(QStringLiteral("dd.MM.yyyy")),
                                    EnumNames::name(current.status).toLower())
                                .arg(current.revision));
    ui->lockedLabel->setVisible(current.isLocked());
    if (current.isLocked())
        ui->lockedLabel->setText(
            tr("This meeting is %1: its text cannot be restored to an earlier revision. Reopen "
               "it for editing first (Meeting menu); it then becomes a draft again.")
                .arg(EnumNames::name(current.status).toLower()));
    fillCombos();
    // The newest change first: the revision before the newest against the text on screen.
    const int row = m_revisions->rowCount() > 1 ? 1 : 0;
    if (m_revisions->rowCount() > 0) {
        ui->revisionsView->selectionModel()->setCurrentIndex(m_revisions->index(row, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        compare(currentText, currentText);
    }
    ui->revisionsView->resizeColumnsToContents();
    ui->auditView->resizeColumnsToContents();
    // The list as wide as its columns, the changes the rest.
    int listWidth = ui->revisionsView->verticalScrollBar()->sizeHint().width()
        + 2 * ui->revisionsView->frameWidth();
    for (int column = 0; column < m_revisions->columnCount(); ++column)
        listWidth += ui->revisionsView->columnWidth(column);
    const int total = std::max(ui->splitter->width(), width() - 40);
    ui->splitter->setSizes(
        {std::min(listWidth, total / 2), total - std::min(listWidth, total / 2)});
    updateRestore();
    return {};
}

QString HistoryDialog::stateName(int revision) const
{
    if (revision == currentText)
        return tr("the current text");
    const int row = m_revisions->rowOf(revision);
    if (row < 0)
        return tr("revision %1").arg(revision);
    const RevisionInfo& info = m_revisions->revisions().at(row);
    return tr("revision %1 · %2 · %3")
        .arg(revision)
        .arg(info.savedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
            RevisionListModel::kindText(info));
}

void HistoryDialog::fillCombos()
{
    m_updating = true;
    for (QComboBox* combo : {ui->fromCombo, ui->toCombo}) {
        const QVariant chosen = combo->currentData();
        combo->clear();
        combo->addItem(stateName(currentText), currentText);
        for (const RevisionInfo& info : m_revisions->revisions())
            combo->addItem(stateName(info.revision), info.revision);
        const int at = combo->findData(chosen);
        combo->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_updating = false;
}

void HistoryDialog::selectionChanged()
{
    QList<int> chosen;
    for (const QModelIndex& row : ui->revisionsView->selectionModel()->selectedRows())
        chosen.append(row.data(RevisionListModel::RevisionRole).toInt());
    std::sort(chosen.begin(), chosen.end());
    if (chosen.size() == 1)
        compare(chosen.first(), currentText);
    else if (chosen.size() > 1)
        compare(chosen.first(), chosen.last());
    updateRestore();
}

void HistoryDialog::compare(int from, int to)
{
    m_updating = true;
    ui->fromCombo->setCurrentIndex(std::max(0, ui->fromCombo->findData(from)));
    ui->toCombo->setCurrentIndex(std::max(0, ui->toCombo->findData(to)));
    m_updating = false;
    showComparison();
}

Result<Meeting> HistoryDialog::state(int revision)
{
    if (revision == currentText)
        return m_current;
    const auto cached = m_loaded.constFind(revision);
    if (cached != m_loaded.cend())
        return *cached;
    const Result<Meeting> loaded = m_lifecycle.loadRevision(m_current.id, revision);
    if (loaded)
        m_loaded.insert(revision, *loaded);
    return loaded;
}

void HistoryDialog::showComparison()
{
    const int from = ui->fromCombo->currentData().toInt();
    const int to = ui->toCombo->currentData().toInt();
    const Result<Meeting> before = state(from);
    const Result<Meeting> after = state(to);
    if (!before || !after) {
        ui->diffView->setPlainText(
            tr("The revision cannot be read: %1")
                .arg(before ? after.error().message : before.error().message));
        return;
    }
    ui->diffView->setHtml(MeetingDiffHtml::html(MeetingDiff::compare(*before, *after)));
}

int HistoryDialog::selectedRevision() const
{
    const QModelIndex current = ui->revisionsView->selectionModel()->currentIndex();
    if (!current.isValid() || !ui->revisionsView->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.data(RevisionListModel::RevisionRole).toInt();
}

QString HistoryDialog::changesText() const
{
    return ui->diffView->toPlainText();
}

void HistoryDialog::updateRestore()
{
    const int revision = selectedRevision();
    // The newest kept revision is the stored text itself: nothing to restore.
    ui->restoreButton->setEnabled(
        !m_current.isLocked() && revision > 0 && revision != m_current.revision);
    ui->restoreButton->setText(
        revision > 0 ? tr("&Restore revision %1…").arg(revision) : tr("&Restore this revision…"));
}

void HistoryDialog::askRestore()
{
    const int revision = selectedRevision();
    if (revision <= 0)
        return;
    if (m_current.isLocked()) {
        QMessageBox::warning(this, tr("The revision cannot be restored"), ui->lockedLabel->text());
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Restore a revision"),
        tr("Restore revision %1?\n\nIts text becomes the meeting's text again and is kept as a new "
           "revision; the status, the follow-up of the decisions and the attached files stay as "
           "they are. Undo (Ctrl+Z) in the editor puts back the text from before.")
            .arg(revision),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("restoreQuestion"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes)
        emit restoreRequested(revision);
}

void HistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        if (m_current.id > 0) {
            fillCombos();
            showComparison();
            updateRestore();
        }
    }
    QDialog::changeEvent(event);
}

} // namespace Bayon
