#include "resolutionspage.h"

#include "domain/partpath.h"
#include "gui/editing/addremoveresolutioncommand.h"
#include "gui/editing/changevotecommand.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editor/models/resolutionmodel.h"
#include "gui/editor/textbinding.h"
#include "gui/editor/voteeditor.h"
#include "gui/editor/votepreview.h"
#include "gui/widgets/enumnames.h"
#include "gui/widgets/undoshortcutfilter.h"
#include "gui/widgets/validationstyle.h"
#include "text/romannumeral.h"
#include "ui_resolutionspage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>

namespace Bayon {

namespace {

QStringList subPointsOf(const QString& text)
{
    QStringList points;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            points.append(line.trimmed());
    }
    return points;
}

QStringList namesOf(const QString& text)
{
    QStringList names;
    for (const QString& piece : text.split(u',')) {
        if (!piece.trimmed().isEmpty())
            names.append(piece.trimmed());
    }
    return names;
}

} // namespace

ResolutionsPage::ResolutionsPage(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ResolutionsPage>())
    , m_model(new ResolutionModel(this))
{
    ui->setupUi(this);
    m_votePreviewTimer = new QTimer(this);
    m_votePreviewTimer->setSingleShot(true);
    m_votePreviewTimer->setInterval(150);
    connect(m_votePreviewTimer, &QTimer::timeout, this, [this] {
        if (m_document)
            ui->voteEditor->setPreview(VotePreview::ofResolution(
                m_document->meeting(), m_document->resolutionIndex(m_uid)));
    });
    ui->resolutionsSplitter->setStretchFactor(0, 2);
    ui->resolutionsSplitter->setStretchFactor(1, 3);
    ui->resolutionsView->setModel(m_model);
    QHeaderView* header = ui->resolutionsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ResolutionModel::TextColumn, QHeaderView::Stretch);
    // The text gets what the others leave; they get what their usual content needs.
    const int character = fontMetrics().averageCharWidth();
    header->resizeSection(ResolutionModel::KindColumn, character * 16);
    header->resizeSection(ResolutionModel::AddresseeColumn, character * 18);
    header->resizeSection(ResolutionModel::ResponsibleColumn, character * 14);
    header->resizeSection(ResolutionModel::DeadlineColumn, character * 16);
    header->resizeSection(ResolutionModel::FollowUpColumn, character * 12);
    ui->resolutionsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    EnumNames::fill<ResolutionKind>(ui->kindCombo);
    EnumNames::fill<DeadlineKind>(ui->deadlineCombo);
    EnumNames::fill<FollowUpStatus>(ui->followUpCombo);

    m_text = new TextBinding(ui->textEdit, this);
    m_subPoints = new TextBinding(ui->subPointsEdit, this);
    m_addressee = new TextBinding(ui->addresseeEdit, this);
    m_responsible = new TextBinding(ui->responsibleEdit, this);
    m_statusNote = new TextBinding(ui->statusNoteEdit, this);
    using Field = ChangeResolutionCommand::Field;
    connect(m_text, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        push(
            Field::Text, [&](Resolution& r) { r.text = text; }, kind);
    });
    connect(m_subPoints, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        push(
            Field::SubPoints, [&](Resolution& r) { r.subPoints = subPointsOf(text); }, kind);
    });
    connect(m_addressee, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        push(
            Field::Addressee, [&](Resolution& r) { r.addressee = text; }, kind);
    });
    connect(m_responsible, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        push(
            Field::Responsible, [&](Resolution& r) { r.responsible = namesOf(text); }, kind);
    });
    connect(m_statusNote, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        push(
            Field::StatusNote, [&](Resolution& r) { r.statusNote = text; }, kind);
    });
    connect(ui->kindCombo, &QComboBox::activated, this, [this] {
        const auto kind = ResolutionKind(ui->kindCombo->currentData().toInt());
        push(
            Field::Kind, [&](Resolution& r) { r.kind = kind; }, EditKind::Single);
    });
    connect(ui->followUpCombo, &QComboBox::activated, this, [this] {
        const auto status = FollowUpStatus(ui->followUpCombo->currentData().toInt());
        push(
            Field::FollowUp, [&](Resolution& r) { r.followUpStatus = status; }, EditKind::Single);
    });
    connect(ui->deadlineCombo, &QComboBox::activated, this, [this] {
        const auto kind = DeadlineKind(ui->deadlineCombo->currentData().toInt());
        push(
            Field::Deadline,
            [&](Resolution& r) {
                r.deadline.kind = kind;
                r.deadline.date
                    = kind == DeadlineKind::Date ? ui->deadlineDateEdit->date() : QDate();
            },
            EditKind::Single);
    });
    connect(ui->deadlineDateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        push(
            Field::Deadline, [&](Resolution& r) { r.deadline = Deadline::on(date); },
            EditKind::Typing);
    });
    connect(ui->agendaItemCombo, &QComboBox::activated, this, [this] {
        const QUuid item = ui->agendaItemCombo->currentData().toUuid();
        push(
            Field::AgendaItem, [&](Resolution& r) { r.agendaItemUid = item; }, EditKind::Single);
    });

    connect(ui->voteEditor, &VoteEditor::edited, this, [this](const Vote& vote) {
        if (!m_updating && current())
            m_document->push(new ChangeVoteCommand(
                m_document, ChangeVoteCommand::Target::Resolution, m_uid, vote));
    });
    connect(ui->resolutionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            showResolution(
                current.isValid() ? current.data(ResolutionModel::UidRole).toUuid() : QUuid());
            if (current.isValid())
                emit partFocused(PartPath::resolution(current.row() + 1).toString());
        });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (!now || !m_document || !ui->editorGroup->isAncestorOf(now))
            return;
        const int index = m_document->resolutionIndex(m_uid);
        if (index >= 0)
            emit partFocused(PartPath::resolution(index + 1).toString());
    });
    connect(ui->addResolutionButton, &QPushButton::clicked, this, &ResolutionsPage::addResolution);
    connect(ui->removeResolutionButton, &QPushButton::clicked, this,
        &ResolutionsPage::removeResolution);
    connect(ui->moveUpButton, &QPushButton::clicked, this, [this] { moveResolution(-1); });
    connect(ui->moveDownButton, &QPushButton::clicked, this, [this] { moveResolution(+1); });
    const auto addViewAction = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        ui->resolutionsView->addAction(action);
    };
    addViewAction(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveResolution(-1); });
    addViewAction(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveResolution(+1); });
    addViewAction(QKeySequence(Qt::Key_Insert), [this] { addResolution(); });
    addViewAction(QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeResolution(); });
    setEnabled(false);
}

