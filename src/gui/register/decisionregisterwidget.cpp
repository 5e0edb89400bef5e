#include "decisionregisterwidget.h"

#include "domain/partpath.h"
#include "gui/app/preferences.h"
#include "gui/register/decisionregisterhistorymodel.h"
#include "gui/register/decisionregistermodel.h"
#include "gui/register/decisionregisterproxy.h"
#include "gui/widgets/enumnames.h"
#include "interchange/outputfile.h"
#include "storage/database.h"
#include "storage/decisionregister.h"
#include "storage/lifecyclerepository.h"
#include "text/uzbekcollator.h"
#include "ui_decisionregisterwidget.h"

#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QHideEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QShortcut>
#include <QShowEvent>
#include <QStringListModel>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// The status combo's "overdue": not a FollowUpStatus but pending and past due.
constexpr int overdueChoice = 100;
constexpr int anyChoice = -1;
constexpr int typingDelayMs = 250;

} // namespace

DecisionRegisterWidget::DecisionRegisterWidget(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::DecisionRegisterWidget>())
    , m_model(new DecisionRegisterModel(this))
    , m_proxy(new DecisionRegisterProxy(this))
    , m_history(new DecisionRegisterHistoryModel(this))
    , m_typing(new QTimer(this))
    , m_reload(new QTimer(this))
{
    ui->setupUi(this);
    setObjectName(u"decisionRegister"_s);
    m_proxy->setSourceModel(m_model);
    ui->registerView->setModel(m_proxy);
    ui->registerView->sortByColumn(DecisionRegisterModel::ResolutionColumn, Qt::AscendingOrder);
    ui->registerView->verticalHeader()->hide();
    ui->registerView->horizontalHeader()->setSectionsMovable(true);
    ui->registerView->horizontalHeader()->setHighlightSections(false);
    ui->historyView->setModel(m_history);
    ui->historyView->verticalHeader()->hide();
    ui->historyView->horizontalHeader()->setStretchLastSection(false);
    ui->historyView->horizontalHeader()->setSectionResizeMode(
        DecisionRegisterHistoryModel::NoteColumn, QHeaderView::Stretch);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({450, 230});

    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setModelSorting(QCompleter::UnsortedModel);
    ui->personEdit->setCompleter(completer);

    const QDate today = QDate::currentDate();
    ui->fromEdit->setDate(QDate(today.year(), 1, 1));
    ui->toEdit->setDate(today);
    ui->followUpDateEdit->setDate(today);

    auto* exportMenu = new QMenu(ui->exportButton);
    exportMenu->setObjectName(u"exportMenu"_s);
    QAction* pdf = exportMenu->addAction(tr("&PDF…"));
    QAction* odt = exportMenu->addAction(tr("&ODT (word processor)…"));
    QAction* csv = exportMenu->addAction(tr("&CSV (spreadsheet)…"));
    pdf->setObjectName(u"exportPdfAction"_s);
    odt->setObjectName(u"exportOdtAction"_s);
    csv->setObjectName(u"exportCsvAction"_s);
    ui->exportButton->setMenu(exportMenu);
    connect(pdf, &QAction::triggered, this, [this] { chooseExport(ExportKind::Pdf); });
    connect(odt, &QAction::triggered, this, [this] { chooseExport(ExportKind::Odt); });
    connect(csv, &QAction::triggered, this, [this] { chooseExport(ExportKind::Csv); });
    fillChoices();

    // Typing waits for a pause; a choice applies at once.
    m_typing->setSingleShot(true);
    m_typing->setInterval(typingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &DecisionRegisterWidget::refresh);
    m_reload->setSingleShot(true);
    m_reload->setInterval(0);
    connect(m_reload, &QTimer::timeout, this, [this] {
        if (!isVisible()) {
            m_stale = true;
            return;
        }
        reloadChoices();
        refresh();
    });
    const auto typed = [this] {
        if (!m_updating)
            m_typing->start();
    };
    const auto chosen = [this] {
        if (!m_updating)
            refresh();
    };
    connect(ui->personEdit, &QLineEdit::textChanged, this, typed);
    connect(ui->wordsEdit, &QLineEdit::textChanged, this, typed);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, chosen);
    connect(ui->statusCombo, &QComboBox::currentIndexChanged, this, chosen);
    connect(ui->councilCombo, &QComboBox::currentIndexChanged, this, chosen);
    connect(ui->fromCheck, &QCheckBox::toggled, ui->fromEdit, &QWidget::setEnabled);
    connect(ui->toCheck, &QCheckBox::toggled, ui->toEdit, &QWidget::setEnabled);
    connect(ui->fromCheck, &QCheckBox::toggled, this, chosen);
    connect(ui->toCheck, &QCheckBox::toggled, this, chosen);
    connect(ui->fromEdit, &QDateEdit::dateChanged, this, chosen);
    connect(ui->toEdit, &QDateEdit::dateChanged, this, chosen);
    connect(ui->clearButton, &QPushButton::clicked, this, &DecisionRegisterWidget::clearFilters);

    connect(ui->registerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DecisionRegisterWidget::showCurrent);
    // Enter and a double-click both activate.
    connect(ui->registerView, &QAbstractItemView::activated, this,
        &DecisionRegisterWidget::openCurrent);
    connect(ui->openButton, &QPushButton::clicked, this, &DecisionRegisterWidget::openCurrent);
    connect(ui->recordButton, &QPushButton::clicked, this, &DecisionRegisterWidget::recordStep);
    connect(ui->noteEdit, &QLineEdit::returnPressed, this, &DecisionRegisterWidget::recordStep);
    connect(ui->previewButton, &QPushButton::clicked, this, &DecisionRegisterWidget::printPreview);
    connect(ui->printButton, &QPushButton::clicked, this, &DecisionRegisterWidget::print);
    auto* close = new QShortcut(QKeySequence::Cancel, this);
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, [this] {
        if (isWindow())
            this->close();
    });
    showCurrent();
}

