#include "meetingeditor.h"

#include "domain/partpath.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editor/agendapage.h"
#include "gui/editor/appendicespage.h"
#include "gui/editor/meetingpage.h"
#include "gui/editor/models/kpitablemodel.h"
#include "gui/editor/models/personlistmodel.h"
#include "gui/editor/reporteditor.h"
#include "gui/editor/resolutionspage.h"
#include "gui/widgets/enumnames.h"
#include "gui/widgets/undoshortcutfilter.h"
#include "ui_meetingeditor.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusTipEvent>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QToolTip>
#include <QUndoStack>
#include <algorithm>

namespace Bayon {

MeetingEditor::MeetingEditor(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::MeetingEditor>())
    , m_undoFilter(new UndoShortcutFilter(this))
{
    ui->setupUi(this);
    QPalette banner = ui->readOnlyBanner->palette();
    banner.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    banner.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
    ui->readOnlyBanner->setPalette(banner);
    ui->readOnlyBanner->hide();
    ui->meetingPage->setUndoFilter(m_undoFilter);
    ui->agendaPage->setUndoFilter(m_undoFilter);
    ui->resolutionsPage->setUndoFilter(m_undoFilter);
    ui->appendicesPage->setUndoFilter(m_undoFilter);
    ui->agendaPage->setPersonModel(ui->meetingPage->directoryModel());
    connect(ui->reopenButton, &QPushButton::clicked, this, &MeetingEditor::reopenRequested);
    connect(ui->meetingPage, &MeetingPage::statusChangeRequested, this,
        &MeetingEditor::statusChangeRequested);
    // Only the page on show speaks for the preview: the others move their
    // selection when a meeting is loaded, not because the user went there.
    const auto forward = [this](QWidget* page) {
        return [this, page](const QString& part) {
            if (ui->tabs->currentWidget() == page)
                emit partFocused(part);
        };
    };
    connect(ui->meetingPage, &MeetingPage::partFocused, this, forward(ui->meetingPage));
    connect(ui->agendaPage, &AgendaPage::partFocused, this, forward(ui->agendaPage));
    connect(ui->resolutionsPage, &ResolutionsPage::partFocused, this, forward(ui->resolutionsPage));
    connect(ui->appendicesPage, &AppendicesPage::partFocused, this, forward(ui->appendicesPage));
    connect(ui->meetingPage, &MeetingPage::message, this, &MeetingEditor::message);
    connect(ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_document)
            return;
        if (index == 0)
            emit partFocused(PartPath::meeting().toString());
        else if (index == 1 && m_document->agendaIndex(ui->agendaPage->currentItem()) >= 0)
            emit partFocused(
                PartPath::agenda(m_document->agendaIndex(ui->agendaPage->currentItem()) + 1)
                    .toString());
        else if (index == 2)
            emit partFocused(QStringLiteral("resolutions"));
        else if (ui->tabs->widget(index) == ui->appendicesPage
            && ui->appendicesPage->currentAppendix() >= 0)
            emit partFocused(
                PartPath::appendix(ui->appendicesPage->currentAppendix() + 1).toString());
    });
    ui->stack->setCurrentWidget(ui->emptyPage);

    // The part a remark is about follows what the user last worked in.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && ui->tabs->isAncestorOf(now))
            m_lastFocus = now;
    });
    for (const char* name : {"kpiView", "resolutionsView"}) {
        auto* view = findChild<QTableView*>(QString::fromLatin1(name));
        if (!view)
            continue;
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& at) {
            const QModelIndex index = view->indexAt(at);
            if (!index.isValid())
                return;
            view->setCurrentIndex(index);
            view->setFocus(Qt::MouseFocusReason);
            showPartMenu(view, view->viewport()->mapToGlobal(at));
        });
    }
    // The text fields keep their own menu (copy, select all) and get the part actions below it.
    const auto texts = ui->tabs->findChildren<QWidget*>();
    for (QWidget* widget : texts) {
        if (qobject_cast<QLineEdit*>(widget))
            widget->installEventFilter(this);
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
            plain->viewport()->installEventFilter(this);
        else if (auto* rich = qobject_cast<QTextEdit*>(widget))
            rich->viewport()->installEventFilter(this);
    }
}