ResolutionsPage::~ResolutionsPage() = default;

void ResolutionsPage::setUndoFilter(UndoShortcutFilter* filter)
{
    for (QWidget* field :
        {static_cast<QWidget*>(ui->textEdit), static_cast<QWidget*>(ui->subPointsEdit),
            static_cast<QWidget*>(ui->addresseeEdit), static_cast<QWidget*>(ui->responsibleEdit),
            static_cast<QWidget*>(ui->statusNoteEdit), static_cast<QWidget*>(ui->deadlineDateEdit)})
        filter->watch(field);
    ui->voteEditor->setUndoFilter(filter);
}

void ResolutionsPage::setDocument(MeetingDocument* document)
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_uid = QUuid();
    m_model->setDocument(document);
    setEnabled(document != nullptr);
    if (document) {
        using Doc = MeetingDocument;
        m_connections << connect(
            document, &Doc::itemChanged, this, [this](const Doc::ListRef& l, int index) {
                if (l.kind == Doc::ListKind::Resolutions
                    && m_document->resolutionIndex(m_uid) == index)
                    refresh();
                if (l.kind == Doc::ListKind::Agenda)
                    refreshAgendaItems();
            });
        const auto structure = [this](const Doc::ListRef& l) {
            if (l.kind == Doc::ListKind::Agenda)
                refreshAgendaItems();
            if (l.kind == Doc::ListKind::Resolutions)
                refresh();
        };
        m_connections << connect(document, &Doc::inserted, this, structure);
        m_connections << connect(document, &Doc::removed, this, structure);
        m_connections << connect(document, &Doc::moved, this, structure);
        m_connections << connect(
            document, &Doc::readOnlyChanged, this, &ResolutionsPage::refreshReadOnly);
        // The attendance (who can vote) and the validator's verdict change with any edit.
        m_connections << connect(document, &Doc::changed, this, &ResolutionsPage::refreshVote);
        if (m_model->rowCount() > 0)
            ui->resolutionsView->setCurrentIndex(m_model->index(0, ResolutionModel::TextColumn));
    }
    const QModelIndex current = ui->resolutionsView->currentIndex();
    showResolution(current.isValid() ? current.data(ResolutionModel::UidRole).toUuid() : QUuid());
}

