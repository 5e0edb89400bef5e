#include "appendicespage.h"

#include "domain/partpath.h"
#include "gui/editing/addremoveappendixcommand.h"
#include "gui/editing/changeappendixcommand.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/moveappendixcommand.h"
#include "gui/editor/appendixnumbers.h"
#include "gui/editor/textbinding.h"
#include "gui/widgets/undoshortcutfilter.h"
#include "gui/widgets/validationstyle.h"
#include "ui_appendicespage.h"

namespace Bayon {

AppendicesPage::AppendicesPage(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AppendicesPage>())
{
    ui->setupUi(this);
    m_title = new TextBinding(ui->appendixTitleEdit, this);
    m_body = new TextBinding(ui->appendixBodyEdit, this);
    const auto edited = [this](ChangeAppendixCommand::Field field) {
        return [this, field](const QString& text, EditKind kind) {
            const int index = currentAppendix();
            if (m_updating || !m_document || index < 0)
                return;
            Appendix appendix = m_document->meeting().appendices.at(index);
            (field == ChangeAppendixCommand::Field::Title ? appendix.title : appendix.body) = text;
            if (appendix == m_document->meeting().appendices.at(index))
                return;
            m_document->push(new ChangeAppendixCommand(m_document, field, appendix, kind));
        };
    };
    connect(m_title, &TextBinding::edited, this, edited(ChangeAppendixCommand::Field::Title));
    connect(m_body, &TextBinding::edited, this, edited(ChangeAppendixCommand::Field::Body));
    connect(ui->appendixList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating)
            return;
        refreshEditors();
        refreshReadOnly();
        if (row >= 0)
            emit partFocused(PartPath::appendix(row + 1).toString());
    });
    connect(ui->addAppendixButton, &QPushButton::clicked, this, &AppendicesPage::addAppendix);
    connect(ui->removeAppendixButton, &QPushButton::clicked, this, &AppendicesPage::removeAppendix);
    connect(ui->moveAppendixUpButton, &QPushButton::clicked, this, [this] { moveAppendix(-1); });
    connect(ui->moveAppendixDownButton, &QPushButton::clicked, this, [this] { moveAppendix(1); });
    setEnabled(false);
}

AppendicesPage::~AppendicesPage() = default;

void AppendicesPage::setUndoFilter(UndoShortcutFilter* filter)
{
    filter->watch(ui->appendixTitleEdit);
    filter->watch(ui->appendixBodyEdit);
}

void AppendicesPage::setDocument(MeetingDocument* document)
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    setEnabled(document != nullptr);
    m_updating = true;
    ui->appendixList->clear();
    m_updating = false;
    if (!document) {
        refreshEditors();
        return;
    }
    m_connections << connect(document, &MeetingDocument::changed, this, &AppendicesPage::refresh);
    m_connections << connect(
        document, &MeetingDocument::readOnlyChanged, this, &AppendicesPage::refreshReadOnly);
    // A new, moved or restored document becomes the one edited.
    const auto follow = [this](const MeetingDocument::ListRef& list, int, int to) {
        if (list.kind == MeetingDocument::ListKind::Appendices)
            m_pendingRow = to;
    };
    m_connections << connect(document, &MeetingDocument::inserted, this, follow);
    m_connections << connect(document, &MeetingDocument::moved, this, follow);
    refresh();
    if (ui->appendixList->count() > 0)
        ui->appendixList->setCurrentRow(0);
}

void AppendicesPage::showPart(const PartPath& part)
{
    const int row = part.kind == PartKind::Appendix ? part.numbers.at(0) - 1 : -1;
    if (row >= 0 && row < ui->appendixList->count())
        ui->appendixList->setCurrentRow(row);
    ui->appendixTitleEdit->setFocus();
}

int AppendicesPage::currentAppendix() const
{
    const int row = ui->appendixList->currentRow();
    return m_document && row >= 0 && row < m_document->meeting().appendices.size() ? row : -1;
}

