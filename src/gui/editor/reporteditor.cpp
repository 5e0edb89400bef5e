#include "reporteditor.h"

#include "domain/partpath.h"
#include "gui/editing/addremovekpitablecommand.h"
#include "gui/editing/changekpitablecaptioncommand.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editor/bodybinding.h"
#include "gui/editor/models/kpitablemodel.h"
#include "gui/editor/speakerfield.h"
#include "gui/editor/textbinding.h"
#include "gui/widgets/undoshortcutfilter.h"
#include "gui/widgets/validationstyle.h"
#include "text/typingreplacement.h"
#include "ui_reporteditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QHeaderView>

namespace Bayon {

ReportEditor::ReportEditor(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ReportEditor>())
    , m_kpi(new KpiTableModel(this))
{
    ui->setupUi(this);
    ui->reportSplitter->setStretchFactor(0, 1);
    ui->reportSplitter->setStretchFactor(1, 1);
    ui->kpiView->setModel(m_kpi);
    // The indicator takes the room the figures leave.
    QHeaderView* header = ui->kpiView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(KpiTableModel::IndicatorColumn, QHeaderView::Stretch);
    const int character = fontMetrics().averageCharWidth();
    header->resizeSection(KpiTableModel::ValueColumn, character * 10);
    header->resizeSection(KpiTableModel::UnitColumn, character * 10);
    header->resizeSection(KpiTableModel::PeriodColumn, character * 14);
    header->resizeSection(KpiTableModel::ChangeColumn, character * 14);
    header->resizeSection(KpiTableModel::NoteColumn, character * 12);
    ui->kpiView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_speaker = new TextBinding(ui->speakerEdit, this);
    m_lead = new TextBinding(ui->leadEdit, this);
    m_caption = new TextBinding(ui->captionEdit, this);
    m_body = new BodyBinding(ui->bodyEdit, this);

    connect(m_speaker, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        const QList<Person> known = m_known ? m_known() : QList<Person> {};
        pushText(
            ChangeReportCommand::Field::Speaker,
            [&](SpeakerReport& r) { r.speaker = SpeakerField::person(text, known); }, kind);
    });
    connect(m_lead, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        pushText(
            ChangeReportCommand::Field::Lead, [&](SpeakerReport& r) { r.lead = text; }, kind);
    });
    connect(m_body, &BodyBinding::edited, this, [this](const QString& markdown, EditKind kind) {
        pushText(
            ChangeReportCommand::Field::Body, [&](SpeakerReport& r) { r.body = markdown; }, kind);
    });
    connect(m_caption, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        if (m_updating || !m_document || m_kpi->table() < 0)
            return;
        m_document->push(
            new ChangeKpiTableCaptionCommand(m_document, m_reportUid, m_kpi->table(), text, kind));
    });

    using Kind = BodyBinding::BlockKind;
    ui->paragraphButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    ui->headingButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    ui->bulletButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    connect(ui->paragraphButton, &QToolButton::clicked, this,
        [this] { m_body->setBlockKind(Kind::Paragraph); });
    connect(ui->headingButton, &QToolButton::clicked, this,
        [this] { m_body->setBlockKind(Kind::Heading); });
    connect(ui->bulletButton, &QToolButton::clicked, this,
        [this] { m_body->setBlockKind(Kind::Bullet); });
    connect(m_body, &BodyBinding::currentBlockKindChanged, this, [this](Kind kind) {
        ui->paragraphButton->setChecked(kind == Kind::Paragraph);
        ui->headingButton->setChecked(kind == Kind::Heading);
        ui->bulletButton->setChecked(kind == Kind::Bullet);
    });

    connect(ui->tableCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating)
            selectTable(index);
    });
    connect(ui->addTableButton, &QPushButton::clicked, this, &ReportEditor::addTable);
    connect(ui->removeTableButton, &QPushButton::clicked, this, &ReportEditor::removeTable);
    connect(ui->addRowButton, &QPushButton::clicked, this, &ReportEditor::addRow);
    connect(ui->removeRowButton, &QPushButton::clicked, this, &ReportEditor::removeRows);
    connect(ui->pasteButton, &QPushButton::clicked, this, &ReportEditor::pasteKpiRows);

    auto* paste = new QAction(this);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    connect(paste, &QAction::triggered, this, &ReportEditor::pasteKpiRows);
    ui->kpiView->addAction(paste);
    auto* insertRow = new QAction(this);
    insertRow->setShortcut(QKeySequence(Qt::Key_Insert));
    insertRow->setShortcutContext(Qt::WidgetShortcut);
    connect(insertRow, &QAction::triggered, this, &ReportEditor::addRow);
    ui->kpiView->addAction(insertRow);
    auto* deleteRows = new QAction(this);
    deleteRows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    deleteRows->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteRows, &QAction::triggered, this, &ReportEditor::removeRows);
    ui->kpiView->addAction(deleteRows);

    connect(m_kpi, &KpiTableModel::invalidCellsChanged, this, &ReportEditor::updateKpiStatus);
    connect(ui->kpiView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            if (!current.isValid() || !m_document)
                return;
            const auto at = m_document->reportPosition(m_reportUid);
            if (at.isValid())
                emit partFocused(PartPath::report(at.item + 1, at.report + 1).toString());
        });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (!now || !isAncestorOf(now) || !m_document)
            return;
        const auto at = m_document->reportPosition(m_reportUid);
        if (at.isValid())
            emit partFocused(PartPath::report(at.item + 1, at.report + 1).toString());
    });
    setEnabled(false);
}

