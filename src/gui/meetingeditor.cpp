#include "meetingeditor.h"

#include "agendapage.h"
#include "enumnames.h"
#include "meetingdocument.h"
#include "meetingpage.h"
#include "personlistmodel.h"
#include "resolutionspage.h"
#include "ui_meetingeditor.h"
#include "undoshortcutfilter.h"

#include <QUndoStack>

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
    connect(ui->meetingPage, &MeetingPage::message, this, &MeetingEditor::message);
    connect(ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_document)
            return;
        if (index == 0)
            emit partFocused(QStringLiteral("meeting"));
        else if (index == 1 && m_document->agendaIndex(ui->agendaPage->currentItem()) >= 0)
            emit partFocused(QStringLiteral("agenda %1")
                                 .arg(m_document->agendaIndex(ui->agendaPage->currentItem()) + 1));
        else if (index == 2)
            emit partFocused(QStringLiteral("resolutions"));
    });
    ui->stack->setCurrentWidget(ui->emptyPage);
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
    ui->stack->setCurrentWidget(document ? ui->editorPage : ui->emptyPage);
    if (document)
        m_readOnlyConnection = connect(
            document, &MeetingDocument::readOnlyChanged, this, &MeetingEditor::refreshReadOnly);
    refreshReadOnly();
    if (document)
        emit ui->tabs->currentChanged(ui->tabs->currentIndex());
}

void MeetingEditor::refreshReadOnly()
{
    const bool readOnly = m_document && m_document->isReadOnly();
    ui->readOnlyBanner->setVisible(readOnly);
    if (readOnly)
        ui->readOnlyLabel->setText(
            tr("This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes "
               "a draft again.")
                .arg(EnumNames::name(m_document->meeting().status).toLower()));
}

void MeetingEditor::showPart(const QString& part)
{
    if (part.startsWith(u"agenda") || part.startsWith(u"report") || part.startsWith(u"kpi")) {
        ui->tabs->setCurrentWidget(ui->agendaPage);
        ui->agendaPage->showPart(part);
    } else if (part.startsWith(u"resolution")) {
        ui->tabs->setCurrentWidget(ui->resolutionsPage);
        ui->resolutionsPage->showPart(part);
    } else {
        ui->tabs->setCurrentWidget(ui->meetingPage);
        ui->meetingPage->showPart(part);
    }
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