void AppendicesPage::refresh()
{
    if (!m_document)
        return;
    m_stale = !isVisible();
    if (m_stale)
        return;
    const Meeting& meeting = m_document->meeting();
    const QList<int> numbers = AppendixNumbers::of(meeting);
    QStringList lines;
    for (int i = 0; i < meeting.appendices.size(); ++i) {
        const int number = numbers.value(i) > 0 ? numbers.value(i) : i + 1;
        const QString title = meeting.appendices.at(i).title.simplified();
        lines.append(
            tr("%1-ilova — %2").arg(number).arg(title.isEmpty() ? tr("(no title)") : title));
    }
    m_updating = true;
    int row = m_pendingRow >= 0 ? m_pendingRow : ui->appendixList->currentRow();
    m_pendingRow = -1;
    if (ui->appendixList->count() != lines.size()) {
        ui->appendixList->clear();
        ui->appendixList->addItems(lines);
    } else {
        for (int i = 0; i < lines.size(); ++i) {
            if (ui->appendixList->item(i)->text() != lines.at(i))
                ui->appendixList->item(i)->setText(lines.at(i));
        }
    }
    for (int i = 0; i < meeting.appendices.size(); ++i) {
        const QString problem
            = m_document->issue(PartPath::appendix(i + 1).toString(), QStringLiteral("title"));
        QListWidgetItem* item = ui->appendixList->item(i);
        item->setToolTip(problem);
        item->setForeground(problem.isEmpty()
                ? QBrush()
                : ValidationStyle::brush(Qt::ForegroundRole).value<QBrush>());
    }
    row = std::min(row, int(lines.size()) - 1);
    if (row < 0 && !lines.isEmpty())
        row = 0;
    ui->appendixList->setCurrentRow(row);
    m_updating = false;

    const QString field = QStringLiteral("appendices");
    const QString warning = m_document->issue(PartPath::meeting().toString(), field);
    ui->appendicesWarningLabel->setText(
        warning.isEmpty() ? QString() : tr("Warning: %1").arg(warning));
    ui->appendicesWarningLabel->setVisible(!warning.isEmpty());
    if (m_document->issueIsWarning(PartPath::meeting().toString(), field))
        ValidationStyle::markWarning(ui->appendicesWarningLabel, warning);
    else
        ValidationStyle::mark(ui->appendicesWarningLabel, warning);
    refreshEditors();
    refreshReadOnly();
}

void AppendicesPage::refreshEditors()
{
    const int index = currentAppendix();
    m_updating = true;
    if (index >= 0) {
        const Appendix& appendix = m_document->meeting().appendices.at(index);
        m_title->setValue(appendix.title);
        m_body->setValue(appendix.body);
        ValidationStyle::mark(ui->appendixTitleEdit,
            m_document->issue(PartPath::appendix(index + 1).toString(), QStringLiteral("title")));
    } else {
        m_title->setValue(QString());
        m_body->setValue(QString());
        ValidationStyle::mark(ui->appendixTitleEdit, QString());
    }
    m_updating = false;
}

void AppendicesPage::refreshReadOnly()
{
    const bool readOnly = !m_document || m_document->isReadOnly();
    const int index = currentAppendix();
    const int count = m_document ? int(m_document->meeting().appendices.size()) : 0;
    ui->addAppendixButton->setEnabled(!readOnly);
    ui->removeAppendixButton->setEnabled(!readOnly && index >= 0);
    ui->moveAppendixUpButton->setEnabled(!readOnly && index > 0);
    ui->moveAppendixDownButton->setEnabled(!readOnly && index >= 0 && index + 1 < count);
    m_title->setReadOnly(readOnly || index < 0);
    m_body->setReadOnly(readOnly || index < 0);
}

void AppendicesPage::addAppendix()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const int index = currentAppendix() >= 0 ? currentAppendix() + 1
                                             : int(m_document->meeting().appendices.size());
    m_document->push(new AddRemoveAppendixCommand(m_document, ListAction::Add, index));
    ui->appendixTitleEdit->setFocus();
}

void AppendicesPage::removeAppendix()
{
    const int index = currentAppendix();
    if (!m_document || m_document->isReadOnly() || index < 0)
        return;
    m_document->push(new AddRemoveAppendixCommand(m_document, ListAction::Remove, index));
}

void AppendicesPage::moveAppendix(int by)
{
    const int index = currentAppendix();
    const int to = index + by;
    if (!m_document || m_document->isReadOnly() || index < 0 || to < 0
        || to >= m_document->meeting().appendices.size())
        return;
    m_document->push(new MoveAppendixCommand(m_document, index, to));
}

void AppendicesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void AppendicesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace Bayon
