#include "mainwindow.h"

#include "document/exportformat.h"
#include "document/protocolexporter.h"
#include "document/protocollayout.h"
#include "document/protocolpainter.h"
#include "domain/meetingfactory.h"
#include "domain/partpath.h"
#include "gui/app/conflictdialog.h"
#include "gui/app/languagemanager.h"
#include "gui/app/preferences.h"
#include "gui/app/preferencesdialog.h"
#include "gui/browse/finddialog.h"
#include "gui/browse/meetinglistmodel.h"
#include "gui/councils/councilsettingsdialog.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/meetingeditor.h"
#include "gui/export/extractcontroller.h"
#include "gui/lifecycle/lifecyclecontroller.h"
#include "gui/preview/previewwidget.h"
#include "gui/register/decisionregisterwidget.h"
#include "gui/review/reviewcontroller.h"
#include "gui/widgets/enumnames.h"
#include "interchange/meetingimporter.h"
#include "storage/councilrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsearch.h"
#include "storage/personrepository.h"
#include "text/apostrophes.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QUndoGroup>
#include <QUndoStack>

namespace Bayon {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_meetings(new MeetingListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    ui->setupUi(this);
    m_filter->setSourceModel(m_meetings);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    ui->meetingsView->setModel(m_filter);
    // The first column holds number, date, status and title on two lines; the
    // others stay in the model for the filter and for screen readers.
    ui->meetingsView->header()->hide();
    for (int column = MeetingListModel::NumberColumn; column < MeetingListModel::ColumnCount;
         ++column)
        ui->meetingsView->setColumnHidden(column, true);
    ui->meetingsView->setTextElideMode(Qt::ElideRight);
    ui->mainSplitter->setStretchFactor(0, 0);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setStretchFactor(2, 0);
    // The editor gets half and more, the preview a good quarter, the list the rest; later runs
    // restore the user's sizes.
    const int width = std::max(1000, screen()->availableGeometry().width());
    ui->mainSplitter->setSizes({width * 17 / 100, width * 55 / 100, width * 28 / 100});

    m_saveLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_saveLabel);
    // Status, signing, reopening, history and attached files of the open meeting.
    m_lifecycle = new LifecycleController(
        this, {ui->actionReopen, ui->actionHistory, ui->actionAttachFile, ui->actionAttachments});
    connect(
        m_lifecycle, &LifecycleController::meetingStored, this, &MainWindow::storedMeetingChanged);

    connect(ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Typed apostrophes match the stored oʻ, gʻ and ʼ.
        m_filter->setFilterFixedString(Apostrophes::normalize(text.trimmed()));
        ui->meetingsView->expandAll();
    });
    connect(ui->meetingsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            if (m_selecting || !current.isValid())
                return;
            const qint64 id = current.data(MeetingListModel::IdRole).toLongLong();
            if (id > 0 && id != currentMeetingId())
                openMeeting(id);
        });
    connect(ui->editor, &MeetingEditor::partFocused, ui->preview, &PreviewWidget::showPart);
    connect(ui->editor, &MeetingEditor::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(ui->preview, &PreviewWidget::pageCountChanged, this, [this](int pages) {
        ui->preview->setToolTip(pages > 0 ? tr("Pages: %1").arg(pages) : QString());
    });
    setupActions();
    // The members' review: its actions, the review copy's banner, the Remarks dock.
    m_review = new ReviewController(this);
    ui->menuFile->insertAction(ui->actionQuit, m_review->exportReviewCopyAction());
    ui->menuFile->insertAction(ui->actionQuit, m_review->importRemarksAction());
    ui->menuFile->insertAction(ui->actionQuit, m_review->sendRemarksAction());
    ui->menuFile->insertSeparator(ui->actionQuit);
    ui->menuMeeting->addSeparator();
    ui->menuMeeting->addAction(m_review->addRemarkAction());
    ui->menuView->addAction(m_review->showRemarksAction());
    restoreSettings();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The editor and the preview let go of the document before the session goes.
    ui->editor->setDocument(nullptr);
    ui->preview->clear();
    delete m_session;
}