DecisionRegisterWidget::~DecisionRegisterWidget() = default;

QTableView* DecisionRegisterWidget::view() const
{
    return ui->registerView;
}

void DecisionRegisterWidget::setDatabase(Database* database)
{
    m_database = database;
    reloadChoices();
    refresh();
}

void DecisionRegisterWidget::setBeforeWrite(std::function<bool(qint64)> check)
{
    m_beforeWrite = std::move(check);
}

void DecisionRegisterWidget::fillChoices()
{
    const QSignalBlocker blockStatus(ui->statusCombo);
    const QSignalBlocker blockFollowUp(ui->followUpCombo);
    const int status = ui->statusCombo->currentIndex();
    const int followUp = ui->followUpCombo->currentIndex();
    ui->statusCombo->clear();
    ui->statusCombo->addItem(tr("All"), anyChoice);
    for (const FollowUpStatus value : EnumNames::values<FollowUpStatus>())
        ui->statusCombo->addItem(EnumNames::name(value), int(value));
    ui->statusCombo->addItem(tr("Overdue"), overdueChoice);
    ui->statusCombo->setCurrentIndex(std::max(0, status));
    EnumNames::fill<FollowUpStatus>(ui->followUpCombo);
    ui->followUpCombo->setCurrentIndex(std::max(0, followUp));
    if (ui->councilCombo->count() == 0)
        ui->councilCombo->addItem(tr("All councils"));
    else
        ui->councilCombo->setItemText(0, tr("All councils"));
}

void DecisionRegisterWidget::reloadChoices()
{
    const QSignalBlocker block(ui->councilCombo);
    const QString council
        = ui->councilCombo->currentIndex() > 0 ? ui->councilCombo->currentText() : QString();
    while (ui->councilCombo->count() > 1)
        ui->councilCombo->removeItem(1);
    QStringList persons;
    if (m_database) {
        if (const auto councils = m_database->decisions().councilNames())
            ui->councilCombo->addItems(*councils);
        if (const auto names = m_database->decisions().responsibleNames())
            persons = *names;
    }
    UzbekCollator::sort(persons);
    if (auto* names = qobject_cast<QStringListModel*>(ui->personEdit->completer()->model()))
        names->setStringList(persons);
    ui->councilCombo->setCurrentIndex(std::max(0, ui->councilCombo->findText(council)));
}

DecisionFilter DecisionRegisterWidget::filter() const
{
    DecisionFilter filter;
    const int status = ui->statusCombo->currentData().toInt();
    if (status == overdueChoice)
        filter.overdueOnly = true;
    else if (status != anyChoice)
        filter.status = FollowUpStatus(status);
    filter.responsible = ui->personEdit->text().trimmed();
    if (ui->fromCheck->isChecked())
        filter.from = ui->fromEdit->date();
    if (ui->toCheck->isChecked())
        filter.to = ui->toEdit->date();
    if (ui->councilCombo->currentIndex() > 0)
        filter.councilName = ui->councilCombo->currentText();
    filter.text = ui->wordsEdit->text().trimmed();
    return filter;
}