MeetingEditor::~MeetingEditor() = default;

MeetingPage* MeetingEditor::meetingPage() const
{
    return ui->meetingPage;
}

AgendaPage* MeetingEditor::agendaPage() const
{
    return ui->agendaPage;
}

ResolutionsPage* MeetingEditor::resolutionsPage() const
{
    return ui->resolutionsPage;
}

AppendicesPage* MeetingEditor::appendicesPage() const
{
    return ui->appendicesPage;
}

void MeetingEditor::setPersonDirectory(PersonRepository* persons)
{
    ui->meetingPage->setPersonDirectory(persons);
}

void MeetingEditor::setDocument(MeetingDocument* document)
{
    disconnect(m_readOnlyConnection);
    m_document = document;
    m_undoFilter->setStack(document ? document->undoStack() : nullptr);
    ui->meetingPage->setDocument(document);
    ui->agendaPage->setDocument(document);
    ui->resolutionsPage->setDocument(document);
    ui->appendicesPage->setDocument(document);
    ui->stack->setCurrentWidget(document ? ui->editorPage : ui->emptyPage);
    if (document)
        m_readOnlyConnection = connect(
            document, &MeetingDocument::readOnlyChanged, this, &MeetingEditor::refreshReadOnly);
    refreshReadOnly();
    if (document)
        emit ui->tabs->currentChanged(ui->tabs->currentIndex());
}

QString MeetingEditor::reviewCopyReason()
{
    return tr("This is a review copy; it cannot be changed");
}

QList<QWidget*> MeetingEditor::editingWidgets() const
{
    // What only chooses what is shown stays usable in a review copy.
    static const QStringList choosers {QStringLiteral("reportCombo"), QStringLiteral("tableCombo")};
    QList<QWidget*> found;
    const auto all = ui->tabs->findChildren<QWidget*>();
    for (QWidget* widget : all) {
        if (choosers.contains(widget->objectName()) || qobject_cast<QTabBar*>(widget->parent()))
            continue;
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
            || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QTextEdit*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractButton*>(widget))
            found.append(widget);
    }
    return found;
}

void MeetingEditor::refreshReadOnly()
{
    const bool readOnly = m_document && m_document->isReadOnly();
    const bool reviewCopy = m_document && m_document->isReviewCopy();
    // A review copy has its own banner above the window; there is nothing to reopen.
    ui->readOnlyBanner->setVisible(readOnly && !reviewCopy);
    if (reviewCopy) {
        const auto fields = editingWidgets();
        for (QWidget* field : fields) {
            field->setProperty("bayonEdits", true);
            field->installEventFilter(this);
        }
    }
    if (readOnly)
        ui->readOnlyLabel->setText(
            tr("This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes "
               "a draft again.")
                .arg(EnumNames::name(m_document->meeting().status).toLower()));
}

void MeetingEditor::showPart(const QString& part)
{
    const PartPath path = PartPath::parse(part).value_or(PartPath::meeting());
    switch (path.kind) {
    case PartKind::Agenda:
    case PartKind::Report:
    case PartKind::Kpi:
        ui->tabs->setCurrentWidget(ui->agendaPage);
        ui->agendaPage->showPart(path);
        break;
    case PartKind::Resolution:
        ui->tabs->setCurrentWidget(ui->resolutionsPage);
        ui->resolutionsPage->showPart(path);
        break;
    case PartKind::Appendix:
        ui->tabs->setCurrentWidget(ui->appendicesPage);
        ui->appendicesPage->showPart(path);
        break;
    case PartKind::Meeting:
    case PartKind::Attendance:
        ui->tabs->setCurrentWidget(ui->meetingPage);
        ui->meetingPage->showPart(path);
        break;
    }
}