const Resolution* ResolutionsPage::current() const
{
    const int index = m_document ? m_document->resolutionIndex(m_uid) : -1;
    return index >= 0 ? &m_document->meeting().resolutions.at(index) : nullptr;
}

void ResolutionsPage::showResolution(const QUuid& uid)
{
    m_uid = uid;
    refreshAgendaItems();
    refresh();
}

void ResolutionsPage::refreshAgendaItems()
{
    m_updating = true;
    ui->agendaItemCombo->clear();
    ui->agendaItemCombo->addItem(tr("(the meeting as a whole)"), QUuid());
    if (m_document) {
        const auto& agenda = m_document->meeting().agenda;
        for (int i = 0; i < agenda.size(); ++i)
            ui->agendaItemCombo->addItem(
                RomanNumeral::fromInt(i + 1) + u". " + agenda.at(i).title.simplified(),
                agenda.at(i).uid);
    }
    if (const Resolution* r = current())
        ui->agendaItemCombo->setCurrentIndex(
            std::max(0, ui->agendaItemCombo->findData(r->agendaItemUid)));
    m_updating = false;
}

void ResolutionsPage::refresh()
{
    const Resolution* r = current();
    m_updating = true;
    const int index = m_document ? m_document->resolutionIndex(m_uid) : -1;
    ui->editorGroup->setTitle(index >= 0 ? tr("Resolution %1").arg(index + 1) : tr("Resolution"));
    ui->editorGroup->setEnabled(r != nullptr);
    const Resolution shown = r ? *r : Resolution {};
    m_text->setValue(shown.text);
    if (subPointsOf(m_subPoints->value()) != shown.subPoints)
        m_subPoints->setValue(shown.subPoints.join(u'\n'));
    m_addressee->setValue(shown.addressee);
    if (namesOf(m_responsible->value()) != shown.responsible)
        m_responsible->setValue(shown.responsible.join(QStringLiteral(", ")));
    m_statusNote->setValue(shown.statusNote);
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(int(shown.kind)));
    ui->followUpCombo->setCurrentIndex(ui->followUpCombo->findData(int(shown.followUpStatus)));
    ui->deadlineCombo->setCurrentIndex(ui->deadlineCombo->findData(int(shown.deadline.kind)));
    const QDate date = shown.deadline.date.isValid() ? shown.deadline.date : QDate::currentDate();
    if (ui->deadlineDateEdit->date() != date)
        ui->deadlineDateEdit->setDate(date);
    ui->deadlineDateEdit->setVisible(shown.deadline.kind == DeadlineKind::Date);
    ui->agendaItemCombo->setCurrentIndex(
        std::max(0, ui->agendaItemCombo->findData(shown.agendaItemUid)));
    m_updating = false;
    refreshVote();
    if (index >= 0) {
        const QString part = PartPath::resolution(index + 1).toString();
        ValidationStyle::mark(ui->textEdit, m_document->issue(part, QStringLiteral("text")));
        ValidationStyle::mark(
            ui->deadlineCombo, m_document->issue(part, QStringLiteral("deadline")));
        ValidationStyle::mark(
            ui->agendaItemCombo, m_document->issue(part, QStringLiteral("agendaItem")));
        const bool followUp = shown.needsFollowUp();
        ValidationStyle::mark(ui->responsibleEdit,
            followUp && shown.responsible.isEmpty()
                ? tr("An instruction or a recommendation needs someone responsible.")
                : QString());
    }
    refreshReadOnly();
}