void DecisionRegisterWidget::scheduleReload()
{
    if (!m_database)
        return;
    if (isVisible())
        m_reload->start();
    else
        m_stale = true;
}

void DecisionRegisterWidget::refresh()
{
    m_typing->stop();
    m_reload->stop();
    m_stale = false;
    if (!m_database) {
        m_model->setEntries({}, {});
        showCurrent();
        updateCount();
        return;
    }
    const qint64 meeting = m_shownMeeting;
    const QUuid uid = m_shownUid;
    const DecisionFilter wanted = filter();
    const auto listed = m_database->decisions().list(wanted);
    if (!listed) {
        m_model->setEntries({}, wanted.today);
        ui->countLabel->setText(tr("The register cannot be read: %1").arg(listed.error().message));
        showCurrent();
        return;
    }
    m_model->setEntries(*listed, wanted.effectiveToday());
    fitColumns();
    if (!selectEntry(meeting, uid) && m_proxy->rowCount() > 0)
        ui->registerView->setCurrentIndex(m_proxy->index(0, DecisionRegisterModel::TextColumn));
    showCurrent();
    updateCount();
}

void DecisionRegisterWidget::fitColumns()
{
    // Once, when the first lines are on screen: room for what they hold, the
    // long texts cut (the tooltip and the detail pane show them whole).
    if (m_sized || m_model->rowCount() == 0 || !ui->registerView->isVisible())
        return;
    m_sized = true;
    QTableView* view = ui->registerView;
    view->resizeColumnsToContents();
    const auto cap = [view](int column, int width) {
        view->setColumnWidth(column, std::min(view->columnWidth(column), width));
    };
    cap(DecisionRegisterModel::KindColumn, 120);
    cap(DecisionRegisterModel::AddresseeColumn, 130);
    cap(DecisionRegisterModel::ResponsibleColumn, 130);
    cap(DecisionRegisterModel::DueColumn, 140);
    cap(DecisionRegisterModel::NoteColumn, 130);
    // The text takes what the others leave.
    int others = 0;
    for (int column = 0; column < DecisionRegisterModel::ColumnCount; ++column) {
        if (column != DecisionRegisterModel::TextColumn)
            others += view->columnWidth(column);
    }
    const int room = view->viewport()->width() - others;
    view->setColumnWidth(DecisionRegisterModel::TextColumn,
        std::clamp(room, 200, std::max(200, view->columnWidth(DecisionRegisterModel::TextColumn))));
}

bool DecisionRegisterWidget::selectEntry(qint64 meetingId, const QUuid& resolutionUid)
{
    const int row = m_model->rowOf(meetingId, resolutionUid);
    if (row < 0)
        return false;
    const QModelIndex shown
        = m_proxy->mapFromSource(m_model->index(row, DecisionRegisterModel::TextColumn));
    ui->registerView->setCurrentIndex(shown);
    ui->registerView->scrollTo(shown);
    return true;
}

const DecisionEntry* DecisionRegisterWidget::currentEntry() const
{
    const QModelIndex current = ui->registerView->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_model->entry(m_proxy->mapToSource(current).row());
}

QList<DecisionEntry> DecisionRegisterWidget::shownEntries() const
{
    QList<DecisionEntry> shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return shown;
}

