// A review copy in the editor, driven as a member and a secretary drive it on
// the offscreen platform: the copy of the sample (made with the storage API)
// opens read-only with a banner that names the council, every action and field
// that would change it is disabled and says why, search, the register and PDF
// export work, and the file is left byte for byte as it was. Remarks are added
// on parts chosen in the editor, survive a restart, are sent, imported into the
// council's database beside their parts, marked, and imported again for nothing.
#include "gui/app/mainwindow.h"
#include "gui/app/preferences.h"
#include "gui/browse/finddialog.h"
#include "gui/browse/meetinglistmodel.h"
#include "gui/browse/searchresultmodel.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/agendapage.h"
#include "gui/editor/appendicespage.h"
#include "gui/editor/meetingeditor.h"
#include "gui/editor/meetingpage.h"
#include "gui/editor/resolutionspage.h"
#include "gui/register/decisionregisterwidget.h"
#include "gui/review/exportreviewcopydialog.h"
#include "gui/review/remarkdialog.h"
#include "gui/review/remarklistmodel.h"
#include "gui/review/remarkspanel.h"
#include "gui/review/reviewcontroller.h"
#include "gui/review/reviewcopybanner.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"
#include "poppler.h"
#include "storage/database.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"
#include "storage/remarkrepository.h"
#include "storage/reviewcopywriter.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolTip>
#include <QUndoCommand>
#include <functional>

using namespace Bayon;
using namespace Qt::StringLiterals;
using namespace Bayon::GuiTest;

namespace {

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// The actions a review copy keeps: they read, print, search or write remarks.
const QStringList readingActions {u"actionOpenDatabase"_s, u"actionNewDatabase"_s,
    u"actionExportPdf"_s, u"actionPrintPreview"_s, u"actionPrint"_s, u"actionQuit"_s,
    u"actionFind"_s, u"actionFilter"_s, u"actionPreferences"_s, u"actionShowPreview"_s,
    u"actionShowList"_s, u"actionDecisionRegister"_s, u"actionAbout"_s, u"actionExtractItem"_s,
    u"actionExtractAddressee"_s, u"actionSendRemarks"_s, u"actionAddRemark"_s,
    u"actionShowRemarks"_s};

} // namespace

class TestReviewCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source; // the council's database
    QString m_copy; // the review copy made from it
    qint64 m_meeting = 0;
    ReviewCopyIdentity m_identity;

    std::unique_ptr<MainWindow> openWindow(const QString& path)
    {
        auto window = GuiTest::showMainWindow();
        if (!window->openDatabase(path))
            qFatal("%s does not open", qPrintable(path));
        return window;
    }

    // Every file in the copy's folder: a -wal, -shm or -journal would show here.
    QStringList copyFolder() const
    {
        return QDir(QFileInfo(m_copy).absolutePath()).entryList(QDir::Files, QDir::Name);
    }

    // The fields, buttons and tables of the editor's pages: none may change the meeting.
    void checkEditorLocked(MeetingEditor* editor, const QString& page)
    {
        const auto widgets = editor->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const QString name = widget->objectName();
            const QString where = page + u": "_s + name + u" ("_s
                + QString::fromLatin1(widget->metaObject()->className()) + u')';
            // Tab bars and a table's corner button only choose what is shown.
            if (!widget->isVisibleTo(editor) || qobject_cast<QTabBar*>(widget->parent())
                || qobject_cast<QAbstractItemView*>(widget->parent()))
                continue;
            if (auto* line = qobject_cast<QLineEdit*>(widget)) {
                QVERIFY2(line->isReadOnly() || !line->isEnabled(), qPrintable(where));
            } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
                QVERIFY2(plain->isReadOnly(), qPrintable(where));
            } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
                QVERIFY2(rich->isReadOnly(), qPrintable(where));
            } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
                QVERIFY2(spin->isReadOnly() || !spin->isEnabled(), qPrintable(where));
            } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                // Choosing which report or KPI table to read is not an edit.
                if (name != u"reportCombo"_s && name != u"tableCombo"_s)
                    QVERIFY2(!combo->isEnabled(), qPrintable(where));
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                QVERIFY2(!button->isEnabled(), qPrintable(where));
            } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
                QAbstractItemModel* model = view->model();
                for (int row = 0; model && row < model->rowCount(); ++row) {
                    for (int column = 0; column < model->columnCount(); ++column) {
                        const Qt::ItemFlags flags = model->index(row, column).flags();
                        QVERIFY2(!(flags & Qt::ItemIsEditable), qPrintable(where));
                        QVERIFY2(!(flags & Qt::ItemIsDragEnabled), qPrintable(where));
                    }
                }
            }
        }
    }

    // What a user sees when pointing at a widget.
    QString toolTipOf(QWidget* widget)
    {
        QToolTip::hideText();
        const QPoint at(2, 2);
        QHelpEvent help(QEvent::ToolTip, at, widget->mapToGlobal(at));
        QApplication::sendEvent(widget, &help);
        QTest::qWait(20);
        return QToolTip::text();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GuiTest::isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-test"_s);
        // The member's remarks are kept here, not in the copy.
        qputenv("BAYON_DATA_DIR", m_dir.filePath(u"member-data"_s).toUtf8());
        QSettings().clear();
        Preferences::setUserName(u"Dilnoza Karimova"_s);

        // The council's database with the sample in review, and a copy of it.
        m_source = m_dir.filePath(u"council.sqlite"_s);
        m_copy = m_dir.filePath(u"copy/kengash-iyun.bayon"_s);
        QVERIFY(QDir().mkpath(QFileInfo(m_copy).absolutePath()));
        auto source = Database::open(m_source);
        QVERIFY(source);
        const auto stored = (*source)->meetings().save(*MeetingImporter::sample());
        QVERIFY(stored);
        m_meeting = stored->id;
        QVERIFY((*source)->lifecycle().transition(m_meeting, MeetingStatus::Review, QString()));
        ReviewCopyRequest request;
        request.meetingIds = {m_meeting};
        request.madeBy = u"Nodir Abdullayev"_s;
        const auto made = ReviewCopyWriter::pack(**source, request, m_copy);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        m_identity = *made;
        QVERIFY(!m_identity.council.isEmpty());
        QCOMPARE(copyFolder(), QStringList {QFileInfo(m_copy).fileName()});
    }

    void reviewCopyOpensReadOnly()
    {
        const QByteArray before = sha256(m_copy);
        QVERIFY(!before.isEmpty());
        {
            auto window = openWindow(m_copy);
            QVERIFY(window->database()->reviewCopy().has_value());
            QVERIFY(window->session());
            MeetingDocument* document = window->session()->document();
            QVERIFY(document->isReviewCopy());
            QVERIFY(document->isReadOnly());

            // The window says what this file is: banner and title.
            ReviewCopyBanner* banner = window->review()->banner();
            QVERIFY(banner->isVisible());
            QVERIFY2(banner->text().contains(m_identity.council), qPrintable(banner->text()));
            QVERIFY(banner->text().contains(u"Nodir Abdullayev"_s));
            QVERIFY(banner->text().contains(m_identity.from.toString(u"dd.MM.yyyy"_s)));
            QVERIFY(window->windowTitle().contains(u"review copy"_s));
            // The final-meeting banner with its Reopen button is not offered.
            QVERIFY(!window->editor()->findChild<QWidget*>(u"readOnlyBanner"_s)->isVisible());

            // Every action that edits is disabled and says why.
            const QString why = MeetingEditor::reviewCopyReason();
            int locked = 0;
            // The window's actions and those of its menus.
            QList<QAction*> actions
                = window->findChildren<QAction*>(QString(), Qt::FindDirectChildrenOnly);
            const auto menus = window->menuBar()->findChildren<QMenu*>();
            for (const QMenu* menu : menus)
                actions += menu->actions();
            for (QAction* action : actions) {
                const QString name = action->objectName();
                if (name.isEmpty() || action->menu() || action->isSeparator())
                    continue;
                if (name == u"actionUndo"_s || name == u"actionRedo"_s) {
                    QVERIFY2(!action->isEnabled(), qPrintable(name));
                    continue;
                }
                if (readingActions.contains(name))
                    continue;
                QVERIFY2(!action->isEnabled(), qPrintable(name));
                QCOMPARE(action->toolTip(), why);
                QCOMPARE(action->statusTip(), why);
                ++locked;
            }
            for (const char* name :
                {"actionNewMeeting", "actionDuplicate", "actionDelete", "actionImport",
                    "actionReopen", "actionExportReviewCopy", "actionImportRemarks"}) {
                auto* action = window->findChild<QAction*>(QString::fromLatin1(name));
                QVERIFY2(action && !action->isEnabled(), name);
            }
            QVERIFY(locked >= 7);
            // Their shortcuts do nothing either.
            QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
            QCOMPARE(window->meetingList()->meetingCount(), 1);

            // Every field of every page is read-only, and says why when pointed at.
            MeetingEditor* editor = window->editor();
            auto* tabs = editor->findChild<QTabWidget*>(u"tabs"_s);
            tabs->setCurrentWidget(editor->meetingPage());
            checkEditorLocked(editor, u"meeting"_s);
            auto* council = editor->findChild<QLineEdit*>(u"councilEdit"_s);
            const QString text = council->text();
            type(council, u"xyz"_s);
            QCOMPARE(council->text(), text);
            QCOMPARE(toolTipOf(council), why);
            QCOMPARE(toolTipOf(editor->findChild<QComboBox*>(u"statusCombo"_s)), why);
            editor->showPart(u"report 1.1"_s);
            checkEditorLocked(editor, u"report 1.1"_s);
            QCOMPARE(toolTipOf(editor->findChild<QWidget*>(u"addItemButton"_s)), why);
            QCOMPARE(toolTipOf(editor->findChild<QWidget*>(u"bodyEdit"_s)), why);
            editor->showPart(u"resolution 2"_s);
            checkEditorLocked(editor, u"resolution 2"_s);
            QCOMPARE(toolTipOf(editor->findChild<QWidget*>(u"followUpCombo"_s)), why);
            // The document refuses an edit pushed past the widgets.
            QVERIFY(!document->push(new QUndoCommand(u"edit"_s)));
            QVERIFY(window->saveNow());

            // Find in all meetings, the decisions register and the PDF work.
            FindDialog* find = window->findDialog();
            find->findChild<QLineEdit*>(u"queryEdit"_s)->setText(u"Madad"_s);
            find->search();
            QVERIFY(find->results()->rowCount() > 0);
            DecisionRegisterWidget* decisions = window->decisionRegister();
            decisions->refresh();
            QVERIFY(!decisions->shownEntries().isEmpty());
            const QString pdf = m_dir.filePath(u"from-copy.pdf"_s);
            const Status exported = window->exportPdf(pdf);
            QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
            const QStringList pages = Poppler::pages(pdf, false);
            QVERIFY(!pages.isEmpty());
            QVERIFY(pages.join(u'\n').contains(u"Madad"_s));

            window->close();
        }
        // Nothing was written beside it or into it.
        QCOMPARE(sha256(m_copy), before);
        QCOMPARE(copyFolder(), QStringList {QFileInfo(m_copy).fileName()});
    }

    void reviewCopyFromReadOnlyFolder()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"copy.bayon"_s);
        QVERIFY(QFile::copy(m_copy, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        QVERIFY(QFile::setPermissions(folder.path(),
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
        const QByteArray before = sha256(path);
        {
            auto window = openWindow(path);
            QVERIFY(window->database()->reviewCopy().has_value());
            QVERIFY(window->session());
            QVERIFY(window->review()->banner()->isVisible());
            window->close();
        }
        QCOMPARE(sha256(path), before);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList {u"copy.bayon"_s});
        QVERIFY(QFile::setPermissions(
            folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // A member's edit inside the copy, behind Bayon's back: the copy still
    // opens, and its banner says that it was changed after packing.
    void aChangedCopySaysSoInItsBanner()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"changed.bayon"_s);
        QVERIFY(QFile::copy(m_copy, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE agenda_items SET title = title || ' (tuzatildi)'"_s));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        {
            auto intact = openWindow(m_copy);
            QVERIFY(!intact->review()->banner()->text().contains(u"changed after"_s));
            intact->close();
        }
        auto window = openWindow(path);
        QVERIFY(window->database()->reviewCopy().has_value());
        QVERIFY(!window->database()->reviewCopy()->sealHolds);
        ReviewCopyBanner* banner = window->review()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY2(
            banner->text().contains(u"changed after it was packed"_s), qPrintable(banner->text()));
        window->close();
    }

    void remarksTravelBack()
    {
        const QByteArray before = sha256(m_copy);
        const QString sent = m_dir.filePath(u"remarks-dilnoza.json"_s);
        {
            auto window = openWindow(m_copy);
            ReviewController* review = window->review();
            QVERIFY(review->addRemarkAction()->isEnabled());
            QVERIFY(review->dock()->isVisible());
            QAbstractItemModelTester tester(review->panel()->model());

            // On the agenda item selected: Add remark… (its shortcut), typed in the dialog.
            MeetingEditor* editor = window->editor();
            editor->showPart(u"agenda 2"_s);
            QCOMPARE(editor->currentPart(), u"agenda 2"_s);
            QString shownPart;
            whenShown<RemarkDialog>([&shownPart](RemarkDialog* dialog) {
                shownPart = dialog->findChild<QLabel*>(u"partLabel"_s)->text();
                auto* text = dialog->findChild<QPlainTextEdit*>(u"textEdit"_s);
                type(text, u"Muassasa nomini to'liq yozing"_s);
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            });
            QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
            QVERIFY2(shownPart.contains(u"Agenda item II"_s), qPrintable(shownPart));
            QCOMPARE(review->panel()->model()->rowCount(), 1);
            const Remark first = review->panel()->model()->remark(0).remark;
            QCOMPARE(first.part.name(), u"agenda 2"_s);
            QCOMPARE(first.text, u"Muassasa nomini toʻliq yozing"_s);
            QCOMPARE(first.reviewer, u"Dilnoza Karimova"_s);
            // In the copy, nothing has moved since.
            const QModelIndex mine
                = review->panel()->model()->index(0, RemarkListModel::PartColumn);
            QCOMPARE(mine.data().toString(), u"Agenda item II"_s);
            QCOMPARE(mine.data(RemarkListModel::PlacementRole).toInt(),
                int(RemarkLocation::Placement::Unchanged));

            // On a KPI row of the second table of report 1.1, counted across its tables.
            editor->showPart(u"kpi 1.1.9"_s);
            QTRY_COMPARE(editor->currentPart(), u"kpi 1.1.9"_s);
            const auto second = review->addRemark(editor->currentPart(), u"Manba ko‘rsatilsin"_s);
            QVERIFY2(second, second ? "" : qPrintable(second.error().message));
            QCOMPARE(review->panel()->model()->rowCount(), 2);
            // A part the meeting does not have is refused.
            QVERIFY(!review->addRemark(u"resolution 9"_s, u"?"_s));

            // A right-click on a resolution's text offers Add remark… under Copy, for that one.
            editor->showPart(u"resolution 3"_s);
            auto* text = editor->resolutionsPage()->findChild<QPlainTextEdit*>(u"textEdit"_s);
            QVERIFY(text);
            QStringList offered;
            QString partThen;
            whenShown<QMenu>([&](QMenu* menu) {
                const auto actions = menu->actions();
                for (const QAction* action : actions)
                    offered.append(action->objectName());
                partThen = editor->currentPart();
                menu->close();
            });
            const QPoint at(5, 5);
            QContextMenuEvent event(
                QContextMenuEvent::Mouse, at, text->viewport()->mapToGlobal(at));
            QApplication::sendEvent(text->viewport(), &event);
            QVERIFY(offered.contains(u"actionAddRemark"_s));
            QCOMPARE(partThen, u"resolution 3"_s);
            window->close();
        }
        {
            // After a restart the remarks are there, and they are sent.
            auto window = openWindow(m_copy);
            ReviewController* review = window->review();
            QCOMPARE(review->panel()->model()->rowCount(), 2);
            const Status written = review->sendRemarks(sent);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            QFile file(sent);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains("\"bayon-remarks\""));
            window->close();
        }
        QCOMPARE(sha256(m_copy), before);
        QCOMPARE(copyFolder(), QStringList {QFileInfo(m_copy).fileName()});

        // The secretary moves agenda item II up before the remarks come in.
        {
            auto source = Database::open(m_source);
            QVERIFY(source);
            QVERIFY((*source)->lifecycle().transition(m_meeting, MeetingStatus::Draft, QString()));
            Meeting meeting = *(*source)->meetings().load(m_meeting);
            meeting.agenda.move(1, 0);
            QVERIFY((*source)->meetings().save(meeting));
        }
        auto window = openWindow(m_source);
        ReviewController* review = window->review();
        QVERIFY(!review->isReviewCopy());
        QVERIFY(window->findChild<QAction*>(u"actionNewMeeting"_s)->isEnabled());
        QVERIFY(!review->addRemarkAction()->isEnabled());

        // A malformed file is refused with its cause; nothing comes in.
        const QString broken = m_dir.filePath(u"broken.json"_s);
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"format": "bayon-remarks", "version": 1, "remarks": 3})");
        }
        const auto refused = review->importRemarks(broken);
        QVERIFY(!refused);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(review->panel()->model()->rowCount(), 0);

        const auto imported = review->importRemarks(sent);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->added, 2);
        QVERIFY(review->dock()->isVisible());
        RemarksPanel* panel = review->panel();
        RemarkListModel* model = panel->model();
        QCOMPARE(model->rowCount(), 2);
        QAbstractItemModelTester tester(model);
        int agendaRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->remark(row).remark.part.name() == u"agenda 2"_s)
                agendaRow = row;
        }
        QVERIFY(agendaRow >= 0);
        // Beside the part it concerns: now agenda item I, marked as moved.
        const QModelIndex part = model->index(agendaRow, RemarkListModel::PartColumn);
        QCOMPARE(part.data(RemarkListModel::PartRole).toString(), u"agenda 1"_s);
        QCOMPARE(part.data(RemarkListModel::PlacementRole).toInt(),
            int(RemarkLocation::Placement::Moved));
        QVERIFY(part.data().toString().contains(u"moved"_s));
        QCOMPARE(model->index(agendaRow, RemarkListModel::ReviewerColumn).data().toString(),
            u"Dilnoza Karimova"_s);

        // Choosing it shows that part in the editor; Accept stores the state.
        auto* view = panel->findChild<QTableView*>(u"remarksView"_s);
        view->setCurrentIndex(model->index(agendaRow, RemarkListModel::TextColumn));
        MeetingEditor* editor = window->editor();
        QCOMPARE(editor->findChild<QTabWidget*>(u"tabs"_s)->currentWidget(), editor->agendaPage());
        QCOMPARE(editor->agendaPage()->currentItemIndex(), 0);
        // The remarks on the part the editor shows stand out.
        const auto bold = [model, agendaRow] {
            return model->index(agendaRow, RemarkListModel::TextColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .bold();
        };
        panel->setCurrentPart(u"agenda 1"_s);
        QVERIFY(bold());
        editor->showPart(u"resolution 1"_s);
        QTRY_VERIFY(!bold());
        auto* accept = panel->findChild<QPushButton*>(u"acceptButton"_s);
        QVERIFY(accept->isVisible() && accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        {
            auto source = Database::open(m_source);
            const auto listed = (*source)->remarks().list(m_meeting);
            QVERIFY(listed);
            QCOMPARE(listed->size(), 2);
            const auto accepted = std::count_if(listed->cbegin(), listed->cend(),
                [](const ImportedRemark& r) { return r.remark.state == RemarkState::Accepted; });
            QCOMPARE(accepted, 1);
        }
        QCOMPARE(
            model->index(agendaRow, RemarkListModel::StateColumn).data().toString(), u"accepted"_s);

        // The same file again adds nothing.
        const auto again = review->importRemarks(sent);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->alreadyThere, 2);
        QCOMPARE(model->rowCount(), 2);
        window->close();
    }

    // A remark made while the Appendices tab is on show is about the document
    // selected there, and the secretary finds it beside that document after
    // moving it, through a database that keeps the part.
    void aRemarkOnAnAppendixIsFiledUnderIt()
    {
        const QString source = m_dir.filePath(u"council-appendices.sqlite"_s);
        const QString copy = m_dir.filePath(u"copy-appendices/kengash-iyul.bayon"_s);
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        qint64 id = 0;
        QUuid plan;
        {
            auto db = Database::open(source);
            QVERIFY(db);
            Meeting sample = *MeetingImporter::sample();
            sample.appendices = {{QUuid::createUuid(), u"Ishchi guruh tarkibi"_s, u"- A.Karimov"_s},
                {QUuid::createUuid(), u"Undirish rejasi"_s, u"## Tadbirlar\n- Roʻyxat tuzish"_s}};
            plan = sample.appendices.at(1).uid;
            const auto stored = (*db)->meetings().save(sample);
            QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
            id = stored->id;
            QVERIFY((*db)->lifecycle().transition(id, MeetingStatus::Review, QString()));
            ReviewCopyRequest request;
            request.meetingIds = {id};
            request.madeBy = u"Nodir Abdullayev"_s;
            const auto made = ReviewCopyWriter::pack(**db, request, copy);
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        }
        const QString sent = m_dir.filePath(u"remarks-appendix.json"_s);
        {
            auto window = openWindow(copy);
            MeetingEditor* editor = window->editor();
            RemarkListModel* model = window->review()->panel()->model();
            // The Appendices tab, its second document chosen in the list.
            auto* tabs = editor->findChild<QTabWidget*>(u"tabs"_s);
            tabs->setCurrentWidget(editor->appendicesPage());
            auto* list = editor->appendicesPage()->findChild<QListWidget*>(u"appendixList"_s);
            QVERIFY(list);
            QCOMPARE(list->count(), 2);
            list->setFocus();
            list->setCurrentRow(1);
            QCOMPARE(editor->currentPart(), u"appendix 2"_s);
            QString shownPart;
            whenShown<RemarkDialog>([&shownPart](RemarkDialog* dialog) {
                shownPart = dialog->findChild<QLabel*>(u"partLabel"_s)->text();
                auto* text = dialog->findChild<QPlainTextEdit*>(u"textEdit"_s);
                type(text, u"Har bir tadbirning ijrochisi ko'rsatilsin"_s);
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            });
            QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
            QVERIFY2(shownPart.contains(u"Appendix 2"_s), qPrintable(shownPart));
            QCOMPARE(model->rowCount(), 1);
            const Remark remark = model->remark(0).remark;
            QCOMPARE(remark.part.name(), u"appendix 2"_s);
            QCOMPARE(remark.part.uid, plan);
            QCOMPARE(remark.part.text, u"Undirish rejasi\n## Tadbirlar\n- Roʻyxat tuzish"_s);
            QCOMPARE(
                model->index(0, RemarkListModel::PartColumn).data().toString(), u"Appendix 2"_s);
            // It stands out while its document is on show.
            const auto bold = [model] {
                return model->index(0, RemarkListModel::TextColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .bold();
            };
            QTRY_VERIFY(bold());
            list->setCurrentRow(0);
            QTRY_VERIFY(!bold());
            const Status written = window->review()->sendRemarks(sent);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            window->close();
        }

        // The secretary puts the plan first before the remarks come in.
        {
            auto db = Database::open(source);
            QVERIFY((*db)->lifecycle().transition(id, MeetingStatus::Draft, QString()));
            Meeting meeting = *(*db)->meetings().load(id);
            meeting.appendices.move(1, 0);
            QVERIFY((*db)->meetings().save(meeting));
        }
        auto window = openWindow(source);
        QVERIFY(window->openMeeting(id));
        ReviewController* review = window->review();
        const auto imported = review->importRemarks(sent);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->added, 1);
        RemarkListModel* model = review->panel()->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex part = model->index(0, RemarkListModel::PartColumn);
        QCOMPARE(part.data(RemarkListModel::PartRole).toString(), u"appendix 1"_s);
        QCOMPARE(part.data(RemarkListModel::PlacementRole).toInt(),
            int(RemarkLocation::Placement::Moved));
        QVERIFY2(part.data().toString().contains(u"Appendix 1 (moved; was Appendix 2)"_s),
            qPrintable(part.data().toString()));
        // Choosing it shows that document in the editor.
        auto* view = review->panel()->findChild<QTableView*>(u"remarksView"_s);
        view->setCurrentIndex(model->index(0, RemarkListModel::TextColumn));
        MeetingEditor* editor = window->editor();
        QCOMPARE(
            editor->findChild<QTabWidget*>(u"tabs"_s)->currentWidget(), editor->appendicesPage());
        QCOMPARE(editor->appendicesPage()->currentAppendix(), 0);
        // The council's database keeps the part as the member named it.
        {
            auto db = Database::open(source);
            const auto listed = (*db)->remarks().list(id);
            QVERIFY2(listed, listed ? "" : qPrintable(listed.error().message));
            QCOMPARE(listed->size(), 1);
            QCOMPARE(listed->first().remark.part.name(), u"appendix 2"_s);
            QCOMPARE(listed->first().remark.part.uid, plan);
        }
        window->close();
    }

    // When the attendee list prints as an appendix of its own, the documents
    // attached after it print under the next numbers, and a remark names its
    // appendix by the number the protocol and the Appendices tab show.
    void aRemarkNamesTheAppendixAsPrinted()
    {
        const QString source = m_dir.filePath(u"council-printed.sqlite"_s);
        const QString copy = m_dir.filePath(u"copy-printed/kengash-avgust.bayon"_s);
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        {
            auto db = Database::open(source);
            QVERIFY(db);
            Meeting sample = *MeetingImporter::sample();
            // More present than the threshold: a count here, the names in "1-ilova".
            sample.protocolTemplate.attendeeListThreshold = 3;
            sample.appendices = {{QUuid::createUuid(), u"Ishchi guruh tarkibi"_s, u"- A.Karimov"_s},
                {QUuid::createUuid(), u"Undirish rejasi"_s, u"- Roʻyxat tuzish"_s}};
            const auto stored = (*db)->meetings().save(sample);
            QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
            QVERIFY((*db)->lifecycle().transition(stored->id, MeetingStatus::Review, QString()));
            ReviewCopyRequest request;
            request.meetingIds = {stored->id};
            request.madeBy = u"Nodir Abdullayev"_s;
            const auto made = ReviewCopyWriter::pack(**db, request, copy);
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        }
        auto window = openWindow(copy);
        MeetingEditor* editor = window->editor();
        RemarkListModel* model = window->review()->panel()->model();
        editor->findChild<QTabWidget*>(u"tabs"_s)->setCurrentWidget(editor->appendicesPage());
        auto* list = editor->appendicesPage()->findChild<QListWidget*>(u"appendixList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QVERIFY2(list->item(1)->text().startsWith(u"3-ilova"_s), qPrintable(list->item(1)->text()));
        list->setFocus();
        list->setCurrentRow(1);
        QCOMPARE(editor->currentPart(), u"appendix 2"_s);
        QString shownPart;
        whenShown<RemarkDialog>([&shownPart](RemarkDialog* dialog) {
            shownPart = dialog->findChild<QLabel*>(u"partLabel"_s)->text();
            type(dialog->findChild<QPlainTextEdit*>(u"textEdit"_s), u"Muddatlar koʻrsatilsin"_s);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY2(shownPart.contains(u"Appendix 3"_s), qPrintable(shownPart));
        QCOMPARE(model->rowCount(), 1);
        // The member named the second document; the protocol prints it as the third.
        QCOMPARE(model->remark(0).remark.part.name(), u"appendix 2"_s);
        QCOMPARE(model->index(0, RemarkListModel::PartColumn).data().toString(), u"Appendix 3"_s);
        window->close();
    }

    void exportReviewCopyFromTheMenu()
    {
        auto window = openWindow(m_source);
        const QString path = m_dir.filePath(u"exported/from-menu"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        whenShown<ExportReviewCopyDialog>([path](ExportReviewCopyDialog* dialog) {
            dialog->setPath(path);
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        // The name gets its extension; the copy holds the open meeting.
        const QString written = path + u".bayon"_s;
        QVERIFY(QFileInfo::exists(written));
        {
            auto copy = Database::open(written, Database::Mode::ReadOnly);
            QVERIFY(copy);
            QVERIFY((*copy)->reviewCopy().has_value());
            QCOMPARE((*copy)->reviewCopy()->meetingCount, 1);
        }

        // A failure says why.
        QString message;
        whenShown<ExportReviewCopyDialog>([this, &message](ExportReviewCopyDialog* dialog) {
            dialog->setPath(m_dir.filePath(u"no/such/folder/copy.bayon"_s));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            whenShown<QMessageBox>([&message](QMessageBox* box) {
                message = box->text();
                box->button(QMessageBox::Ok)->click();
            });
        });
        window->review()->exportReviewCopyAction()->trigger();
        QVERIFY2(!message.isEmpty(), "no message on failure");
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no/such/folder/copy.bayon"_s)));
        window->close();
    }
};

QTEST_MAIN(TestReviewCopy)
#include "testreviewcopy.moc"
