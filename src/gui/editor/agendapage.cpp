#include "agendapage.h"

#include "domain/partpath.h"
#include "gui/editing/addremoveagendaitemcommand.h"
#include "gui/editing/addremovereportcommand.h"
#include "gui/editing/changeagendaitemtitlecommand.h"
#include "gui/editing/changediscussioncommand.h"
#include "gui/editing/changevotecommand.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editor/models/agendamodel.h"
#include "gui/editor/models/reportlistmodel.h"
#include "gui/editor/reporteditor.h"
#include "gui/editor/speakerfield.h"
#include "gui/editor/textbinding.h"
#include "gui/editor/voteeditor.h"
#include "gui/editor/votepreview.h"
#include "gui/widgets/numbereddelegate.h"
#include "gui/widgets/undoshortcutfilter.h"
#include "gui/widgets/validationstyle.h"
#include "text/romannumeral.h"
#include "ui_agendapage.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

namespace Bayon {

AgendaPage::AgendaPage(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AgendaPage>())
    , m_agenda(new AgendaModel(this))
    , m_reports(new ReportListModel(this))
{
    ui->setupUi(this);
    m_votePreviewTimer = new QTimer(this);
    m_votePreviewTimer->setSingleShot(true);
    m_votePreviewTimer->setInterval(150);
    connect(m_votePreviewTimer, &QTimer::timeout, this, [this] {
        if (m_document)
            ui->voteEditor->setPreview(VotePreview::ofAgendaItem(
                m_document->meeting(), m_document->agendaIndex(m_itemUid)));
    });
    ui->agendaSplitter->setStretchFactor(0, 1);
    ui->agendaSplitter->setStretchFactor(1, 4);
    ui->agendaSplitter->setSizes(
        {fontMetrics().averageCharWidth() * 24, fontMetrics().averageCharWidth() * 110});
    ui->agendaView->setModel(m_agenda);
    ui->agendaView->setItemDelegate(new NumberedDelegate(AgendaModel::NumeralRole, this));
    ui->reportCombo->setModel(m_reports);
    ui->reportCombo->setItemDelegate(new NumberedDelegate(ReportListModel::NumeralRole, this));
    ui->reportEditor->setKnownPersons([this] { return knownPersons(); });

    m_title = new TextBinding(ui->titleEdit, this);
    m_participants = new TextBinding(ui->participantsEdit, this);
    m_summary = new TextBinding(ui->summaryEdit, this);

    connect(m_title, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        if (!m_updating && m_document && m_document->agendaIndex(m_itemUid) >= 0)
            m_document->push(new ChangeAgendaItemTitleCommand(m_document, m_itemUid, text, kind));
    });
    const auto pushDiscussion
        = [this](ChangeDiscussionCommand::Field field, const auto& change, EditKind kind) {
              const int index = m_document ? m_document->agendaIndex(m_itemUid) : -1;
              if (m_updating || index < 0)
                  return;
              Discussion discussion = m_document->meeting().agenda.at(index).discussion;
              change(discussion);
              if (discussion == m_document->meeting().agenda.at(index).discussion)
                  return;
              m_document->push(
                  new ChangeDiscussionCommand(m_document, m_itemUid, discussion, field, kind));
          };
    connect(
        m_participants, &TextBinding::edited, this, [=, this](const QString& text, EditKind kind) {
            const QList<Person> known = knownPersons();
            pushDiscussion(
                ChangeDiscussionCommand::Field::Participants,
                [&](Discussion& d) { d.participants = SpeakerField::persons(text, known); }, kind);
        });
    connect(m_summary, &TextBinding::edited, this, [=](const QString& text, EditKind kind) {
        pushDiscussion(
            ChangeDiscussionCommand::Field::Summary, [&](Discussion& d) { d.summary = text; },
            kind);
    });

    connect(ui->voteEditor, &VoteEditor::edited, this, [this](const Vote& vote) {
        if (!m_updating && m_document && m_document->agendaIndex(m_itemUid) >= 0)
            m_document->push(new ChangeVoteCommand(
                m_document, ChangeVoteCommand::Target::AgendaItem, m_itemUid, vote));
    });
    connect(ui->agendaView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            showItem(current.isValid() ? current.data(AgendaModel::UidRole).toUuid() : QUuid());
            if (current.isValid())
                emit partFocused(PartPath::agenda(current.row() + 1).toString());
        });
    connect(ui->reportCombo, &QComboBox::currentIndexChanged, this, [this](int row) {
        const QModelIndex current = m_reports->index(row, 0);
        ui->reportEditor->setReport(
            current.isValid() ? current.data(ReportListModel::UidRole).toUuid() : QUuid());
    });
    connect(ui->reportEditor, &ReportEditor::partFocused, this, &AgendaPage::partFocused);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (!now || !m_document
            || (now != ui->titleEdit && !ui->discussionTab->isAncestorOf(now)
                && !ui->voteTab->isAncestorOf(now)))
            return;
        const int index = m_document->agendaIndex(m_itemUid);
        if (index >= 0)
            emit partFocused(PartPath::agenda(index + 1).toString());
    });

    connect(ui->addItemButton, &QPushButton::clicked, this, &AgendaPage::addItem);
    connect(ui->removeItemButton, &QPushButton::clicked, this, &AgendaPage::removeItem);
    connect(ui->moveUpButton, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(ui->moveDownButton, &QPushButton::clicked, this, [this] { moveItem(+1); });
    connect(ui->addReportButton, &QPushButton::clicked, this, &AgendaPage::addReport);
    connect(ui->removeReportButton, &QPushButton::clicked, this, &AgendaPage::removeReport);

    const auto addViewAction = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        ui->agendaView->addAction(action);
    };
    addViewAction(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveItem(-1); });
    addViewAction(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveItem(+1); });
    addViewAction(QKeySequence(Qt::Key_Insert), [this] { addItem(); });
    addViewAction(QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeItem(); });
    ui->agendaView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(ui->agendaView, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex item = ui->agendaView->indexAt(at);
        if (!item.isValid() || m_itemActions.isEmpty())
            return;
        ui->agendaView->setCurrentIndex(item);
        QMenu menu(this);
        menu.addActions(m_itemActions);
        menu.exec(ui->agendaView->viewport()->mapToGlobal(at));
    });
    setEnabled(false);
}