QString MeetingEditor::currentPart() const
{
    if (!m_document)
        return {};
    // The field with the focus in the window; when that is elsewhere (the
    // Remarks panel, a menu), the one the user was in last.
    QWidget* focus = window()->focusWidget();
    if (!focus || !ui->tabs->isAncestorOf(focus))
        focus = m_lastFocus;
    QWidget* page = ui->tabs->currentWidget();
    if (page == ui->agendaPage) {
        ReportEditor* reportEditor = ui->agendaPage->reportEditor();
        const auto at = m_document->reportPosition(reportEditor->report());
        if (at.isValid() && focus && reportEditor->isVisible()
            && reportEditor->isAncestorOf(focus)) {
            auto* kpiView = reportEditor->findChild<QTableView*>(QStringLiteral("kpiView"));
            const SpeakerReport* report = m_document->report(reportEditor->report());
            const int table = reportEditor->kpiModel()->table();
            if (kpiView && report && table >= 0 && table < report->kpiTables.size()
                && (focus == kpiView || kpiView->isAncestorOf(focus))
                && kpiView->currentIndex().isValid()) {
                int row = kpiView->currentIndex().row() + 1;
                for (int t = 0; t < table; ++t)
                    row += int(report->kpiTables.at(t).rows.size());
                return PartPath::kpi(at.item + 1, at.report + 1, row).toString();
            }
            return PartPath::report(at.item + 1, at.report + 1).toString();
        }
        const int item = ui->agendaPage->currentItemIndex();
        if (item >= 0)
            return PartPath::agenda(item + 1).toString();
    } else if (page == ui->resolutionsPage) {
        auto* view = ui->resolutionsPage->findChild<QTableView*>(QStringLiteral("resolutionsView"));
        if (view && view->currentIndex().isValid())
            return PartPath::resolution(view->currentIndex().row() + 1).toString();
    } else if (page == ui->appendicesPage) {
        const int appendix = ui->appendicesPage->currentAppendix();
        if (appendix >= 0)
            return PartPath::appendix(appendix + 1).toString();
    }
    return PartPath::meeting().toString();
}

void MeetingEditor::addPartAction(QAction* action)
{
    m_partActions.append(action);
    ui->agendaPage->addItemAction(action);
}

void MeetingEditor::showPartMenu(QWidget* widget, const QPoint& at)
{
    QMenu menu(this);
    menu.addActions(m_partActions);
    if (widget)
        m_lastFocus = widget;
    menu.exec(at);
}

bool MeetingEditor::eventFilter(QObject* watched, QEvent* event)
{
    auto* widget = qobject_cast<QWidget*>(watched);
    const bool reviewCopy = m_document && m_document->isReviewCopy();
    if (widget && reviewCopy && widget->property("bayonEdits").toBool()) {
        // Disabled and read-only fields say why, whatever tooltip they have otherwise.
        switch (event->type()) {
        case QEvent::ToolTip:
            QToolTip::showText(
                static_cast<QHelpEvent*>(event)->globalPos(), reviewCopyReason(), widget);
            return true;
        case QEvent::Enter: {
            QStatusTipEvent tip(reviewCopyReason());
            QCoreApplication::sendEvent(window(), &tip);
            break;
        }
        case QEvent::Leave: {
            QStatusTipEvent tip {QString()};
            QCoreApplication::sendEvent(window(), &tip);
            break;
        }
        default:
            break;
        }
    }
    if (widget && event->type() == QEvent::ContextMenu) {
        const bool offered = std::any_of(m_partActions.cbegin(), m_partActions.cend(),
            [](const QAction* action) { return action->isVisible() && action->isEnabled(); });
        // Text edits get the event on their viewport.
        auto* area = qobject_cast<QAbstractScrollArea*>(widget->parentWidget());
        QWidget* field = area && area->viewport() == widget ? area : widget;
        QMenu* standard = nullptr;
        if (auto* line = qobject_cast<QLineEdit*>(field))
            standard = line->createStandardContextMenu();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(field))
            standard = plain->createStandardContextMenu();
        else if (auto* rich = qobject_cast<QTextEdit*>(field))
            standard = rich->createStandardContextMenu();
        if (offered && standard) {
            m_lastFocus = field;
            field->setFocus(Qt::MouseFocusReason);
            standard->addSeparator();
            standard->addActions(m_partActions);
            standard->exec(static_cast<QContextMenuEvent*>(event)->globalPos());
            delete standard;
            return true;
        }
        delete standard;
    }
    return QWidget::eventFilter(watched, event);
}

void MeetingEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        refreshReadOnly();
    }
    QWidget::changeEvent(event);
}

} // namespace Bayon