ReportEditor::~ReportEditor() = default;

void ReportEditor::setUndoFilter(UndoShortcutFilter* filter)
{
    for (QWidget* field :
        {static_cast<QWidget*>(ui->speakerEdit), static_cast<QWidget*>(ui->leadEdit),
            static_cast<QWidget*>(ui->bodyEdit), static_cast<QWidget*>(ui->captionEdit)})
        filter->watch(field);
}

void ReportEditor::setPersonModel(QAbstractItemModel* persons)
{
    auto* completer = new QCompleter(persons, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setModelSorting(QCompleter::UnsortedModel);
    ui->speakerEdit->setCompleter(completer);
}

void ReportEditor::setDocument(MeetingDocument* document)
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_kpi->setDocument(document);
    m_reportUid = QUuid();
    m_kpi->setTable({}, -1);
    if (document) {
        using Doc = MeetingDocument;
        m_connections << connect(document, &Doc::itemChanged, this, [this](const Doc::ListRef& l) {
            if (l.kind == Doc::ListKind::Reports)
                refresh();
            else if (l.kind == Doc::ListKind::KpiTables && l.owner == m_reportUid)
                refreshTables();
        });
        const auto structure = [this](const Doc::ListRef& l) {
            if (l.kind == Doc::ListKind::KpiTables && l.owner == m_reportUid)
                refreshTables();
            if (l.kind == Doc::ListKind::Reports || l.kind == Doc::ListKind::Agenda) {
                if (!m_document->report(m_reportUid))
                    setReport({});
            }
        };
        m_connections << connect(document, &Doc::inserted, this, structure);
        m_connections << connect(document, &Doc::removed, this, structure);
        m_connections << connect(
            document, &Doc::readOnlyChanged, this, &ReportEditor::refreshReadOnly);
        m_connections << connect(document, &Doc::changed, this, [this] {
            if (const auto at = m_document->reportPosition(m_reportUid); at.isValid())
                ValidationStyle::mark(ui->speakerEdit,
                    m_document->issue(PartPath::report(at.item + 1, at.report + 1).toString(),
                        QStringLiteral("speaker")));
        });
    }
    setReport({});
}

void ReportEditor::setReport(const QUuid& reportUid)
{
    m_reportUid = reportUid;
    const bool present = m_document && m_document->report(reportUid);
    setEnabled(present);
    m_updating = true;
    if (!present) {
        m_speaker->setValue({});
        m_lead->setValue({});
        m_body->setValue({});
        m_caption->setValue({});
        ui->tableCombo->clear();
        m_kpi->setTable({}, -1);
    }
    m_updating = false;
    if (present) {
        refresh();
        refreshTables();
    }
    refreshReadOnly();
}

void ReportEditor::refresh()
{
    const SpeakerReport* report = m_document ? m_document->report(m_reportUid) : nullptr;
    if (!report)
        return;
    m_updating = true;
    m_speaker->setValue(SpeakerField::text(report->speaker));
    ui->speakerEdit->setToolTip(report->speaker.isEmpty()
            ? QString()
            : tr("Printed as: %1").arg(report->speaker.printedName()));
    m_lead->setValue(report->lead);
    m_body->setValue(report->body);
    m_updating = false;
}

void ReportEditor::refreshTables()
{
    const SpeakerReport* report = m_document ? m_document->report(m_reportUid) : nullptr;
    m_updating = true;
    const int wanted
        = std::max(0, m_kpi->table() >= 0 ? m_kpi->table() : ui->tableCombo->currentIndex());
    QStringList names;
    if (report) {
        for (int t = 0; t < report->kpiTables.size(); ++t) {
            const QString caption = report->kpiTables.at(t).caption.simplified();
            names.append(QStringLiteral("%1. %2").arg(t + 1).arg(
                caption.isEmpty() ? tr("(no caption)") : caption));
        }
    }
    ui->tableCombo->clear();
    ui->tableCombo->addItems(names);
    const int table = names.isEmpty() ? -1 : std::min<int>(wanted, int(names.size()) - 1);
    ui->tableCombo->setCurrentIndex(table);
    m_updating = false;
    selectTable(table);
}

void ReportEditor::selectTable(int table)
{
    const KpiTable* shown = m_document ? m_document->kpiTable(m_reportUid, table) : nullptr;
    m_kpi->setTable(shown ? m_reportUid : QUuid(), shown ? table : -1);
    m_kpi->setNormalizeApostrophes(TypingReplacement::isEnabled());
    m_updating = true;
    m_caption->setValue(shown ? shown->caption : QString());
    m_updating = false;
    if (ui->tableCombo->currentIndex() != (shown ? table : -1)) {
        m_updating = true;
        ui->tableCombo->setCurrentIndex(shown ? table : -1);
        m_updating = false;
    }
    refreshReadOnly();
    updateKpiStatus();
}