AgendaPage::~AgendaPage() = default;

int AgendaPage::currentItemIndex() const
{
    return m_document ? m_document->agendaIndex(m_itemUid) : -1;
}

void AgendaPage::addItemAction(QAction* action)
{
    m_itemActions.append(action);
}

ReportEditor* AgendaPage::reportEditor() const
{
    return ui->reportEditor;
}

void AgendaPage::setUndoFilter(UndoShortcutFilter* filter)
{
    for (QWidget* field : {static_cast<QWidget*>(ui->titleEdit),
             static_cast<QWidget*>(ui->participantsEdit), static_cast<QWidget*>(ui->summaryEdit)})
        filter->watch(field);
    ui->reportEditor->setUndoFilter(filter);
    ui->voteEditor->setUndoFilter(filter);
}

void AgendaPage::setPersonModel(QAbstractItemModel* persons)
{
    ui->reportEditor->setPersonModel(persons);
}

QList<Person> AgendaPage::knownPersons() const
{
    QList<Person> known;
    if (!m_document)
        return known;
    const Meeting& m = m_document->meeting();
    for (const Attendance& a : m.attendance)
        known.append(a.person);
    known.append(m.chair);
    known.append(m.secretary);
    return known;
}

void AgendaPage::setDocument(MeetingDocument* document)
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_itemUid = QUuid();
    m_agenda->setDocument(document);
    m_reports->setDocument(document);
    ui->reportEditor->setDocument(document);
    setEnabled(document != nullptr);
    if (document) {
        using Doc = MeetingDocument;
        m_connections << connect(
            document, &Doc::itemChanged, this, [this](const Doc::ListRef& l, int index) {
                if (l.kind == Doc::ListKind::Agenda && m_document->agendaIndex(m_itemUid) == index)
                    refreshItem();
            });
        m_connections << connect(document, &Doc::moved, this, [this](const Doc::ListRef& l) {
            if (l.kind == Doc::ListKind::Agenda)
                refreshItem();
        });
        m_connections << connect(document, &Doc::inserted, this, [this](const Doc::ListRef& l) {
            if (l.kind == Doc::ListKind::Agenda)
                refreshItem();
        });
        m_connections << connect(document, &Doc::removed, this, [this](const Doc::ListRef& l) {
            if (l.kind == Doc::ListKind::Agenda)
                refreshItem();
        });
        m_connections << connect(
            document, &Doc::readOnlyChanged, this, &AgendaPage::refreshReadOnly);
        m_connections << connect(document, &Doc::changed, this, [this] {
            const int index = m_document->agendaIndex(m_itemUid);
            if (index >= 0)
                ValidationStyle::mark(ui->titleEdit,
                    m_document->issue(
                        PartPath::agenda(index + 1).toString(), QStringLiteral("title")));
        });
        // The attendance (who can vote) and the validator's verdict change with any edit.
        m_connections << connect(document, &Doc::changed, this, &AgendaPage::refreshVote);
        if (m_agenda->rowCount() > 0)
            ui->agendaView->setCurrentIndex(m_agenda->index(0, 0));
    }
    showItem(ui->agendaView->currentIndex().isValid()
            ? ui->agendaView->currentIndex().data(AgendaModel::UidRole).toUuid()
            : QUuid());
}

void AgendaPage::showItem(const QUuid& itemUid)
{
    m_itemUid = itemUid;
    m_reports->setAgendaItem(itemUid);
    refreshItem();
    selectReport(m_reports->rowCount() > 0 ? 0 : -1);
}

void AgendaPage::selectReport(int row)
{
    if (row >= 0 && row < m_reports->rowCount()) {
        ui->reportCombo->setCurrentIndex(row);
        ui->reportEditor->setReport(
            m_reports->index(row, 0).data(ReportListModel::UidRole).toUuid());
    } else {
        ui->reportEditor->setReport({});
    }
}

