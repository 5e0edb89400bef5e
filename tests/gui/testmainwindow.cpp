// The main window driven as a user drives it, on the offscreen platform: keys
// typed into the fields, buttons clicked, rows dragged and moved from the
// keyboard, dialogs answered. Each test then reads what was written to the
// SQLite file through a second, independent connection.
#include "gui/app/conflictdialog.h"
#include "gui/app/mainwindow.h"
#include "gui/browse/finddialog.h"
#include "gui/browse/meetinglistmodel.h"
#include "gui/browse/searchresultmodel.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/agendapage.h"
#include "gui/editor/meetingeditor.h"
#include "gui/editor/meetingpage.h"
#include "gui/editor/models/agendamodel.h"
#include "gui/editor/models/kpitablemodel.h"
#include "gui/editor/models/resolutionmodel.h"
#include "gui/editor/reporteditor.h"
#include "gui/editor/resolutionspage.h"
#include "gui/lifecycle/reopendialog.h"
#include "gui/preview/previewwidget.h"
#include "gui/widgets/numbereddelegate.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"
#include "storage/database.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"
#include "text/typingreplacement.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace Bayon;
using namespace Bayon::GuiTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int saveTimeoutMs = 5000;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = showMainWindow();
        if (!window->openDatabase(m_path))
            qFatal("the test database does not open");
        return window;
    }

    // What the database holds, read through its own connection.
    Meeting stored(qint64 id)
    {
        auto database = Database::open(m_path);
        if (!database)
            qFatal("second connection: %s", qPrintable(database.error().message));
        auto meeting = (*database)->meetings().load(id);
        if (!meeting)
            qFatal("load: %s", qPrintable(meeting.error().message));
        return *meeting;
    }

    QList<MeetingSummary> storedList()
    {
        auto database = Database::open(m_path);
        return *(*database)->meetings().list();
    }

    qint64 addSample(MeetingStatus status = MeetingStatus::Draft)
    {
        auto database = Database::open(m_path);
        Meeting meeting = *MeetingImporter::sample();
        meeting.status = status;
        return (*database)->meetings().save(meeting)->id;
    }

    template<typename T> T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    bool waitSaved(MainWindow& window)
    {
        return QTest::qWaitFor(
            [&] { return window.session() && window.session()->isSaved(); }, saveTimeoutMs);
    }

    // Types into a table cell as a user does: F2, the text, Return.
    void typeInCell(QTableView* view, int row, int column, const QString& text)
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY2(editor, "no cell editor opened");
        editor->selectAll();
        type(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() != editor; }, 1000));
        QCoreApplication::processEvents();
    }

    void undoKeys(QWidget* target, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(target, Qt::Key_Z, Qt::ControlModifier);
    }

    void redoKeys(QWidget* target, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(target, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-test"_s);
    }

    void init()
    {
        m_path = m_dir.filePath(u"test-%1.sqlite"_s.arg(++m_run));
        QSettings().clear();
        TypingReplacement::setEnabled(true);
    }

    void createMeetingFromScratch()
    {
        auto window = openWindow();
        MeetingEditor* editor = window->editor();
        QCOMPARE(window->meetingList()->meetingCount(), 0);

        // Ctrl+N: a new draft.
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(window->session());
        const qint64 id = window->session()->document()->meeting().id;
        QVERIFY(id > 0);

        auto* council = child<QLineEdit>(editor, "councilEdit");
        type(council, u"Jamoatchilik kengashi"_s);
        auto* place = child<QLineEdit>(editor, "placeEdit");
        type(place, u"Toshkent shahri"_s);

        // Two agenda items.
        auto* tabs = child<QTabWidget>(editor, "tabs");
        tabs->setCurrentWidget(editor->agendaPage());
        AgendaPage* agenda = editor->agendaPage();
        auto* addItem = child<QPushButton>(agenda, "addItemButton");
        auto* title = child<QPlainTextEdit>(agenda, "titleEdit");
        QTest::mouseClick(addItem, Qt::LeftButton);
        type(title, u"Birinchi masala"_s);
        QTest::mouseClick(addItem, Qt::LeftButton);
        type(title, u"Ikkinchi masala"_s);
        QCOMPARE(window->session()->document()->meeting().agenda.size(), 2);

        // A report with a KPI table on the first item.
        auto* agendaView = child<QListView>(agenda, "agendaView");
        agendaView->setCurrentIndex(agendaView->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(agenda, "addReportButton"), Qt::LeftButton);
        ReportEditor* report = agenda->reportEditor();
        type(child<QLineEdit>(report, "speakerEdit"), u"O.Pekso"_s);
        type(
            child<QPlainTextEdit>(report, "leadEdit"), u"O.Pekso soʻzga chiqib, maʼlumot berdi."_s);
        auto* body = child<QTextEdit>(report, "bodyEdit");
        type(body, u"IQTISODIY KOʻRSATKICHLAR:"_s);
        QTest::mouseClick(child<QAbstractButton>(report, "headingButton"), Qt::LeftButton);
        QTest::keyClick(body, Qt::Key_Return);
        type(body, u"Xizmatlar soni oshdi."_s);
        QTest::mouseClick(child<QPushButton>(report, "addTableButton"), Qt::LeftButton);
        type(child<QLineEdit>(report, "captionEdit"), u"Asosiy koʻrsatkichlar"_s);
        auto* kpi = child<QTableView>(report, "kpiView");
        typeInCell(kpi, 0, KpiTableModel::IndicatorColumn, u"Xodimlar soni"_s);
        typeInCell(kpi, 0, KpiTableModel::ValueColumn, u"92 000"_s);
        typeInCell(kpi, 0, KpiTableModel::UnitColumn, u"nafar"_s);
        typeInCell(kpi, 0, KpiTableModel::ChangeColumn, u"1,4 barobar"_s);
        // Two more rows pasted from a spreadsheet at a new row.
        QTest::mouseClick(child<QPushButton>(report, "addRowButton"), Qt::LeftButton);
        kpi->setCurrentIndex(kpi->model()->index(1, 0));
        QGuiApplication::clipboard()->setText(
            u"Eksport\t38,7\tmln dollar\t2025-yil\t+25 %\nLoyihalar\t1 152\tta\t\t"_s);
        QTest::keyClick(kpi, Qt::Key_V, Qt::ControlModifier);

        // Three resolutions.
        tabs->setCurrentWidget(editor->resolutionsPage());
        ResolutionsPage* resolutions = editor->resolutionsPage();
        auto* addResolution = child<QPushButton>(resolutions, "addResolutionButton");
        auto* text = child<QPlainTextEdit>(resolutions, "textEdit");
        auto* kind = child<QComboBox>(resolutions, "kindCombo");
        for (const QString& sentence : {u"Axborot maʼlumot uchun qabul qilinsin."_s,
                 u"Takliflar maʼqullansin."_s, u"Vazirlikka tavsiya etilsin."_s}) {
            QTest::mouseClick(addResolution, Qt::LeftButton);
            type(text, sentence);
        }
        kind->setFocus();
        kind->setCurrentIndex(kind->findData(int(ResolutionKind::Recommend)));
        emit kind->activated(kind->currentIndex());
        type(child<QLineEdit>(resolutions, "addresseeEdit"),
            u"Raqamli texnologiyalar vazirligiga"_s);
        type(child<QLineEdit>(resolutions, "responsibleEdit"), u"N.Abdullayev"_s);

        QVERIFY(waitSaved(*window));
        const Meeting m = stored(id);
        QCOMPARE(m.councilName, u"Jamoatchilik kengashi"_s);
        QCOMPARE(m.place, u"Toshkent shahri"_s);
        QCOMPARE(m.agenda.size(), 2);
        QCOMPARE(m.agenda.at(0).title, u"Birinchi masala"_s);
        QCOMPARE(m.agenda.at(1).title, u"Ikkinchi masala"_s);
        QCOMPARE(m.agenda.at(0).reports.size(), 1);
        const SpeakerReport& r = m.agenda.at(0).reports.at(0);
        QCOMPARE(r.speaker.shortName, u"O.Pekso"_s);
        QCOMPARE(r.lead, u"O.Pekso soʻzga chiqib, maʼlumot berdi."_s);
        QCOMPARE(r.body, u"## IQTISODIY KOʻRSATKICHLAR:\n\nXizmatlar soni oshdi."_s);
        QCOMPARE(r.kpiTables.size(), 1);
        const KpiTable& table = r.kpiTables.at(0);
        QCOMPARE(table.caption, u"Asosiy koʻrsatkichlar"_s);
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(0).indicator, u"Xodimlar soni"_s);
        QCOMPARE(table.rows.at(0).value, std::optional<double>(92000));
        QCOMPARE(table.rows.at(0).unit, u"nafar"_s);
        QCOMPARE(table.rows.at(0).change, (KpiChange {ChangeKind::Factor, 1.4}));
        QCOMPARE(table.rows.at(1).indicator, u"Eksport"_s);
        QCOMPARE(table.rows.at(1).value, std::optional<double>(38.7));
        QCOMPARE(table.rows.at(1).change, (KpiChange {ChangeKind::Percent, 25}));
        QCOMPARE(table.rows.at(2).value, std::optional<double>(1152));
        QCOMPARE(m.resolutions.size(), 3);
        QCOMPARE(m.resolutions.at(0).text, u"Axborot maʼlumot uchun qabul qilinsin."_s);
        QCOMPARE(m.resolutions.at(2).text, u"Vazirlikka tavsiya etilsin."_s);
        QCOMPARE(m.resolutions.at(2).kind, ResolutionKind::Recommend);
        QCOMPARE(m.resolutions.at(2).addressee, u"Raqamli texnologiyalar vazirligiga"_s);
        QCOMPARE(m.resolutions.at(2).responsible, QStringList {u"N.Abdullayev"_s});
        // New resolutions decide on the last agenda item unless told otherwise.
        QCOMPARE(m.resolutions.at(0).agendaItemUid, m.agenda.at(1).uid);
        QVERIFY(window->windowTitle().contains(window->saveStateText()));
    }

    void reorderAndNumerals()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        QCOMPARE(window->session()->document()->meeting().id, id);
        MeetingEditor* editor = window->editor();
        child<QTabWidget>(editor, "tabs")->setCurrentWidget(editor->agendaPage());
        auto* view = child<QListView>(editor->agendaPage(), "agendaView");
        const auto* model = view->model();
        const QString first = model->index(0, 0).data().toString();
        const QString second = model->index(1, 0).data().toString();

        // Keyboard: Alt+Down on the first item.
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(model->index(0, 0).data().toString(), second);
        QCOMPARE(NumberedDelegate::shownText(model->index(1, 0), AgendaModel::NumeralRole),
            u"II. "_s + first);
        QCOMPARE(view->currentIndex().row(), 1); // the moved item stays selected
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).agenda.at(0).title.simplified(), second);

        // Drag: item II dropped on the upper edge of item I.
        const QRect target = view->visualRect(model->index(0, 0));
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(1, 0)}));
        const QPoint at(target.center().x(), target.top() + 1);
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);

        QCOMPARE(model->index(0, 0).data().toString(), first);
        QCOMPARE(NumberedDelegate::shownText(model->index(0, 0), AgendaModel::NumeralRole),
            u"I. "_s + first);
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).agenda.at(0).title.simplified(), first);

        // Resolutions: Alt+Up on the third makes it the second, numbers follow.
        child<QTabWidget>(editor, "tabs")->setCurrentWidget(editor->resolutionsPage());
        auto* resolutions = child<QTableView>(editor->resolutionsPage(), "resolutionsView");
        const QUuid third = window->session()->document()->meeting().resolutions.at(2).uid;
        resolutions->setFocus();
        resolutions->setCurrentIndex(resolutions->model()->index(2, ResolutionModel::TextColumn));
        QTest::keyClick(resolutions, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(resolutions->model()->index(1, 0).data(ResolutionModel::UidRole).toUuid(), third);
        QCOMPARE(resolutions->model()->headerData(1, Qt::Vertical).toString(), u"2."_s);
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).resolutions.at(1).uid, third);
    }

    void undoRedoOfEveryKindOfEdit()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        MeetingEditor* editor = window->editor();
        MeetingDocument* doc = window->session()->document();
        const Meeting original = doc->meeting();
        auto* tabs = child<QTabWidget>(editor, "tabs");

        // A header field: the typing is one step.
        auto* place = child<QLineEdit>(editor, "placeEdit");
        place->setFocus();
        place->selectAll();
        type(place, u"Samarqand"_s);
        QCOMPARE(doc->meeting().place, u"Samarqand"_s);
        undoKeys(place);
        QCOMPARE(doc->meeting().place, original.place);
        QCOMPARE(place->text(), original.place);
        redoKeys(place);
        QCOMPARE(place->text(), u"Samarqand"_s);

        // An attendee's presence, through the table's combo box.
        auto* attendance = child<QTableView>(editor->meetingPage(), "attendanceView");
        attendance->model()->setData(attendance->model()->index(0, 5), int(Presence::Absent));
        QCOMPARE(doc->meeting().attendance.at(0).presence, Presence::Absent);
        undoKeys(attendance);
        QCOMPARE(doc->meeting().attendance.at(0).presence, original.attendance.at(0).presence);

        // Agenda: add, move, title.
        tabs->setCurrentWidget(editor->agendaPage());
        AgendaPage* agenda = editor->agendaPage();
        auto* view = child<QListView>(agenda, "agendaView");
        view->setFocus();
        QTest::mouseClick(child<QPushButton>(agenda, "addItemButton"), Qt::LeftButton);
        QCOMPARE(doc->meeting().agenda.size(), original.agenda.size() + 1);
        undoKeys(view);
        QCOMPARE(doc->meeting().agenda, original.agenda);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(agenda, "moveDownButton"), Qt::LeftButton);
        QCOMPARE(doc->meeting().agenda.at(1).uid, original.agenda.at(0).uid);
        undoKeys(view);
        QCOMPARE(doc->meeting().agenda, original.agenda);
        redoKeys(view);
        QCOMPARE(doc->meeting().agenda.at(1).uid, original.agenda.at(0).uid);
        undoKeys(view);

        // A KPI cell and a report's body.
        view->setCurrentIndex(view->model()->index(0, 0));
        ReportEditor* report = agenda->reportEditor();
        auto* kpi = child<QTableView>(report, "kpiView");
        typeInCell(kpi, 0, KpiTableModel::ValueColumn, u"7"_s);
        const QUuid reportUid = original.agenda.at(0).reports.at(0).uid;
        QCOMPARE(doc->kpiTable(reportUid, 0)->rows.at(0).value, std::optional<double>(7));
        undoKeys(kpi);
        QCOMPARE(doc->kpiTable(reportUid, 0)->rows.at(0),
            original.agenda.at(0).reports.at(0).kpiTables.at(0).rows.at(0));
        auto* body = child<QTextEdit>(report, "bodyEdit");
        body->moveCursor(QTextCursor::End);
        type(body, u" Qoʻshimcha."_s);
        QVERIFY(doc->report(reportUid)->body.endsWith(u"Qoʻshimcha."_s));
        undoKeys(body);
        QCOMPARE(doc->report(reportUid)->body, original.agenda.at(0).reports.at(0).body);

        // Resolutions: remove, undo brings it back in its place.
        tabs->setCurrentWidget(editor->resolutionsPage());
        auto* resolutions = child<QTableView>(editor->resolutionsPage(), "resolutionsView");
        resolutions->setFocus();
        resolutions->setCurrentIndex(resolutions->model()->index(1, 0));
        QTest::mouseClick(child<QPushButton>(editor->resolutionsPage(), "removeResolutionButton"),
            Qt::LeftButton);
        QCOMPARE(doc->meeting().resolutions.size(), original.resolutions.size() - 1);
        undoKeys(resolutions);
        QCOMPARE(doc->meeting().resolutions, original.resolutions);

        // What the database gets is the meeting after all that: the place changed, the rest as it
        // was.
        QVERIFY(waitSaved(*window));
        Meeting expected = original;
        expected.place = u"Samarqand"_s;
        Meeting saved = stored(id);
        saved.revision = expected.revision = 0;
        QCOMPARE(saved, expected);
    }

    void autosaveAndRestart()
    {
        const qint64 id = addSample();
        qint64 second = 0;
        {
            auto window = openWindow();
            QVERIFY(window->newMeeting());
            second = window->session()->document()->meeting().id;
            QVERIFY(second != id);
            // Carried over from the latest meeting.
            QCOMPARE(window->session()->document()->meeting().councilName, stored(id).councilName);
            QCOMPARE(window->session()->document()->meeting().chair, stored(id).chair);
            auto* place = child<QLineEdit>(window->editor(), "placeEdit");
            place->selectAll();
            type(place, u"Nukus"_s);
            QVERIFY(!window->session()->isSaved());
            QVERIFY(window->windowTitle().contains(window->saveStateText()));
            QVERIFY(waitSaved(*window));
            QCOMPARE(stored(second).place, u"Nukus"_s);
            // Edits right before closing are saved by the close itself.
            type(place, u" shahri"_s);
            QVERIFY(window->close());
        }
        QCOMPARE(stored(second).place, u"Nukus shahri"_s);
        auto window = openWindow();
        // The meeting open last is open again, with everything in it.
        QVERIFY(window->session());
        QCOMPARE(window->session()->document()->meeting().id, second);
        QCOMPARE(child<QLineEdit>(window->editor(), "placeEdit")->text(), u"Nukus shahri"_s);
        QCOMPARE(window->meetingList()->meetingCount(), 2);
        QVERIFY(window->openMeeting(id));
        QCOMPARE(window->session()->document()->meeting().agenda.size(), 2);
    }

    void apostropheReplacement()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        MeetingDocument* doc = window->session()->document();
        auto* place = child<QLineEdit>(window->editor(), "placeEdit");
        place->setFocus();
        place->selectAll();
        type(place, u"Bog'"_s);
        QCOMPARE(place->text(), u"Bogʻ"_s);
        QCOMPARE(doc->meeting().place, u"Bogʻ"_s);
        // Ctrl+Z undoes the replacement alone.
        undoKeys(place);
        QCOMPARE(place->text(), u"Bog'"_s);
        QCOMPARE(doc->meeting().place, u"Bog'"_s);
        // Typing on leaves the undone one as it is; a new one is replaced.
        type(place, u"ishamol ta'mi"_s);
        QCOMPARE(place->text(), u"Bog'ishamol taʼmi"_s);
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).place, u"Bog'ishamol taʼmi"_s);

        // Turned off in Preferences: nothing is replaced.
        TypingReplacement::setEnabled(false);
        place->selectAll();
        type(place, u"o'g'il"_s);
        QCOMPARE(doc->meeting().place, u"o'g'il"_s);
        TypingReplacement::setEnabled(true);
    }

    void conflictPrompt_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("keep mine") << int(ConflictDialog::KeepMine);
        QTest::newRow("reload theirs") << int(ConflictDialog::ReloadTheirs);
        QTest::newRow("save as a copy") << int(ConflictDialog::SaveCopy);
    }

    void conflictPrompt()
    {
        QFETCH(int, choice);
        const qint64 id = addSample();
        auto window = openWindow();
        QCOMPARE(window->session()->document()->meeting().id, id);

        // Another program saves the same meeting behind the window's back.
        {
            auto other = Database::open(m_path);
            QVERIFY(other);
            Meeting theirs = *(*other)->meetings().load(id);
            theirs.place = u"Andijon"_s;
            QVERIFY((*other)->meetings().save(theirs));
        }

        QString shownMessage;
        whenShown<ConflictDialog>([&](ConflictDialog* dialog) {
            shownMessage = dialog->findChild<QLabel*>(u"messageLabel"_s)->text();
            const char* button = choice == ConflictDialog::KeepMine ? "keepMineButton"
                : choice == ConflictDialog::ReloadTheirs            ? "reloadButton"
                                                                    : "copyButton";
            QTest::mouseClick(
                dialog->findChild<QAbstractButton*>(QString::fromLatin1(button)), Qt::LeftButton);
        });
        auto* council = child<QLineEdit>(window->editor(), "councilEdit");
        council->setFocus();
        council->selectAll();
        type(council, u"Mening kengashim"_s);
        QVERIFY(QTest::qWaitFor([&] { return !shownMessage.isEmpty(); }, saveTimeoutMs));
        QVERIFY(waitSaved(*window));

        const QList<MeetingSummary> all = storedList();
        const Meeting atId = stored(id);
        switch (choice) {
        case ConflictDialog::KeepMine:
            // Mine over theirs, knowingly: my council, and their place is gone with their version.
            QCOMPARE(atId.councilName, u"Mening kengashim"_s);
            QCOMPARE(all.size(), 1);
            break;
        case ConflictDialog::ReloadTheirs:
            QCOMPARE(atId.place, u"Andijon"_s);
            QVERIFY(atId.councilName != u"Mening kengashim"_s);
            QCOMPARE(window->session()->document()->meeting().place, u"Andijon"_s);
            QCOMPARE(child<QLineEdit>(window->editor(), "placeEdit")->text(), u"Andijon"_s);
            break;
        case ConflictDialog::SaveCopy: {
            QCOMPARE(all.size(), 2);
            QCOMPARE(atId.place, u"Andijon"_s);
            QVERIFY(atId.councilName != u"Mening kengashim"_s);
            const qint64 copy = window->session()->document()->meeting().id;
            QVERIFY(copy != id);
            QCOMPARE(stored(copy).councilName, u"Mening kengashim"_s);
            break;
        }
        }
    }

    void signedMeetingIsReadOnly()
    {
        const qint64 id = addSample(MeetingStatus::Signed);
        auto window = openWindow();
        MeetingEditor* editor = window->editor();
        QVERIFY(window->session()->document()->isReadOnly());
        QVERIFY(child<QWidget>(editor, "readOnlyBanner")->isVisible());
        auto* council = child<QLineEdit>(editor, "councilEdit");
        QVERIFY(council->isReadOnly());
        const QString before = council->text();
        type(council, u"xyz"_s);
        QCOMPARE(council->text(), before);
        child<QTabWidget>(editor, "tabs")->setCurrentWidget(editor->agendaPage());
        QVERIFY(!child<QPushButton>(editor->agendaPage(), "addItemButton")->isEnabled());
        auto* title = child<QPlainTextEdit>(editor->agendaPage(), "titleEdit");
        QVERIFY(title->isReadOnly());
        QTest::mouseClick(
            child<QPushButton>(editor->agendaPage(), "addItemButton"), Qt::LeftButton);
        QCOMPARE(window->session()->document()->meeting(), stored(id));

        // Reopening asks for a reason; Cancel keeps it locked.
        whenShown<ReopenDialog>([](ReopenDialog* dialog) { dialog->reject(); });
        QTest::mouseClick(child<QPushButton>(editor, "reopenButton"), Qt::LeftButton);
        QVERIFY(window->session()->document()->isReadOnly());
        bool okWasDisabled = false;
        whenShown<ReopenDialog>([&](ReopenDialog* dialog) {
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            okWasDisabled = !ok->isEnabled();
            type(dialog->findChild<QPlainTextEdit*>(u"reasonEdit"_s),
                u"Kengash a'zosining taklifi"_s);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(editor, "reopenButton"), Qt::LeftButton);
        QVERIFY(okWasDisabled);
        QVERIFY(!window->session()->document()->isReadOnly());
        QVERIFY(!child<QPlainTextEdit>(editor->agendaPage(), "titleEdit")->isReadOnly());
        QVERIFY(!child<QWidget>(editor, "readOnlyBanner")->isVisible());
        QCOMPARE(stored(id).status, MeetingStatus::Draft);
        {
            // The reopening is in the audit log with its reason, typed apostrophe put right.
            auto database = Database::open(m_path);
            const auto history = (*database)->lifecycle().history(id);
            QVERIFY(history);
            QVERIFY(std::any_of(
                history->audit.cbegin(), history->audit.cend(), [](const AuditEntry& entry) {
                    return entry.to == MeetingStatus::Draft
                        && entry.note == u"Kengash aʼzosining taklifi"_s;
                }));
        }
        // Edits are possible and saved again.
        auto* place = child<QLineEdit>(editor, "placeEdit");
        place->selectAll();
        type(place, u"Xiva"_s);
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).place, u"Xiva"_s);

        // Through review to final from the status field: locking asks first.
        child<QTabWidget>(editor, "tabs")->setCurrentWidget(editor->meetingPage());
        auto* status = child<QComboBox>(editor->meetingPage(), "statusCombo");
        const auto choose = [status](MeetingStatus value) {
            status->setCurrentIndex(status->findData(int(value)));
            emit status->activated(status->currentIndex());
        };
        choose(MeetingStatus::Review);
        QCOMPARE(stored(id).status, MeetingStatus::Review);
        answerMessageBox(QMessageBox::No);
        choose(MeetingStatus::Final);
        QCOMPARE(stored(id).status, MeetingStatus::Review);
        answerMessageBox(QMessageBox::Yes);
        choose(MeetingStatus::Final);
        QCOMPARE(stored(id).status, MeetingStatus::Final);
        QVERIFY(window->session()->document()->isReadOnly());
        QVERIFY(child<QLineEdit>(editor, "councilEdit")->isReadOnly());
        QCOMPARE(status->currentData().toInt(), int(MeetingStatus::Final));
    }

    void findInAllMeetingsOpensThePart()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        FindDialog* find = window->findDialog();
        QVERIFY(find->isVisible());
        auto* query = child<QLineEdit>(find, "queryEdit");
        type(query, u"Madad"_s);
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(find->results()->rowCount() > 0);
        int resolutionRow = -1;
        for (int row = 0; row < find->results()->rowCount(); ++row) {
            if (find->results()->hits().at(row).part.startsWith(u"resolution"_s))
                resolutionRow = row;
        }
        QVERIFY(resolutionRow >= 0);
        const QString part = find->results()->hits().at(resolutionRow).part;
        auto* results = child<QTableView>(find, "resultsView");
        results->setCurrentIndex(find->results()->index(resolutionRow, 0));
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(window->session()->document()->meeting().id, id);
        QCOMPARE(child<QTabWidget>(window->editor(), "tabs")->currentWidget(),
            window->editor()->resolutionsPage());
        auto* view = child<QTableView>(window->editor()->resolutionsPage(), "resolutionsView");
        QCOMPARE(view->currentIndex().row() + 1, part.section(u' ', 1).toInt());
    }

    void badDatabaseOffersAnother()
    {
        const QString bad = m_dir.filePath(u"not-a-database.sqlite"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not SQLite at all, just text that fills the header and more of it.");
        file.close();
        MainWindow window;
        window.show();
        QString text;
        whenShown<QMessageBox>([&](QMessageBox* box) {
            text = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.openDatabase(bad));
        QVERIFY(text.contains(u"not-a-database.sqlite"_s));
        QVERIFY(!window.database());
        // The window stays usable: another database opens.
        QVERIFY(window.openDatabase(m_path));
    }

    void previewFollowsTheEdits()
    {
        addSample();
        auto window = openWindow();
        PreviewWidget* preview = window->preview();
        preview->flush();
        const int pages = preview->pageCount();
        QVERIFY(pages > 1);
        // The preview scrolls to the resolution picked in the editor.
        window->editor()->showPart(u"resolution 5"_s);
        QTest::qWait(50);
        QVERIFY(preview->currentPage() >= pages - 2);
        window->editor()->showPart(u"meeting"_s);
        QCOMPARE(preview->currentPage(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
