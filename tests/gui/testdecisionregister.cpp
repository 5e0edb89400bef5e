// The decisions register of the editor driven as a user drives it, on the
// offscreen platform: opened with its shortcut, filtered by typing and
// choosing, sorted by clicking column headers, a decision opened with a
// double-click or Enter, a follow-up step recorded on a signed meeting and
// read back through a second connection, the register exported and read back.
#include "csvreader.h"
#include "gui/app/mainwindow.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/meetingeditor.h"
#include "gui/editor/resolutionspage.h"
#include "gui/register/decisionregisterhistorymodel.h"
#include "gui/register/decisionregistermodel.h"
#include "gui/register/decisionregisterproxy.h"
#include "gui/register/decisionregisterwidget.h"
#include "gui/widgets/enumnames.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"
#include "poppler.h"
#include "storage/database.h"
#include "storage/decisionregister.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>

using namespace Bayon;
using namespace Bayon::GuiTest;
using namespace Qt::StringLiterals;

namespace {

using Column = DecisionRegisterModel::Column;

} // namespace

class TestDecisionRegister : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
    qint64 m_sample = 0;
    qint64 m_second = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = showMainWindow();
        if (!window->openDatabase(m_path))
            qFatal("the test database does not open");
        return window;
    }

    // Ctrl+Shift+D, as a user opens it.
    DecisionRegisterWidget* openRegister(MainWindow& window)
    {
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        DecisionRegisterWidget* shown = window.findChild<DecisionRegisterWidget*>();
        if (!shown || !shown->isVisible())
            qFatal("Ctrl+Shift+D did not show the register");
        if (!QTest::qWaitForWindowExposed(shown))
            qWarning("the register was not exposed");
        return shown;
    }

    void addSamples(MeetingStatus status = MeetingStatus::Draft, bool second = true)
    {
        auto database = Database::open(m_path);
        Meeting sample = *MeetingImporter::sample();
        sample.status = status;
        m_sample = (*database)->meetings().save(sample)->id;
        if (second)
            m_second = (*database)->meetings().save(*MeetingImporter::secondSample())->id;
    }

    template<typename T> T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    // What the register shows in a column, top to bottom.
    QStringList column(DecisionRegisterWidget* shown, int column)
    {
        QStringList cells;
        const QAbstractItemModel* model = shown->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            cells.append(model->index(row, column).data().toString());
        return cells;
    }

    // "meeting number.resolution number" of each line shown.
    QStringList keys(DecisionRegisterWidget* shown)
    {
        QStringList result;
        for (const DecisionEntry& entry : shown->shownEntries())
            result.append(u"%1.%2"_s.arg(entry.meetingNumber).arg(entry.resolutionNumber));
        return result;
    }

    int rowOf(DecisionRegisterWidget* shown, int meetingNumber, int resolutionNumber)
    {
        return int(keys(shown).indexOf(u"%1.%2"_s.arg(meetingNumber).arg(resolutionNumber)));
    }

    void clickHeader(QTableView* view, int section)
    {
        QHeaderView* header = view->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-register-test"_s);
    }

    void init()
    {
        m_path = m_dir.filePath(u"register-%1.sqlite"_s.arg(++m_run));
        QSettings().clear();
    }

    void modelsPassTheTester()
    {
        addSamples();
        auto database = Database::open(m_path);
        const auto entries = (*database)->decisions().list({});
        QVERIFY(entries);
        DecisionRegisterModel model;
        DecisionRegisterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(*entries, QDate(2026, 1, 1));
        proxy.sort(Column::DueColumn);
        QCOMPARE(proxy.rowCount(), 9);
        DecisionRegisterHistoryModel history;
        QAbstractItemModelTester historyTester(
            &history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setHistory({{QDate(2025, 8, 1), FollowUpStatus::InProgress, u"a"_s, u"x"_s, {}},
            {QDate(2025, 9, 1), FollowUpStatus::Done, u"b"_s, u"x"_s, {}}});
        QCOMPARE(history.index(0, DecisionRegisterHistoryModel::NoteColumn).data().toString(),
            u"b"_s); // newest first
    }

    void listsTheSamplesFiveResolutions()
    {
        addSamples(MeetingStatus::Draft, false);
        auto window = openWindow();
        DecisionRegisterWidget* shown = openRegister(*window);
        QCOMPARE(shown->view()->model()->rowCount(), 5);
        QCOMPARE(column(shown, Column::MeetingColumn), QStringList(5, u"№ 3"_s));
        QCOMPARE(column(shown, Column::DateColumn), QStringList(5, u"10.07.2025"_s));
        QCOMPARE(column(shown, Column::ResolutionColumn),
            (QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
        QCOMPARE(column(shown, Column::ResponsibleColumn),
            (QStringList {{}, {}, {}, {}, u"N.Abdullayev"_s}));
        const QStringList deadlines = column(shown, Column::DueColumn);
        QVERIFY(deadlines.at(0).isEmpty());
        QCOMPARE(deadlines.at(2), DecisionRegisterModel::tr("next meeting"));
        QCOMPARE(deadlines.at(3), DecisionRegisterModel::tr("next meeting"));
        QCOMPARE(column(shown, Column::TextColumn).at(0), u"Quyidagilar:"_s);
        QCOMPARE(
            column(shown, Column::AddresseeColumn).at(3), u"Raqamli texnologiyalar vazirligiga"_s);
        // The whole text on demand: the tooltip and the detail pane.
        const QModelIndex fourth = shown->view()->model()->index(3, Column::TextColumn);
        const QString full = fourth.data(Qt::ToolTipRole).toString();
        QVERIFY2(full.count(u'\n') >= 1, qPrintable(full));
        shown->view()->setCurrentIndex(fourth);
        auto* detail = child<QWidget>(shown, "fullTextView");
        QVERIFY(detail->property("plainText").toString().startsWith(full));
        QVERIFY(child<QLabel>(shown, "countLabel")->text().contains(u'5'));
    }

    void everyControlIsNamedAndReachable()
    {
        addSamples();
        auto window = openWindow();
        DecisionRegisterWidget* shown = openRegister(*window);
        QSet<QWidget*> labelled;
        for (QLabel* label : shown->findChildren<QLabel*>()) {
            if (label->buddy())
                labelled.insert(label->buddy());
        }
        int controls = 0;
        for (QWidget* widget : shown->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(widget)
                || qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
                || qobject_cast<QAbstractSpinBox*>(widget)
                || qobject_cast<QAbstractItemView*>(widget)
                || widget->objectName() == u"fullTextView";
            if (!control || widget->window() != shown || widget->objectName().startsWith(u"qt_")
                || qobject_cast<QLineEdit*>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                || qobject_cast<QComboBox*>(widget->parentWidget())
                || qobject_cast<QAbstractItemView*>(widget->parentWidget()))
                continue;
            ++controls;
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            const bool named = !widget->accessibleName().isEmpty() || labelled.contains(widget)
                || (button && !button->text().isEmpty());
            QVERIFY2(named,
                qPrintable(widget->objectName() + u' '
                    + QString::fromLatin1(widget->metaObject()->className()) + u' '
                    + widget->parentWidget()->objectName()));
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->objectName()));
        }
        QVERIFY(controls >= 18);
        // Tab goes from the filter into the table.
        auto* words = child<QLineEdit>(shown, "wordsEdit");
        words->setFocus();
        QTest::keyClick(words, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), shown->view());
    }

    void eachFilterNarrowsTheRows()
    {
        addSamples();
        {
            auto database = Database::open(m_path);
            const Meeting sample = *(*database)->meetings().load(m_sample);
            QVERIFY((*database)->lifecycle().setFollowUp(
                m_sample, sample.resolutions[1].uid, FollowUpStatus::Done, u"Bajarildi"_s));
        }
        auto window = openWindow();
        DecisionRegisterWidget* shown = openRegister(*window);
        const QAbstractItemModel* rows = shown->view()->model();
        QCOMPARE(rows->rowCount(), 9);

        // Status, from the keyboard.
        auto* status = child<QComboBox>(shown, "statusCombo");
        status->setCurrentIndex(status->findText(EnumNames::name(FollowUpStatus::Done)));
        QCOMPARE(keys(shown), QStringList {u"3.2"_s});
        status->setCurrentIndex(status->findText(EnumNames::name(FollowUpStatus::Open)));
        QCOMPARE(rows->rowCount(), 8);
        status->setCurrentIndex(status->findText(DecisionRegisterWidget::tr("Overdue")));
        QCOMPARE(keys(shown), QStringList {u"4.2"_s}); // due 1 September 2025
        status->setCurrentIndex(0);
        QCOMPARE(rows->rowCount(), 9);

        // Person: completion in Uzbek order (Sh after U), and a typed apostrophe.
        auto* person = child<QLineEdit>(shown, "personEdit");
        const auto* names = qobject_cast<QStringListModel*>(person->completer()->model());
        QVERIFY(names);
        QCOMPARE(names->stringList(),
            (QStringList {
                u"G.Ergasheva"_s, u"N.Abdullayev"_s, u"U.Abdurahmonov"_s, u"Sh.Toshpoʻlatov"_s}));
        person->setFocus();
        type(person, u"toshpo'lat"_s);
        QTRY_COMPARE(keys(shown), QStringList {u"4.2"_s});
        person->clear();
        type(person, u"Abdullayev"_s);
        QTRY_COMPARE(keys(shown), QStringList {u"3.5"_s});
        person->clear();
        QTRY_COMPARE(rows->rowCount(), 9);

        // Period: the sample is of 10 July, the second meeting of 18 July.
        auto* fromCheck = child<QCheckBox>(shown, "fromCheck");
        auto* fromEdit = child<QDateEdit>(shown, "fromEdit");
        QVERIFY(!fromEdit->isEnabled());
        QTest::mouseClick(fromCheck, Qt::LeftButton);
        QVERIFY(fromEdit->isEnabled());
        fromEdit->setDate(QDate(2025, 7, 15));
        QCOMPARE(rows->rowCount(), 4);
        QTest::mouseClick(fromCheck, Qt::LeftButton);
        auto* toCheck = child<QCheckBox>(shown, "toCheck");
        QTest::mouseClick(toCheck, Qt::LeftButton);
        child<QDateEdit>(shown, "toEdit")->setDate(QDate(2025, 7, 12));
        QCOMPARE(rows->rowCount(), 5);
        QTest::mouseClick(toCheck, Qt::LeftButton);
        QCOMPARE(rows->rowCount(), 9);

        // Council.
        auto* council = child<QComboBox>(shown, "councilCombo");
        QCOMPARE(council->count(), 3);
        const QString second = MeetingImporter::secondSample()->councilName;
        QVERIFY(!second.isEmpty());
        council->setCurrentIndex(council->findText(second));
        QCOMPARE(rows->rowCount(), 4);
        QVERIFY(keys(shown).first().startsWith(u"4."));

        // Words, with the full-text search of "Find in all meetings".
        council->setCurrentIndex(0);
        auto* words = child<QLineEdit>(shown, "wordsEdit");
        words->setFocus();
        type(words, u"qadoqlash"_s);
        QTRY_COMPARE(keys(shown), QStringList {u"4.3"_s});

        // Clear filters brings everything back.
        QTest::mouseClick(child<QPushButton>(shown, "clearButton"), Qt::LeftButton);
        QCOMPARE(rows->rowCount(), 9);
        QVERIFY(words->text().isEmpty());
    }

    void sortsByDeadlineAndByPerson()
    {
        addSamples();
        auto window = openWindow();
        DecisionRegisterWidget* shown = openRegister(*window);
        QTableView* view = shown->view();
        // Add a dated deadline earlier than 1 September, so dates compare as dates
        // (01.10 < 15.08 as text, not as dates).
        {
            auto database = Database::open(m_path);
            Meeting sample = *(*database)->meetings().load(m_sample);
            sample.resolutions[0].deadline = Deadline {DeadlineKind::Date, QDate(2025, 10, 1)};
            sample.resolutions[1].deadline = Deadline {DeadlineKind::Date, QDate(2025, 8, 15)};
            QVERIFY((*database)->meetings().save(sample));
        }
        shown->refresh();
        clickHeader(view, Column::DueColumn);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(Column::DueColumn));
        QCOMPARE(keys(shown).mid(0, 3), (QStringList {u"3.2"_s, u"4.2"_s, u"3.1"_s}));
        clickHeader(view, Column::DueColumn); // the other way round: the latest first
        QVERIFY(keys(shown).indexOf(u"3.1"_s) < keys(shown).indexOf(u"3.2"_s));

        // By person, in Uzbek order: Sh after U; lines without a person last.
        clickHeader(view, Column::ResponsibleColumn);
        if (view->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder)
            clickHeader(view, Column::ResponsibleColumn);
        const QStringList persons = column(shown, Column::ResponsibleColumn);
        QCOMPARE(persons.mid(0, 3),
            (QStringList {
                u"N.Abdullayev"_s, u"U.Abdurahmonov"_s, u"Sh.Toshpoʻlatov, G.Ergasheva"_s}));
        QVERIFY(persons.last().isEmpty());

        // By meeting number as a number.
        clickHeader(view, Column::ResolutionColumn);
        if (view->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder)
            clickHeader(view, Column::ResolutionColumn);
        QCOMPARE(keys(shown).first(), u"3.1"_s);
        QCOMPARE(keys(shown).last(), u"4.4"_s);
    }

    void marksAnOverdueDecision()
    {
        addSamples();
        auto window = openWindow();
        DecisionRegisterWidget* shown = openRegister(*window);
        const QAbstractItemModel* rows = shown->view()->model();
        const int late = rowOf(shown, 4, 2);
        const int onTime = rowOf(shown, 4, 4);
        QVERIFY(late >= 0 && onTime >= 0);
        const QDate today = QDate::currentDate();
        const qint64 days = QDate(2025, 9, 1).daysTo(today);
        QVERIFY(days > 0);
        // In words and as a number…
        QCOMPARE(rows->index(late, Column::OverdueColumn).data().toLongLong(), days);
        QVERIFY(rows->index(late, Column::FollowUpColumn)
                    .data()
                    .toString()
                    .contains(DecisionRegisterModel::tr("%1, overdue").arg(QString()).mid(2)));
        QVERIFY(rows->index(late, Column::DueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(days)));
        // …with an icon and a colour.
        QVERIFY(
            !rows->index(late, Column::DueColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(rows->index(late, Column::TextColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!rows->index(onTime, Column::TextColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(rows->index(onTime, Column::OverdueColumn).data().toString().isEmpty());
        QVERIFY(!rows->index(onTime, Column::DueColumn).data(Qt::DecorationRole).isValid());
        QVERIFY(child<QLabel>(shown, "countLabel")->text().contains(u"1 overdue"_s));
    }

    void doubleClickAndEnterOpenTheMeetingAtTheResolution()
    {
        addSamples();
        auto window = openWindow();
        QVERIFY(window->openMeeting(m_sample));
        DecisionRegisterWidget* shown = openRegister(*window);
        QTableView* view = shown->view();
        QSignalSpy opened(shown, &DecisionRegisterWidget::openRequested);

        const QModelIndex second = view->model()->index(rowOf(shown, 4, 3), Column::TextColumn);
        view->scrollTo(second);
        // A double-click is a click and a second press that the system calls double.
        const QPoint at = view->visualRect(second).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened.size(), 1);
        QTRY_COMPARE(window->session()->document()->meeting().id, m_second);
        auto* tabs = child<QTabWidget>(window->editor(), "tabs");
        ResolutionsPage* page = window->editor()->resolutionsPage();
        QCOMPARE(tabs->currentWidget(), page);
        auto* resolutions = child<QAbstractItemView>(page, "resolutionsView");
        QCOMPARE(resolutions->currentIndex().row(), 2);

        // Enter on another line, from the keyboard.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowOf(shown, 3, 4), Column::TextColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(window->session()->document()->meeting().id, m_sample);
        QCOMPARE(tabs->currentWidget(), page);
        QCOMPARE(resolutions->currentIndex().row(), 3);
    }

    void recordsAFollowUpOnASignedMeeting()
    {
        addSamples(MeetingStatus::Signed);
        auto window = openWindow();
        QVERIFY(window->openMeeting(m_sample));
        QVERIFY(window->session()->document()->isReadOnly());
        DecisionRegisterWidget* shown = openRegister(*window);
        QTableView* view = shown->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowOf(shown, 3, 5), Column::TextColumn));
        QVERIFY(shown->currentEntry());
        QCOMPARE(shown->currentEntry()->resolutionNumber, 5);

        auto* status = child<QComboBox>(shown, "followUpCombo");
        auto* note = child<QLineEdit>(shown, "noteEdit");
        auto* date = child<QDateEdit>(shown, "followUpDateEdit");
        QVERIFY(status->isEnabled());
        status->setCurrentIndex(status->findData(int(FollowUpStatus::InProgress)));
        date->setDate(QDate(2025, 8, 1));
        note->setFocus();
        type(note, u"Ishchi guruh tuzildi, loyiha koʻrib chiqilmoqda"_s);
        QTest::mouseClick(child<QPushButton>(shown, "recordButton"), Qt::LeftButton);

        // What the database holds, through its own connection.
        {
            auto database = Database::open(m_path);
            const Meeting stored = *(*database)->meetings().load(m_sample);
            QCOMPARE(stored.status, MeetingStatus::Signed);
            QCOMPARE(stored.resolutions[4].followUpStatus, FollowUpStatus::InProgress);
            QCOMPARE(stored.resolutions[4].statusNote,
                u"Ishchi guruh tuzildi, loyiha koʻrib chiqilmoqda"_s);
            DecisionFilter filter;
            filter.responsible = u"Abdullayev"_s;
            const auto entries = (*database)->decisions().list(filter);
            QCOMPARE(entries->size(), 1);
            QCOMPARE(entries->first().history.size(), 1);
            QCOMPARE(entries->first().history.first().date, QDate(2025, 8, 1));
        }
        // The register and the editor show it.
        QCOMPARE(shown->currentEntry()->resolutionNumber, 5);
        QCOMPARE(shown->currentEntry()->followUpStatus, FollowUpStatus::InProgress);
        QCOMPARE(window->session()->document()->meeting().resolutions[4].followUpStatus,
            FollowUpStatus::InProgress);

        // A second step: done. The history lists both, the newest first.
        status->setCurrentIndex(status->findData(int(FollowUpStatus::Done)));
        note->setFocus();
        type(note, u"Bajarildi"_s);
        QTest::keyClick(note, Qt::Key_Return);
        auto* history = child<QTableView>(shown, "historyView");
        QCOMPARE(history->model()->rowCount(), 2);
        QCOMPARE(
            history->model()->index(0, DecisionRegisterHistoryModel::NoteColumn).data().toString(),
            u"Bajarildi"_s);
        QCOMPARE(
            history->model()->index(1, DecisionRegisterHistoryModel::DateColumn).data().toString(),
            u"01.08.2025"_s);
        auto database = Database::open(m_path);
        QCOMPARE((*database)->meetings().load(m_sample)->resolutions[4].followUpStatus,
            FollowUpStatus::Done);
    }

    void aFollowUpOnTheMeetingInTheEditorIsNoConflict()
    {
        addSamples(MeetingStatus::Draft, false);
        auto window = openWindow();
        QVERIFY(window->openMeeting(m_sample));
        DecisionRegisterWidget* shown = openRegister(*window);
        shown->view()->setCurrentIndex(shown->view()->model()->index(4, Column::TextColumn));
        auto* status = child<QComboBox>(shown, "followUpCombo");
        status->setCurrentIndex(status->findData(int(FollowUpStatus::Done)));
        QTest::mouseClick(child<QPushButton>(shown, "recordButton"), Qt::LeftButton);
        // The editor holds the meeting as stored now: its next save is no conflict
        // and keeps the step.
        MeetingSession* session = window->session();
        QCOMPARE(
            session->document()->meeting().resolutions[4].followUpStatus, FollowUpStatus::Done);
        auto* place = child<QLineEdit>(window->editor(), "placeEdit");
        place->setFocus();
        type(place, u", 2-zal"_s);
        QVERIFY(!session->isSaved());
        QVERIFY(window->saveNow());
        QVERIFY(!window->session()->hasConflict());
        auto database = Database::open(m_path);
        const Meeting stored = *(*database)->meetings().load(m_sample);
        QCOMPARE(stored.resolutions[4].followUpStatus, FollowUpStatus::Done);
        QVERIFY2(stored.place.contains(u"2-zal"_s), qPrintable(stored.place));
    }

    // The register open beside the editor follows what the editor writes (a
    // save, the autosave of a follow-up status, a change of status) without
    // being clicked on, and keeps its sort order and the decision selected.
    void followsTheEditorWithoutBeingActivated()
    {
        addSamples();
        auto window = openWindow();
        QVERIFY(window->openMeeting(m_sample));
        DecisionRegisterWidget* shown = openRegister(*window);
        QTableView* view = shown->view();
        clickHeader(view, Column::ResponsibleColumn);
        if (view->horizontalHeader()->sortIndicatorOrder() != Qt::DescendingOrder)
            clickHeader(view, Column::ResponsibleColumn);
        view->setCurrentIndex(view->model()->index(rowOf(shown, 4, 2), Column::TextColumn));
        QCOMPARE(shown->currentEntry()->resolutionNumber, 2);
        const QStringList order = keys(shown);
        const auto unchangedView = [&] {
            QCOMPARE(keys(shown), order);
            QCOMPARE(
                view->horizontalHeader()->sortIndicatorSection(), int(Column::ResponsibleColumn));
            QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
            QVERIFY(shown->currentEntry());
            QCOMPARE(shown->currentEntry()->meetingNumber, 4);
            QCOMPARE(shown->currentEntry()->resolutionNumber, 2);
            QVERIFY(!shown->isActiveWindow());
        };
        // What the register's model holds for one decision.
        const auto entry = [shown](int meeting, int resolution) {
            const QList<DecisionEntry> entries = shown->model()->entries();
            for (const DecisionEntry& e : entries) {
                if (e.meetingNumber == meeting && e.resolutionNumber == resolution)
                    return e;
            }
            return DecisionEntry {};
        };

        // Back to the editor; the register stays open beside it.
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(shown->isVisible());
        QVERIFY(!shown->isActiveWindow());

        // Resolution 3's text, typed and saved.
        window->editor()->showPart(u"resolution 3"_s);
        auto* text = child<QPlainTextEdit>(window->editor()->resolutionsPage(), "textEdit");
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        type(text, u" Ijro muddati — 1-sentabr."_s);
        QVERIFY(window->saveNow());
        QTRY_VERIFY(entry(3, 3).fullText().contains(u"Ijro muddati — 1-sentabr."_s));
        const int row = rowOf(shown, 3, 3);
        QVERIFY(view->model()
                    ->index(row, Column::TextColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"1-sentabr"_s));
        unchangedView();

        // Its follow-up status chosen in the editor, stored by the autosave.
        auto* followUp = child<QComboBox>(window->editor()->resolutionsPage(), "followUpCombo");
        QCOMPARE(followUp->currentData().toInt(), int(FollowUpStatus::Open));
        followUp->setFocus();
        QTest::keyClick(followUp, Qt::Key_Down);
        QCOMPARE(window->session()->document()->meeting().resolutions[2].followUpStatus,
            FollowUpStatus::InProgress);
        QVERIFY(!window->session()->isSaved());
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->isSaved(), 5000);
        QTRY_COMPARE(entry(3, 3).followUpStatus, FollowUpStatus::InProgress);
        QVERIFY(view->model()
                    ->index(rowOf(shown, 3, 3), Column::FollowUpColumn)
                    .data()
                    .toString()
                    .startsWith(EnumNames::name(FollowUpStatus::InProgress)));
        unchangedView();

        // A change of status through the lifecycle.
        QCOMPARE(entry(3, 3).meetingStatus, MeetingStatus::Draft);
        QVERIFY(window->changeStatus(MeetingStatus::Review));
        QTRY_COMPARE(entry(3, 3).meetingStatus, MeetingStatus::Review);
        unchangedView();

        // Closed, it reads nothing; shown again, it shows what changed meanwhile.
        shown->close();
        QVERIFY(window->changeStatus(MeetingStatus::Draft));
        QTest::qWait(20);
        QCOMPARE(entry(3, 3).meetingStatus, MeetingStatus::Review);
        shown->show();
        QTRY_COMPARE(entry(3, 3).meetingStatus, MeetingStatus::Draft);
    }

    void exportsWhatIsShown()
    {
        addSamples();
        auto window = openWindow();
        DecisionRegisterWidget* shown = openRegister(*window);
        auto* person = child<QLineEdit>(shown, "personEdit");
        type(person, u"a"_s); // N.Abdullayev, U.Abdurahmonov, Sh.Toshpoʻlatov with G.Ergasheva
        QTRY_COMPARE(shown->view()->model()->rowCount(), 3);
        clickHeader(shown->view(), Column::ResponsibleColumn);
        if (shown->view()->horizontalHeader()->sortIndicatorOrder() != Qt::DescendingOrder)
            clickHeader(shown->view(), Column::ResponsibleColumn);
        const QStringList order = keys(shown);
        QCOMPARE(order, (QStringList {u"4.2"_s, u"4.4"_s, u"3.5"_s}));

        const QString csvPath = m_dir.filePath(u"register.csv"_s);
        QVERIFY(shown->exportTo(csvPath, DecisionRegisterWidget::ExportKind::Csv));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(csv.readAll());
        QCOMPARE(records.size(), 4);
        const QStringList header = records.first();
        const qsizetype number = header.indexOf(u"Qaror №"_s);
        const qsizetype meeting = header.indexOf(u"Yigʻilish №"_s);
        const qsizetype persons = header.indexOf(u"Masʼullar"_s);
        QVERIFY(number >= 0 && meeting >= 0 && persons >= 0);
        QStringList parsed;
        for (const QStringList& record : records.mid(1)) {
            QCOMPARE(record.size(), header.size());
            parsed.append(record.at(meeting) + u'.' + record.at(number));
        }
        QCOMPARE(parsed, order);
        QVERIFY(records.at(1).at(persons).contains(u"Sh.Toshpoʻlatov"_s));

        const QString pdfPath = m_dir.filePath(u"register.pdf"_s);
        QVERIFY(shown->exportTo(pdfPath, DecisionRegisterWidget::ExportKind::Pdf));
        QVERIFY(Poppler::info(pdfPath).value(u"Page size"_s).startsWith(u"842"));
        const QString text = Poppler::pages(pdfPath).join(u'\n');
        QVERIFY2(text.contains(u"N.Abdullayev"_s), qPrintable(text));
        QVERIFY(text.contains(u"Masʼul: a"_s));
        QVERIFY(!text.contains(u"Quyidagilar"_s));

        // The print preview pages the same report, A4 landscape.
        int previewPages = 0;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QTimer::singleShot(0, shown, [&] {
            // Inside the dialog's exec(): read what it shows, then close it whatever it shows.
            auto* dialog = shown->findChild<QPrintPreviewDialog*>();
            if (!dialog)
                return;
            if (auto* pages = dialog->findChild<QPrintPreviewWidget*>()) {
                pages->updatePreview();
                previewPages = pages->pageCount();
            }
            orientation = dialog->printer()->pageLayout().orientation();
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(shown, "previewButton"), Qt::LeftButton);
        QVERIFY(previewPages >= 1);
        QCOMPARE(orientation, QPageLayout::Landscape);

        const QString odtPath = m_dir.filePath(u"register.odt"_s);
        QVERIFY(shown->exportTo(odtPath, DecisionRegisterWidget::ExportKind::Odt));
        QFile odt(odtPath);
        QVERIFY(odt.open(QIODevice::ReadOnly));
        QVERIFY(odt.read(2) == "PK");
    }
};

QTEST_MAIN(TestDecisionRegister)
#include "testdecisionregister.moc"