void AgendaPage::refreshItem()
{
    const int index = m_document ? m_document->agendaIndex(m_itemUid) : -1;
    m_updating = true;
    if (index < 0) {
        ui->numeralLabel->clear();
        m_title->setValue({});
        m_participants->setValue({});
        m_summary->setValue({});
    } else {
        const AgendaItem& item = m_document->meeting().agenda.at(index);
        ui->numeralLabel->setText(RomanNumeral::fromInt(index + 1) + u'.');
        m_title->setValue(item.title);
        // "A.Karimov, " is still being typed: what it says is what is stored, leave it be.
        if (SpeakerField::persons(m_participants->value(), knownPersons())
            != item.discussion.participants)
            m_participants->setValue(SpeakerField::listText(item.discussion.participants));
        m_summary->setValue(item.discussion.summary);
    }
    m_updating = false;
    ui->itemPanel->setEnabled(index >= 0);
    refreshVote();
    refreshReadOnly();
}

void AgendaPage::refreshVote()
{
    const int index = m_document ? m_document->agendaIndex(m_itemUid) : -1;
    const bool wasUpdating = std::exchange(m_updating, true);
    ui->voteEditor->setMembers(
        m_document ? VoteEditor::presentMembers(m_document->meeting()) : QList<Person>());
    ui->voteEditor->setVote(index >= 0 ? m_document->meeting().agenda.at(index).vote : Vote {});
    ui->voteEditor->setMessage(index >= 0
            ? m_document->issue(PartPath::agenda(index + 1).toString(), QStringLiteral("vote"))
            : QString());
    m_votePreviewTimer->start();
    m_updating = wasUpdating;
}

void AgendaPage::refreshReadOnly()
{
    const bool readOnly = !m_document || m_document->isReadOnly();
    const bool hasItem = m_document && m_document->agendaIndex(m_itemUid) >= 0;
    m_title->setReadOnly(readOnly);
    m_participants->setReadOnly(readOnly);
    m_summary->setReadOnly(readOnly);
    ui->addItemButton->setEnabled(!readOnly);
    ui->removeItemButton->setEnabled(!readOnly && hasItem);
    ui->moveUpButton->setEnabled(!readOnly && hasItem);
    ui->moveDownButton->setEnabled(!readOnly && hasItem);
    ui->addReportButton->setEnabled(!readOnly && hasItem);
    ui->removeReportButton->setEnabled(!readOnly && hasItem);
    ui->agendaView->setDragEnabled(!readOnly);
    ui->voteEditor->setReadOnly(readOnly);
}

void AgendaPage::addItem()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QModelIndex current = ui->agendaView->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_agenda->rowCount();
    m_document->push(
        new AddRemoveAgendaItemCommand(m_document, ListAction::Add, row, AgendaItem {}));
    ui->agendaView->setCurrentIndex(m_agenda->index(row, 0));
    ui->titleEdit->setFocus();
}

void AgendaPage::removeItem()
{
    const QModelIndex current = ui->agendaView->currentIndex();
    if (!m_document || m_document->isReadOnly() || !current.isValid())
        return;
    m_document->push(new AddRemoveAgendaItemCommand(m_document, ListAction::Remove, current.row()));
}

void AgendaPage::moveItem(int delta)
{
    const QModelIndex current = ui->agendaView->currentIndex();
    if (!current.isValid())
        return;
    m_agenda->move(current.row(), current.row() + delta);
}

void AgendaPage::addReport()
{
    if (!m_document || m_document->isReadOnly() || m_document->agendaIndex(m_itemUid) < 0)
        return;
    const int row = m_reports->rowCount();
    m_document->push(
        new AddRemoveReportCommand(m_document, ListAction::Add, m_itemUid, row, SpeakerReport {}));
    selectReport(row);
    ui->itemTabs->setCurrentWidget(ui->reportsTab);
    ui->reportEditor->findChild<QWidget*>(QStringLiteral("speakerEdit"))->setFocus();
}

void AgendaPage::removeReport()
{
    const int current = ui->reportCombo->currentIndex();
    if (!m_document || m_document->isReadOnly() || current < 0)
        return;
    m_document->push(
        new AddRemoveReportCommand(m_document, ListAction::Remove, m_itemUid, current));
    selectReport(std::min(current, m_reports->rowCount() - 1));
}

void AgendaPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_agenda->retranslate();
        m_reports->retranslate();
        refreshItem();
    }
    QWidget::changeEvent(event);
}

void AgendaPage::showPart(const PartPath& part)
{
    if (part.kind != PartKind::Agenda && part.kind != PartKind::Report
        && part.kind != PartKind::Kpi)
        return;
    const int item = part.numbers.at(0) - 1;
    if (item < 0 || item >= m_agenda->rowCount())
        return;
    ui->agendaView->setCurrentIndex(m_agenda->index(item, 0));
    if (part.kind == PartKind::Agenda) {
        ui->titleEdit->setFocus();
        return;
    }
    ui->itemTabs->setCurrentWidget(ui->reportsTab);
    selectReport(part.numbers.at(1) - 1);
    if (part.kind == PartKind::Kpi)
        ui->reportEditor->showKpiRow(part.numbers.at(2));
}

} // namespace Bayon