void ReportEditor::refreshReadOnly()
{
    const bool readOnly = !m_document || m_document->isReadOnly();
    const bool hasTable = m_kpi->table() >= 0;
    m_speaker->setReadOnly(readOnly);
    m_lead->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    m_caption->setReadOnly(readOnly || !hasTable);
    ui->paragraphButton->setEnabled(!readOnly);
    ui->headingButton->setEnabled(!readOnly);
    ui->bulletButton->setEnabled(!readOnly);
    ui->addTableButton->setEnabled(!readOnly);
    ui->removeTableButton->setEnabled(!readOnly && hasTable);
    ui->addRowButton->setEnabled(!readOnly && hasTable);
    ui->removeRowButton->setEnabled(!readOnly && hasTable);
    ui->pasteButton->setEnabled(!readOnly && hasTable);
    ui->kpiView->setEditTriggers(readOnly
            ? QAbstractItemView::NoEditTriggers
            : QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
}

void ReportEditor::pushText(ChangeReportCommand::Field field,
    const std::function<void(SpeakerReport&)>& change, EditKind kind)
{
    if (m_updating || !m_document)
        return;
    const SpeakerReport* current = m_document->report(m_reportUid);
    if (!current)
        return;
    SpeakerReport after = *current;
    change(after);
    if (after.speaker == current->speaker && after.lead == current->lead
        && after.body == current->body)
        return;
    m_document->push(new ChangeReportCommand(m_document, m_reportUid, after, field, kind));
}

void ReportEditor::addTable()
{
    const SpeakerReport* report = m_document ? m_document->report(m_reportUid) : nullptr;
    if (!report || m_document->isReadOnly())
        return;
    const int index = int(report->kpiTables.size());
    KpiTable table;
    table.rows.append(KpiRow {});
    m_document->push(
        new AddRemoveKpiTableCommand(m_document, ListAction::Add, m_reportUid, index, table));
    selectTable(index);
    ui->captionEdit->setFocus();
}

void ReportEditor::removeTable()
{
    if (!m_document || m_document->isReadOnly() || m_kpi->table() < 0)
        return;
    m_document->push(
        new AddRemoveKpiTableCommand(m_document, ListAction::Remove, m_reportUid, m_kpi->table()));
}

void ReportEditor::addRow()
{
    if (m_kpi->table() < 0)
        return;
    const QModelIndex current = ui->kpiView->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_kpi->rowCount();
    if (m_kpi->addRow(row)) {
        ui->kpiView->setCurrentIndex(m_kpi->index(row, KpiTableModel::IndicatorColumn));
        ui->kpiView->setFocus();
    }
}

void ReportEditor::removeRows()
{
    const QModelIndexList rows = ui->kpiView->selectionModel()->selectedIndexes();
    int first = m_kpi->rowCount();
    int last = -1;
    for (const QModelIndex& index : rows) {
        first = std::min(first, index.row());
        last = std::max(last, index.row());
    }
    if (last < 0 && ui->kpiView->currentIndex().isValid())
        first = last = ui->kpiView->currentIndex().row();
    if (last >= first)
        m_kpi->removeRowsAt(first, last - first + 1);
}

void ReportEditor::pasteKpiRows()
{
    if (m_kpi->table() < 0)
        return;
    const QString text = QGuiApplication::clipboard()->text();
    const QModelIndex current = ui->kpiView->currentIndex();
    const int row = current.isValid() ? current.row() : m_kpi->rowCount();
    const int column = current.isValid() ? current.column() : 0;
    m_kpi->setNormalizeApostrophes(TypingReplacement::isEnabled());
    m_kpi->paste(row, column, text);
}

void ReportEditor::updateKpiStatus()
{
    const int invalid = m_kpi->invalidCellCount();
    ui->kpiStatusLabel->setText(invalid == 0
            ? QString()
            : tr("Cells that could not be read: %1. They are marked red; "
                 "point at one to see why.")
                  .arg(invalid));
}

void ReportEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_kpi->retranslate();
        if (m_document && m_document->report(m_reportUid))
            refreshTables();
        updateKpiStatus();
    }
    QWidget::changeEvent(event);
}

void ReportEditor::showKpiRow(int row)
{
    const SpeakerReport* report = m_document ? m_document->report(m_reportUid) : nullptr;
    if (!report)
        return;
    int remaining = row - 1;
    for (int t = 0; t < report->kpiTables.size(); ++t) {
        const int size = int(report->kpiTables.at(t).rows.size());
        if (remaining < size) {
            selectTable(t);
            ui->kpiView->setCurrentIndex(m_kpi->index(remaining, 0));
            ui->kpiView->scrollTo(m_kpi->index(remaining, 0));
            ui->kpiView->setFocus();
            return;
        }
        remaining -= size;
    }
}

} // namespace Bayon