void ResolutionsPage::refreshVote()
{
    const Resolution* r = current();
    const bool wasUpdating = std::exchange(m_updating, true);
    ui->voteEditor->setMembers(
        m_document ? VoteEditor::presentMembers(m_document->meeting()) : QList<Person>());
    ui->voteEditor->setVote(r ? r->vote : Vote {});
    const int index = m_document ? m_document->resolutionIndex(m_uid) : -1;
    ui->voteEditor->setMessage(index >= 0
            ? m_document->issue(PartPath::resolution(index + 1).toString(), QStringLiteral("vote"))
            : QString());
    m_votePreviewTimer->start();
    m_updating = wasUpdating;
}

void ResolutionsPage::refreshReadOnly()
{
    const bool readOnly = !m_document || m_document->isReadOnly();
    const bool has = current() != nullptr;
    for (TextBinding* binding : {m_text, m_subPoints, m_addressee, m_responsible, m_statusNote})
        binding->setReadOnly(readOnly);
    ui->kindCombo->setEnabled(!readOnly);
    ui->deadlineCombo->setEnabled(!readOnly);
    ui->deadlineDateEdit->setReadOnly(readOnly);
    ui->followUpCombo->setEnabled(!readOnly);
    ui->agendaItemCombo->setEnabled(!readOnly);
    ui->voteEditor->setReadOnly(readOnly);
    ui->addResolutionButton->setEnabled(!readOnly);
    ui->removeResolutionButton->setEnabled(!readOnly && has);
    ui->moveUpButton->setEnabled(!readOnly && has);
    ui->moveDownButton->setEnabled(!readOnly && has);
    ui->resolutionsView->setDragEnabled(!readOnly);
}

void ResolutionsPage::push(ChangeResolutionCommand::Field field,
    const std::function<void(Resolution&)>& change, EditKind kind)
{
    const Resolution* r = current();
    if (m_updating || !r)
        return;
    Resolution after = *r;
    change(after);
    if (after == *r)
        return;
    m_document->push(new ChangeResolutionCommand(m_document, m_uid, after, field, kind));
}

void ResolutionsPage::addResolution()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QModelIndex at = ui->resolutionsView->currentIndex();
    const int row = at.isValid() ? at.row() + 1 : m_model->rowCount();
    Resolution resolution;
    // A new resolution most often decides on the last agenda item.
    if (!m_document->meeting().agenda.isEmpty())
        resolution.agendaItemUid = m_document->meeting().agenda.last().uid;
    if (const Resolution* previous = current())
        resolution.agendaItemUid = previous->agendaItemUid;
    m_document->push(new AddRemoveResolutionCommand(m_document, ListAction::Add, row, resolution));
    ui->resolutionsView->setCurrentIndex(m_model->index(row, ResolutionModel::TextColumn));
    ui->textEdit->setFocus();
}

void ResolutionsPage::removeResolution()
{
    const QModelIndex at = ui->resolutionsView->currentIndex();
    if (!m_document || m_document->isReadOnly() || !at.isValid())
        return;
    m_document->push(new AddRemoveResolutionCommand(m_document, ListAction::Remove, at.row()));
}

void ResolutionsPage::moveResolution(int delta)
{
    const QModelIndex at = ui->resolutionsView->currentIndex();
    if (at.isValid())
        m_model->move(at.row(), at.row() + delta);
}

void ResolutionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_updating = true;
        EnumNames::fill<ResolutionKind>(ui->kindCombo);
        EnumNames::fill<DeadlineKind>(ui->deadlineCombo);
        EnumNames::fill<FollowUpStatus>(ui->followUpCombo);
        m_updating = false;
        m_model->retranslate();
        refreshAgendaItems();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ResolutionsPage::showPart(const PartPath& part)
{
    const int row = part.kind == PartKind::Resolution ? part.numbers.at(0) - 1 : -1;
    if (row < 0 || row >= m_model->rowCount())
        return;
    ui->resolutionsView->setCurrentIndex(m_model->index(row, ResolutionModel::TextColumn));
    ui->resolutionsView->scrollTo(m_model->index(row, 0));
    ui->textEdit->setFocus();
}

} // namespace Bayon