void DecisionRegisterWidget::showCurrent()
{
    const DecisionEntry* entry = currentEntry();
    const bool writable = m_database && m_database->mode() == Database::Mode::ReadWrite;
    ui->openButton->setEnabled(entry != nullptr);
    ui->followUpBox->setEnabled(entry != nullptr && writable);
    ui->fullTextView->setEnabled(entry != nullptr);
    ui->historyView->setEnabled(entry != nullptr);
    if (!entry) {
        m_shownMeeting = 0;
        m_shownUid = QUuid();
        ui->detailTitle->setText(tr("No decision selected."));
        ui->fullTextView->clear();
        m_history->setHistory({});
        return;
    }
    const bool another = entry->meetingId != m_shownMeeting || entry->resolutionUid != m_shownUid;
    m_shownMeeting = entry->meetingId;
    m_shownUid = entry->resolutionUid;
    ui->detailTitle->setText(tr("Meeting № %1 of %2, resolution %3 — %4")
                                 .arg(entry->meetingNumber)
                                 .arg(DecisionRegisterModel::dateText(entry->meetingDate))
                                 .arg(entry->resolutionNumber)
                                 .arg(EnumNames::name(entry->meetingStatus).toLower()));
    QStringList lines {entry->fullText(), QString()};
    if (!entry->councilName.isEmpty())
        lines.append(tr("Council: %1").arg(entry->councilName));
    lines.append(tr("Kind: %1").arg(EnumNames::name(entry->kind)));
    if (!entry->addressee.isEmpty())
        lines.append(tr("Addressee: %1").arg(entry->addressee));
    if (!entry->responsible.isEmpty())
        lines.append(tr("Responsible: %1").arg(entry->responsible.join(u", "_s)));
    const QString deadline = DecisionRegisterModel::deadlineText(*entry);
    if (!deadline.isEmpty())
        lines.append(tr("Deadline: %1").arg(deadline));
    lines.append(tr("Status: %1").arg(DecisionRegisterModel::statusText(*entry, m_model->today())));
    if (entry->isOverdue(m_model->today()))
        lines.append(
            tr("Overdue by %n day(s).", nullptr, int(entry->daysOverdue(m_model->today()))));
    if (!entry->statusNote.isEmpty())
        lines.append(tr("Note: %1").arg(entry->statusNote));
    ui->fullTextView->setPlainText(lines.join(u'\n'));
    m_history->setHistory(entry->history);
    ui->historyView->resizeColumnToContents(DecisionRegisterHistoryModel::DateColumn);
    ui->historyView->resizeColumnToContents(DecisionRegisterHistoryModel::StatusColumn);
    if (another) {
        // A new step starts from where the decision stands.
        ui->followUpCombo->setCurrentIndex(
            std::max(0, ui->followUpCombo->findData(int(entry->followUpStatus))));
        ui->noteEdit->clear();
        ui->followUpDateEdit->setDate(QDate::currentDate());
    }
}

void DecisionRegisterWidget::updateCount()
{
    const QDate today = m_model->today();
    const auto& entries = m_model->entries();
    const auto overdue = std::count_if(entries.cbegin(), entries.cend(),
        [today](const DecisionEntry& entry) { return entry.isOverdue(today); });
    ui->countLabel->setText(tr("%n decision(s) shown", nullptr, int(entries.size()))
        + (overdue > 0 ? tr(", %n overdue", nullptr, int(overdue)) : QString()));
}

void DecisionRegisterWidget::openCurrent()
{
    const QModelIndex current = ui->registerView->currentIndex();
    if (!current.isValid())
        return;
    emit openRequested(current.data(DecisionRegisterModel::MeetingIdRole).toLongLong(),
        current.data(DecisionRegisterModel::PartRole).toString());
}

void DecisionRegisterWidget::recordStep()
{
    const DecisionEntry* entry = currentEntry();
    if (!entry || !m_database)
        return;
    const qint64 meetingId = entry->meetingId;
    const QUuid uid = entry->resolutionUid;
    const QString part = PartPath::resolution(entry->resolutionNumber).toString();
    if (m_beforeWrite && !m_beforeWrite(meetingId))
        return;
    const auto status = FollowUpStatus(ui->followUpCombo->currentData().toInt());
    const auto stored = m_database->lifecycle().setFollowUp(
        meetingId, uid, status, ui->noteEdit->text().trimmed(), {}, ui->followUpDateEdit->date());
    if (!stored) {
        showError(tr("The follow-up was not recorded"), stored.error().message);
        return;
    }
    ui->noteEdit->clear();
    m_shownMeeting = meetingId;
    m_shownUid = uid;
    refresh();
    emit followUpChanged(*stored, part);
}

void DecisionRegisterWidget::clearFilters()
{
    m_updating = true;
    ui->statusCombo->setCurrentIndex(0);
    ui->personEdit->clear();
    ui->councilCombo->setCurrentIndex(0);
    ui->fromCheck->setChecked(false);
    ui->toCheck->setChecked(false);
    ui->wordsEdit->clear();
    m_updating = false;
    refresh();
}