MeetingEditor* MainWindow::editor() const
{
    return ui->editor;
}

PreviewWidget* MainWindow::preview() const
{
    return ui->preview;
}

void MainWindow::setupActions()
{
    QAction* undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // Every binding the platform knows, plus the two that users bring from elsewhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    undo->setShortcuts(QKeySequence::Undo);
    redo->setShortcuts(redoKeys);
    QAction* first = ui->menuEdit->actions().value(0);
    ui->menuEdit->insertAction(first, undo);
    ui->menuEdit->insertAction(first, redo);
    ui->mainToolBar->insertAction(ui->actionFind, undo);
    ui->mainToolBar->insertAction(ui->actionFind, redo);
    ui->mainToolBar->insertSeparator(ui->actionFind);

    connect(ui->actionNewMeeting, &QAction::triggered, this, &MainWindow::newMeeting);
    connect(ui->actionDuplicate, &QAction::triggered, this, &MainWindow::duplicateMeeting);
    connect(ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteMeeting);
    connect(ui->actionOpenDatabase, &QAction::triggered, this, [this] { chooseDatabase(false); });
    connect(ui->actionNewDatabase, &QAction::triggered, this, [this] { chooseDatabase(true); });
    connect(ui->actionImport, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a meeting"), QDir::homePath(), tr("Bayon meetings (*.json)"));
        if (!path.isEmpty())
            importMeeting(path);
    });
    connect(ui->actionExportPdf, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        const Meeting& m = m_session->document()->meeting();
        const QString suggested = QDir(Preferences::documentsFolder())
                                      .filePath(QStringLiteral("bayon-%1-%2.pdf")
                                                    .arg(m.number)
                                                    .arg(m.date.toString(Qt::ISODate)));
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const Status done = exportPdf(path);
        if (!done)
            showError(tr("The PDF was not written"), done.error().message);
        else
            statusBar()->showMessage(tr("Written: %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(ui->actionPrintPreview, &QAction::triggered, this, &MainWindow::printPreview);
    connect(ui->actionPrint, &QAction::triggered, this, &MainWindow::print);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionFind, &QAction::triggered, this, [this] {
        FindDialog* dialog = findDialog();
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    connect(ui->actionFilter, &QAction::triggered, this, [this] {
        ui->filterEdit->setFocus();
        ui->filterEdit->selectAll();
    });
    connect(ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(ui->actionCouncilSettings, &QAction::triggered, this, &MainWindow::showCouncilSettings);
    m_extracts = new ExtractController(this, ui->actionExtractItem, ui->actionExtractAddressee);
    connect(ui->actionDecisionRegister, &QAction::triggered, this, [this] {
        DecisionRegisterWidget* shown = decisionRegister();
        shown->show();
        shown->raise();
        shown->activateWindow();
    });
    connect(ui->actionShowPreview, &QAction::toggled, ui->preview, &QWidget::setVisible);
    connect(ui->actionShowList, &QAction::toggled, ui->listPanel, &QWidget::setVisible);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    updateRecentMenu();
}

FindDialog* MainWindow::findDialog()
{
    if (!m_find) {
        m_find = new FindDialog(this);
        connect(m_find, &FindDialog::hitChosen, this,
            [this](qint64 id, const QString& part) { openMeeting(id, part); });
    }
    m_find->setSearch(m_database ? &m_database->search() : nullptr);
    return m_find;
}

DecisionRegisterWidget* MainWindow::decisionRegister()
{
    if (!m_register) {
        m_register = new DecisionRegisterWidget(this);
        m_register->setWindowFlag(Qt::Window);
        // A follow-up step on the meeting in the editor: what is typed is saved
        // first, and the editor then shows the meeting as stored.
        m_register->setBeforeWrite([this](qint64 id) {
            return id != currentMeetingId() || (saveNow() && m_session && m_session->isSaved());
        });
        connect(m_register, &DecisionRegisterWidget::followUpChanged, this,
            [this](const Meeting& stored, const QString& part) {
                m_meetings->updateMeeting(MeetingListModel::summaryOf(stored));
                if (stored.id == currentMeetingId())
                    startSession(stored, part);
            });
        connect(m_register, &DecisionRegisterWidget::openRequested, this,
            [this](qint64 id, const QString& part) {
                if (!openMeeting(id, part))
                    return;
                raise();
                activateWindow();
            });
        connect(this, &MainWindow::storedMeetingChanged, m_register,
            &DecisionRegisterWidget::scheduleReload);
    }
    m_register->setDatabase(m_database.get());
    return m_register;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, which a laptop's 1366×768 needs all of.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * (available.width() <= 1440 ? 1.0 : 0.9));
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("mainWindow/splitter")).toByteArray();
    if (!splitter.isEmpty())
        ui->mainSplitter->restoreState(splitter);
    ui->actionShowPreview->setChecked(
        settings.value(QStringLiteral("mainWindow/preview"), true).toBool());
    ui->actionShowList->setChecked(
        settings.value(QStringLiteral("mainWindow/list"), true).toBool());
    ui->preview->setVisible(ui->actionShowPreview->isChecked());
    ui->listPanel->setVisible(ui->actionShowList->isChecked());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/preview"), ui->actionShowPreview->isChecked());
    settings.setValue(QStringLiteral("mainWindow/list"), ui->actionShowList->isChecked());
    if (m_database && m_session)
        Preferences::setLastMeeting(m_database->path(), m_session->document()->meeting().id);
}

Status MainWindow::openDatabaseQuietly(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    closeSession();
    if (m_database)
        saveSettings();
    m_database = std::move(opened).value();
    m_database->setUserName(Preferences::userName());
    // A review copy opened once does not take the place of the council's own database.
    if (!m_database->reviewCopy())
        Preferences::setLastDatabase(m_database->path());
    m_review->databaseChanged();
    Preferences::addRecentDatabase(m_database->path());
    updateRecentMenu();
    ui->editor->setPersonDirectory(&m_database->persons());
    if (m_find)
        m_find->setSearch(&m_database->search());
    if (m_register)
        m_register->setDatabase(m_database.get());
    reloadMeetingList();
    const qint64 last = Preferences::lastMeeting(m_database->path());
    qint64 id = m_meetings->indexOf(last).isValid() ? last : 0;
    if (id == 0 && m_meetings->rowCount() > 0)
        id = m_meetings->index(0, 0, m_meetings->index(0, 0))
                 .data(MeetingListModel::IdRole)
                 .toLongLong();
    if (id > 0)
        openMeeting(id);
    updateTitle();
    updateActions();
    return {};
}

bool MainWindow::openDatabase(const QString& path)
{
    const Status opened = openDatabaseQuietly(path);
    if (opened)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("The database cannot be opened"),
        tr("Bayon cannot open the database\n%1\n\n%2")
            .arg(QDir::toNativeSeparators(path), opened.error().message),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("databaseErrorBox"));
    QPushButton* other = box.addButton(tr("Choose another…"), QMessageBox::AcceptRole);
    QPushButton* fresh = box.addButton(tr("Create a new one…"), QMessageBox::ActionRole);
    box.setDefaultButton(other);
    box.exec();
    if (box.clickedButton() == other) {
        chooseDatabase(false);
    } else if (box.clickedButton() == fresh) {
        chooseDatabase(true);
    }
    return m_database != nullptr;
}

void MainWindow::chooseDatabase(bool create)
{
    const QString folder = m_database ? QFileInfo(m_database->path()).absolutePath()
                                      : Preferences::documentsFolder();
    const QString filter = tr("Bayon databases (*.sqlite *.bayon *.db);;All files (*)");
    const QString path = create
        ? QFileDialog::getSaveFileName(this, tr("New database"), folder, filter)
        : QFileDialog::getOpenFileName(this, tr("Open database"), folder, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        showError(
            tr("The file exists"), tr("Choose a name for the new database that is not taken yet."));
        return;
    }
    openDatabase(path);
}

void MainWindow::updateRecentMenu()
{
    ui->menuRecent->clear();
    const QStringList recent = Preferences::recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction* action = ui->menuRecent->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    ui->menuRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::reloadMeetingList()
{
    if (!m_database) {
        m_meetings->setMeetings({});
        return;
    }
    const auto listed = m_database->meetings().list();
    if (!listed) {
        showError(tr("The meetings cannot be listed"), listed.error().message);
        m_meetings->setMeetings({});
        return;
    }
    m_meetings->setMeetings(*listed);
    ui->meetingsView->expandAll();
    if (m_session)
        selectInList(m_session->document()->meeting().id);
}

void MainWindow::selectInList(qint64 id)
{
    const QModelIndex source = m_meetings->indexOf(id);
    const QModelIndex shown = m_filter->mapFromSource(source);
    m_selecting = true;
    if (shown.isValid()) {
        ui->meetingsView->setCurrentIndex(shown);
        ui->meetingsView->scrollTo(shown);
    } else {
        ui->meetingsView->selectionModel()->clearCurrentIndex();
    }
    m_selecting = false;
}

qint64 MainWindow::currentMeetingId() const
{
    return m_session ? m_session->document()->meeting().id : 0;
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    ui->editor->setDocument(nullptr);
    ui->preview->clear();
    m_undoGroup->removeStack(m_session->document()->undoStack());
    delete m_session;
    m_session = nullptr;
    m_review->meetingChanged();
    updateTitle();
    updateActions();
    m_lifecycle->meetingChanged();
}

bool MainWindow::openMeeting(qint64 id, const QString& part)
{
    if (!m_database)
        return false;
    if (id == currentMeetingId() && m_session) {
        if (!part.isEmpty())
            ui->editor->showPart(part);
        return true;
    }
    if (m_session && !saveNow()) {
        // What is on screen could not be stored: stay with it rather than lose it.
        selectInList(currentMeetingId());
        return false;
    }
    const auto loaded = m_database->meetings().load(id);
    if (!loaded) {
        showError(tr("The meeting cannot be opened"), loaded.error().message);
        return false;
    }
    return startSession(*loaded, part);
}

bool MainWindow::startSession(const Meeting& meeting, const QString& part)
{
    closeSession();
    m_session = new MeetingSession(m_database->meetings(), meeting, this);
    MeetingDocument* document = m_session->document();
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    connect(m_session, &MeetingSession::saved, this, [this](const Meeting& stored) {
        m_meetings->updateMeeting(MeetingListModel::summaryOf(stored));
        selectInList(stored.id);
        updateTitle();
        emit storedMeetingChanged(stored.id);
    });
    connect(m_session, &MeetingSession::conflict, this, &MainWindow::resolveConflict,
        Qt::QueuedConnection);
    connect(m_session, &MeetingSession::saveFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Not saved: %1").arg(message));
        updateTitle();
    });
    connect(document, &MeetingDocument::savedChanged, this, &MainWindow::updateTitle);
    connect(document, &MeetingDocument::changed, this, [this] {
        ui->preview->setMeeting(m_session->document()->meeting());
        updateTitle();
    });
    connect(document, &MeetingDocument::readOnlyChanged, this, &MainWindow::updateActions);
    document->setReviewCopy(m_database->reviewCopy().has_value());
    ui->editor->setDocument(document);
    m_review->meetingChanged();
    ui->preview->setMeeting(meeting);
    selectInList(meeting.id);
    if (m_database)
        Preferences::setLastMeeting(m_database->path(), meeting.id);
    if (!part.isEmpty())
        ui->editor->showPart(part);
    updateTitle();
    updateActions();
    m_lifecycle->meetingChanged();
    return true;
}

Status MainWindow::saveNow()
{
    if (!m_session)
        return {};
    if (m_session->hasConflict())
        resolveConflict(tr("This meeting was changed elsewhere after you opened it."));
    if (!m_session)
        return {};
    Status saved = m_session->save();
    if (!saved && m_session && m_session->hasConflict() && !m_resolving) {
        resolveConflict(saved.error().message);
        saved = (m_session && !m_session->isSaved()) ? m_session->save() : Status();
    }
    return saved;
}

void MainWindow::resolveConflict(const QString& message)
{
    if (m_resolving || !m_session || !m_session->hasConflict())
        return;
    m_resolving = true;
    ConflictDialog dialog(message, this);
    dialog.exec();
    const qint64 id = m_session->document()->meeting().id;
    Status done;
    switch (dialog.choice()) {
    case ConflictDialog::ReloadTheirs: {
        const auto theirs = m_database->meetings().load(id);
        if (theirs) {
            m_meetings->updateMeeting(MeetingListModel::summaryOf(*theirs));
            startSession(*theirs, {});
        } else {
            done = theirs.error();
        }
        break;
    }
    case ConflictDialog::KeepMine:
        done = m_session->keepMine();
        break;
    case ConflictDialog::SaveCopy:
        done = m_session->saveAsCopy();
        break;
    case ConflictDialog::Later:
        statusBar()->showMessage(
            tr("Not saved: the meeting was changed elsewhere. You will be asked again."));
        break;
    }
    m_resolving = false;
    if (!done)
        showError(tr("The meeting was not saved"), done.error().message);
    updateTitle();
}

bool MainWindow::newMeeting()
{
    if (!m_database || !saveNow())
        return false;
    Meeting fresh;
    const qint64 council = chooseCouncil();
    if (council < 0)
        return false;
    if (council > 0) {
        // The body's members, chair, secretary, template, form and next number.
        const auto made = m_database->councils().newMeeting(council, QDate::currentDate());
        if (!made) {
            showError(tr("The meeting was not created"), made.error().message);
            return false;
        }
        fresh = *made;
    } else {
        // A database of no body yet: carry over from the latest meeting.
        std::optional<Meeting> latest;
        const auto listed = m_database->meetings().list();
        if (listed && !listed->isEmpty()) {
            const auto loaded = m_database->meetings().load(listed->first().id);
            if (loaded)
                latest = *loaded;
        }
        fresh = MeetingFactory::next(latest, QDate::currentDate());
    }
    const auto stored = m_database->meetings().save(fresh);
    if (!stored) {
        showError(tr("The meeting was not created"), stored.error().message);
        return false;
    }
    m_meetings->updateMeeting(MeetingListModel::summaryOf(*stored));
    ui->meetingsView->expandAll();
    startSession(*stored, PartPath::meeting().toString());
    emit storedMeetingChanged(stored->id);
    return true;
}

qint64 MainWindow::chooseCouncil()
{
    const auto listed = m_database->councils().list();
    if (!listed) {
        showError(tr("The bodies cannot be listed"), listed.error().message);
        return -1;
    }
    if (listed->isEmpty())
        return 0;
    if (listed->size() == 1)
        return listed->first().id;
    const qint64 current = m_session ? m_session->document()->meeting().councilId : 0;
    QStringList names;
    int preselected = 0;
    for (int i = 0; i < listed->size(); ++i) {
        const CouncilSummary& body = listed->at(i);
        names.append(body.shortName.isEmpty() || body.shortName == body.fullName
                ? body.fullName
                : body.shortName + u" — " + body.fullName);
        if (body.id == current)
            preselected = i;
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("New meeting"),
        tr("The &body whose meeting it is:"), names, preselected, false, &chosen);
    if (!chosen)
        return -1;
    return listed->at(std::max(0, int(names.indexOf(name)))).id;
}

bool MainWindow::showCouncilSettings()
{
    if (!m_database)
        return false;
    // The open draft is stored first: saving its body's template updates the
    // stored draft, which the editor then shows again.
    if (m_session && (!saveNow() || !m_session->isSaved()))
        return false;
    CouncilSettingsDialog dialog(m_database->councils(), this);
    if (const auto persons = m_database->persons().list())
        dialog.setPersons(*persons);
    if (m_session)
        dialog.setOpenMeeting(m_session->document()->meeting());
    QList<qint64> saved;
    connect(&dialog, &CouncilSettingsDialog::saved, this,
        [&saved](const Council& council) { saved.append(council.id); });
    dialog.exec();
    if (saved.isEmpty())
        return false;
    emit storedMeetingChanged(0);
    if (m_session) {
        const Meeting& open = m_session->document()->meeting();
        if (saved.contains(open.councilId) && !open.isLocked()) {
            const auto reloaded = m_database->meetings().load(open.id);
            if (reloaded)
                startSession(*reloaded, {});
            else
                showError(tr("The meeting cannot be shown again"), reloaded.error().message);
        }
    }
    statusBar()->showMessage(tr("Council settings saved."), 8000);
    return true;
}

bool MainWindow::duplicateMeeting()
{
    if (!m_database || !m_session || !saveNow())
        return false;
    const auto stored
        = m_database->meetings().save(MeetingFactory::duplicate(m_session->document()->meeting()));
    if (!stored) {
        showError(tr("The meeting was not duplicated"), stored.error().message);
        return false;
    }
    m_meetings->updateMeeting(MeetingListModel::summaryOf(*stored));
    ui->meetingsView->expandAll();
    startSession(*stored, PartPath::meeting().toString());
    emit storedMeetingChanged(stored->id);
    statusBar()->showMessage(tr("This is the copy; the original stays as it was."), 8000);
    return true;
}

bool MainWindow::deleteMeeting()
{
    if (!m_database || !m_session)
        return false;
    const Meeting& meeting = m_session->document()->meeting();
    const auto answer = QMessageBox::question(this, tr("Delete the meeting"),
        tr("Delete meeting № %1 of %2, “%3”, with its whole protocol? This cannot be undone.")
            .arg(meeting.number)
            .arg(meeting.date.toString(QStringLiteral("dd.MM.yyyy")), meeting.title()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const qint64 id = meeting.id;
    closeSession();
    const Status removed = m_database->meetings().remove(id);
    if (!removed) {
        showError(tr("The meeting was not deleted"), removed.error().message);
        openMeeting(id);
        return false;
    }
    emit storedMeetingChanged(id);
    reloadMeetingList();
    if (m_meetings->rowCount() > 0)
        openMeeting(m_meetings->index(0, 0, m_meetings->index(0, 0))
                        .data(MeetingListModel::IdRole)
                        .toLongLong());
    return true;
}

bool MainWindow::importMeeting(const QString& path)
{
    if (!m_database)
        return false;
    const auto meeting = MeetingImporter::fromFile(path);
    if (!meeting) {
        showError(tr("The meeting was not imported"), meeting.error().message);
        return false;
    }
    const auto stored = m_database->meetings().save(*meeting);
    if (!stored) {
        showError(tr("The meeting was not imported"), stored.error().message);
        return false;
    }
    m_meetings->updateMeeting(MeetingListModel::summaryOf(*stored));
    ui->meetingsView->expandAll();
    emit storedMeetingChanged(stored->id);
    return openMeeting(stored->id);
}

bool MainWindow::changeStatus(MeetingStatus to)
{
    return m_lifecycle->changeStatus(to);
}

bool MainWindow::reopenMeeting()
{
    return m_lifecycle->reopenMeeting();
}

bool MainWindow::restoreRevision(int revision)
{
    return m_lifecycle->restoreRevision(revision);
}

bool MainWindow::attachFile(const QString& path)
{
    return m_lifecycle->attachFile(path);
}

void MainWindow::showStoredMeeting(const Meeting& stored)
{
    m_meetings->updateMeeting(MeetingListModel::summaryOf(stored));
    startSession(stored, {});
}

Status MainWindow::exportPdf(const QString& path)
{
    if (!m_session)
        return Error::usage(tr("No meeting is open."));
    return ProtocolExporter::exportMeeting(
        m_session->document()->meeting(), path, ExportFormat::Pdf);
}

void MainWindow::paintProtocol(QPrinter* printer)
{
    if (!m_session)
        return;
    const auto layout = ProtocolLayout::create(m_session->document()->meeting());
    if (!layout) {
        showError(tr("The protocol cannot be printed"), layout.error().message);
        return;
    }
    const Status printed = ProtocolPainter(**layout).print(*printer);
    if (!printed)
        showError(tr("The protocol was not printed"), printed.error().message);
}

void MainWindow::printPreview()
{
    if (!m_session)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_session->document()->meeting().title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &MainWindow::paintProtocol);
    dialog.exec();
}

void MainWindow::print()
{
    if (!m_session)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_session->document()->meeting().title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintProtocol(&printer);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_database)
        m_database->setUserName(Preferences::userName());
    if (dialog.languageChanged())
        LanguageManager::install(Preferences::language());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bayon"),
        tr("<h3>Bayon %1</h3><p>Minutes of council meetings in Uzbek: drafted, stored, "
           "searched and printed, offline.</p><p>Built with Qt %2, ICU and SQLite.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

QString MainWindow::saveStateText() const
{
    if (!m_session)
        return {};
    if (m_session->document()->isReviewCopy())
        return tr("read-only review copy");
    if (m_session->hasConflict())
        return tr("not saved: changed elsewhere");
    return m_session->isSaved() ? tr("saved") : tr("not saved yet");
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_session) {
        const Meeting& m = m_session->document()->meeting();
        const QString name = m.title().isEmpty() ? tr("New meeting") : m.title();
        title = (m.number > 0 ? QStringLiteral("№ %1 · ").arg(m.number) : QString()) + name + u" — "
            + saveStateText() + u"[*]";
        setWindowModified(!m_session->isSaved());
        m_saveLabel->setText(saveStateText());
    } else {
        setWindowModified(false);
        m_saveLabel->clear();
    }
    const QString database = m_database ? QFileInfo(m_database->path()).fileName() : QString();
    QStringList parts;
    if (!title.isEmpty())
        parts << title;
    if (m_review && m_review->isReviewCopy())
        parts << m_review->titleText();
    if (!database.isEmpty())
        parts << database;
    parts << QStringLiteral("Bayon");
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::updateActions()
{
    if (m_review)
        m_review->releaseActions();
    const bool hasDatabase = m_database != nullptr;
    const bool hasMeeting = m_session != nullptr;
    const bool readOnly = hasMeeting && m_session->document()->isReadOnly();
    ui->actionNewMeeting->setEnabled(hasDatabase);
    ui->actionImport->setEnabled(hasDatabase);
    ui->actionFind->setEnabled(hasDatabase);
    ui->actionDuplicate->setEnabled(hasMeeting);
    ui->actionDelete->setEnabled(hasMeeting && !readOnly);
    ui->actionExportPdf->setEnabled(hasMeeting);
    ui->actionPrint->setEnabled(hasMeeting);
    ui->actionPrintPreview->setEnabled(hasMeeting);
    ui->actionCouncilSettings->setEnabled(hasDatabase);
    m_extracts->updateActions();
    m_lifecycle->updateActions();
    ui->meetingsView->setEnabled(hasDatabase);
    ui->filterEdit->setEnabled(hasDatabase);
    // Last: in a review copy, every action that would change the file goes, saying why.
    if (m_review)
        m_review->updateActions();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session) {
        const Status saved = saveNow();
        if (!saved || (m_session && !m_session->isSaved())) {
            const auto answer = QMessageBox::warning(this, tr("The meeting is not saved"),
                tr("The last changes could not be saved%1.\n\nClose anyway and lose them?")
                    .arg(saved ? QString() : u": " + saved.error().message),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard) {
                event->ignore();
                return;
            }
        }
    }
    saveSettings();
    if (m_find)
        m_find->close();
    if (m_register)
        m_register->close();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        reloadMeetingList();
        updateRecentMenu();
        updateTitle();
        m_lifecycle->meetingChanged();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Bayon