DecisionReport::Heading DecisionRegisterWidget::heading() const
{
    // The report speaks Uzbek, as the protocol does, whatever the interface language.
    const DecisionFilter shown = filter();
    DecisionReport::Heading heading;
    heading.from = shown.from;
    heading.to = shown.to;
    heading.asOf = shown.effectiveToday();
    heading.councilName = shown.councilName;
    if (shown.overdueOnly)
        heading.filters.append(u"Holati: muddati oʻtgan"_s);
    else if (shown.status)
        heading.filters.append(u"Holati: "_s + DecisionReport::statusName(*shown.status).toLower());
    if (!shown.responsible.isEmpty())
        heading.filters.append(u"Masʼul: "_s + shown.responsible);
    if (!shown.text.isEmpty())
        heading.filters.append(u"Matnda: "_s + shown.text);
    const auto& entries = m_model->entries();
    if (heading.councilName.isEmpty() && !entries.isEmpty()) {
        // One council in what is shown: the register is that council's.
        const QString first = entries.first().councilName;
        if (std::all_of(entries.cbegin(), entries.cend(),
                [&first](const DecisionEntry& entry) { return entry.councilName == first; }))
            heading.councilName = first;
    }
    return heading;
}

Status DecisionRegisterWidget::exportTo(const QString& path, ExportKind kind) const
{
    const QList<DecisionEntry> entries = shownEntries();
    const DecisionReport::Heading head = heading();
    Result<QByteArray> bytes = QByteArray();
    switch (kind) {
    case ExportKind::Pdf:
        bytes = DecisionReport::pdf(entries, head);
        break;
    case ExportKind::Odt:
        bytes = DecisionReport::odt(entries, head);
        break;
    case ExportKind::Csv:
        bytes = DecisionReport::csv(entries, head);
        break;
    }
    if (!bytes)
        return bytes.error();
    return OutputFile::write(path, *bytes);
}

void DecisionRegisterWidget::chooseExport(ExportKind kind)
{
    QString suffix;
    QString filter;
    switch (kind) {
    case ExportKind::Pdf:
        suffix = u"pdf"_s;
        filter = tr("PDF (*.pdf)");
        break;
    case ExportKind::Odt:
        suffix = u"odt"_s;
        filter = tr("OpenDocument text (*.odt)");
        break;
    case ExportKind::Csv:
        suffix = u"csv"_s;
        filter = tr("Comma-separated values (*.csv)");
        break;
    }
    const QString suggested = QDir(Preferences::documentsFolder())
                                  .filePath(u"bayon-qarorlar-%1.%2"_s.arg(
                                      QDate::currentDate().toString(Qt::ISODate), suffix));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the register"), suggested, filter);
    if (path.isEmpty())
        return;
    const Status written = exportTo(path, kind);
    if (!written)
        showError(tr("The register was not exported"), written.error().message);
    else
        ui->countLabel->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
}

void DecisionRegisterWidget::setupPrinter(QPrinter& printer) const
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(DecisionReport::title());
}

void DecisionRegisterWidget::paint(QPrinter* printer)
{
    const Status printed = DecisionReport::print(shownEntries(), heading(), *printer);
    if (!printed)
        showError(tr("The register was not printed"), printed.error().message);
}

void DecisionRegisterWidget::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(u"registerPrintPreview"_s);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &DecisionRegisterWidget::paint);
    dialog.exec();
}

void DecisionRegisterWidget::print()
{
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void DecisionRegisterWidget::showError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(u"errorBox"_s);
    box.exec();
}

void DecisionRegisterWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillChoices();
        refresh();
    } else if (event->type() == QEvent::ActivationChange && isWindow() && isActiveWindow()
        && m_database) {
        // Meetings may have changed in the editor meanwhile.
        reloadChoices();
        refresh();
    }
    QWidget::changeEvent(event);
}

void DecisionRegisterWidget::showEvent(QShowEvent* event)
{
    if (isWindow() && !event->spontaneous())
        restoreGeometry(QSettings().value(u"decisionRegister/geometry"_s).toByteArray());
    QWidget::showEvent(event);
    if (m_stale && !event->spontaneous()) {
        reloadChoices();
        refresh();
    }
    // The columns fit the width the window gets once it is laid out.
    QTimer::singleShot(0, this, &DecisionRegisterWidget::fitColumns);
}

void DecisionRegisterWidget::hideEvent(QHideEvent* event)
{
    if (isWindow() && !event->spontaneous())
        QSettings().setValue(u"decisionRegister/geometry"_s, saveGeometry());
    QWidget::hideEvent(event);
}

} // namespace Bayon
