// The opening, the quorum line and the appendices in the editor,
// driven as a user drives them: typed into the Meeting page's Opening group,
// the members' count set, presence changed in the attendance, appendices added
// on their tab. Each test reads what was stored through a second connection
// and what the protocol prints from it.
#include "document/protocolcomposer.h"
#include "document/protocoltextwriter.h"
#include "gui/app/mainwindow.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/appendicespage.h"
#include "gui/editor/appendixnumbers.h"
#include "gui/editor/meetingeditor.h"
#include "gui/editor/meetingpage.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Bayon;
using namespace Bayon::GuiTest;
using namespace Qt::StringLiterals;

namespace {
constexpr int saveTimeoutMs = 5000;
} // namespace

class TestOpeningEditor : public QObject
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

    qint64 save(const Meeting& meeting)
    {
        auto database = Database::open(m_path);
        if (!database)
            qFatal("database: %s", qPrintable(database.error().message));
        auto saved = (*database)->meetings().save(meeting);
        if (!saved)
            qFatal("save: %s", qPrintable(saved.error().message));
        return saved->id;
    }

    qint64 addSample(MeetingStatus status = MeetingStatus::Draft)
    {
        Meeting meeting = *MeetingImporter::sample();
        meeting.status = status;
        return save(meeting);
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

    // The protocol as exported to text from what is stored.
    QString printed(qint64 id)
    {
        return QString::fromUtf8(ProtocolTextWriter::write(ProtocolComposer::compose(stored(id))));
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

    void undoKeys(QWidget* target, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(target, Qt::Key_Z, Qt::ControlModifier);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-test"_s);
    }

    void init()
    {
        m_path = m_dir.filePath(u"opening-%1.sqlite"_s.arg(++m_run));
        QSettings().clear();
    }

    void openingIsStoredAndPrinted()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        MeetingPage* page = window->editor()->meetingPage();
        QVERIFY(stored(id).startTime.isValid());

        auto* end = child<QTimeEdit>(page, "endTimeEdit");
        end->setFocus();
        end->setTime(QTime(13, 0));
        auto* convened = child<QLineEdit>(page, "convenedByEdit");
        convened->setFocus();
        type(convened, u"Kengash raisi A.Ishanxodjaev"_s);
        auto* basis = child<QLineEdit>(page, "basisEdit");
        basis->setFocus();
        type(basis, u"Kengash Nizomining 12-bandi"_s);
        QVERIFY(waitSaved(*window));

        Meeting meeting = stored(id);
        QCOMPARE(meeting.endTime, QTime(13, 0));
        QCOMPARE(meeting.convenedBy, u"Kengash raisi A.Ishanxodjaev"_s);
        QCOMPARE(meeting.basis, u"Kengash Nizomining 12-bandi"_s);
        const QString text = printed(id);
        QVERIFY2(text.contains(u"da boshlandi, 13:00 da tugadi."_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"Yigʻilishni chaqirdi: Kengash raisi A.Ishanxodjaev."_s));
        QVERIFY(text.contains(u"Asos: Kengash Nizomining 12-bandi."_s));

        // The basis typed is one undo step; the end time another.
        undoKeys(basis);
        QCOMPARE(basis->text(), QString());
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).basis, QString());
        QCOMPARE(stored(id).convenedBy, u"Kengash raisi A.Ishanxodjaev"_s);
        undoKeys(convened);
        undoKeys(end);
        QVERIFY(waitSaved(*window));
        meeting = stored(id);
        QCOMPARE(meeting.convenedBy, QString());
        QVERIFY(!meeting.endTime.isValid());
        QVERIFY(!printed(id).contains(u"tugadi"_s));
    }

    void quorumLineFollowsTheAttendance()
    {
        // Nine members in the attendance, seven present.
        Meeting meeting = *MeetingImporter::sample();
        meeting.attendance.clear();
        for (int i = 0; i < 9; ++i) {
            Attendance a;
            a.person.fullName = u"Aʼzo %1 Familiyasi"_s.arg(i + 1);
            a.person.shortName = u"A.Familiyasi%1"_s.arg(i + 1);
            a.presence = i < 7 ? Presence::Present : Presence::Absent;
            meeting.attendance.append(a);
        }
        meeting.chair = meeting.attendance.at(0).person;
        meeting.secretary = meeting.attendance.at(1).person;
        const qint64 id = save(meeting);
        auto window = openWindow();
        MeetingPage* page = window->editor()->meetingPage();
        auto* quorum = child<QLabel>(page, "quorumLabel");
        // A meeting of no body in the narrative form prints no quorum line
        // until the members' count is given.
        QVERIFY(stored(id).councilId == 0);
        QVERIFY2(!quorum->text().contains(u"Kvorum"_s), qPrintable(quorum->text()));
        QVERIFY(!quorum->property("bayonWarning").toBool());
        QVERIFY(!printed(id).contains(u"Kvorum"_s));

        auto* members = child<QSpinBox>(page, "memberCountSpin");
        QCOMPARE(members->text(), members->specialValueText());
        members->setFocus();
        members->selectAll();
        QTest::keyClicks(members, u"15"_s);
        QCOMPARE(members->value(), 15);
        QVERIFY2(quorum->text().contains(u"15\u00A0nafar"_s), qPrintable(quorum->text()));
        QVERIFY(quorum->text().contains(u"Kvorum mavjud emas"_s));
        // A warning, not an error: amber, with the validator's message.
        QVERIFY(quorum->property("bayonWarning").toBool());
        QVERIFY(!quorum->property("bayonInvalid").toBool());
        QVERIFY(!quorum->toolTip().isEmpty());
        QVERIFY(quorum->text().contains(quorum->toolTip()));
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).memberCount, 15);
        QVERIFY(printed(id).contains(u"Kvorum mavjud emas"_s));

        // An eighth member comes: the quorum is there.
        auto* view = child<QTableView>(page, "attendanceView");
        QVERIFY(view->model()->setData(view->model()->index(7, 5), int(Presence::Present)));
        QVERIFY2(quorum->text().contains(u"qatnashdi\u00A0\u2014 8\u00A0nafar. Kvorum mavjud."_s),
            qPrintable(quorum->text()));
        QVERIFY(!quorum->property("bayonWarning").toBool());
        QVERIFY(quorum->toolTip().isEmpty());
        QVERIFY(waitSaved(*window));
        QVERIFY(printed(id).contains(u"qatnashdi\u00A0\u2014 8\u00A0nafar. Kvorum mavjud."_s));

        // Back to counting the attendance: one undo step per change.
        undoKeys(view);
        QVERIFY(quorum->text().contains(u"Kvorum mavjud emas"_s));
    }

    void appendixIsAddedStoredAndPrinted()
    {
        const qint64 id = addSample();
        QVERIFY(stored(id).appendices.isEmpty());
        auto window = openWindow();
        MeetingEditor* editor = window->editor();
        AppendicesPage* page = editor->appendicesPage();
        child<QTabWidget>(editor, "tabs")->setCurrentWidget(page);
        auto* list = child<QListWidget>(page, "appendixList");
        QCOMPARE(list->count(), 0);

        QTest::mouseClick(child<QPushButton>(page, "addAppendixButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        auto* title = child<QLineEdit>(page, "appendixTitleEdit");
        QVERIFY(title->hasFocus());
        // An untitled document is an error of its own; no mention of it a warning.
        QVERIFY(title->property("bayonInvalid").toBool());
        auto* warning = child<QLabel>(page, "appendicesWarningLabel");
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->property("bayonWarning").toBool());
        type(title, u"Tadbirlar rejasi"_s);
        auto* body = child<QPlainTextEdit>(page, "appendixBodyEdit");
        body->setFocus();
        type(body, u"Birinchi band."_s);
        QVERIFY(!title->property("bayonInvalid").toBool());
        QVERIFY(waitSaved(*window));

        const Meeting meeting = stored(id);
        QCOMPARE(meeting.appendices.size(), 1);
        QCOMPARE(meeting.appendices.at(0).title, u"Tadbirlar rejasi"_s);
        QCOMPARE(meeting.appendices.at(0).body, u"Birinchi band."_s);
        // The list shows the number the print gives.
        const QString shown = list->item(0)->text();
        const QString label = shown.section(u' ', 0, 0);
        QVERIFY2(label.endsWith(u"-ilova"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"Tadbirlar rejasi"_s));
        const QString text = printed(id);
        const qsizetype signatures = text.lastIndexOf(u"A.Ishanxodjaev"_s);
        const qsizetype appendix = text.indexOf(u"bayonnomaga "_s + label);
        QVERIFY2(appendix > signatures && signatures > 0, qPrintable(label));
        QVERIFY(text.indexOf(u"Tadbirlar rejasi"_s, appendix) > appendix);
        QVERIFY(text.indexOf(u"Birinchi band."_s, appendix) > appendix);

        // A second one, moved up: one undo step each.
        QTest::mouseClick(child<QPushButton>(page, "addAppendixButton"), Qt::LeftButton);
        type(title, u"Xabarnoma"_s);
        QCOMPARE(list->currentRow(), 1);
        QTest::mouseClick(child<QPushButton>(page, "moveAppendixUpButton"), Qt::LeftButton);
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(list->item(0)->text().contains(u"Xabarnoma"_s));
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).appendices.at(0).title, u"Xabarnoma"_s);
        undoKeys(list);
        QVERIFY(list->item(0)->text().contains(u"Tadbirlar rejasi"_s));
        undoKeys(list, 2); // the title typed, then the second document
        QCOMPARE(list->count(), 1);
        undoKeys(list, 3); // the body, the title, the first document
        QCOMPARE(list->count(), 0);
        QVERIFY(waitSaved(*window));
        QVERIFY(stored(id).appendices.isEmpty());
        QVERIFY(!printed(id).contains(u"Tadbirlar rejasi"_s));
    }

    void appendixNumbersFollowThePrint()
    {
        // The second sample: the attendee list is 1-ilova, the notice 2-ilova,
        // its one attached document 3-ilova.
        Meeting meeting = *MeetingImporter::secondSample();
        QCOMPARE(meeting.appendices.size(), 1);
        QCOMPARE(AppendixNumbers::of(meeting), QList<int>({3}));
        const QString text
            = QString::fromUtf8(ProtocolTextWriter::write(ProtocolComposer::compose(meeting)));
        QVERIFY(text.contains(u"bayonnomaga 3-ilova"_s));
        // A second document, mentioned nowhere, prints last; the first keeps its number.
        Appendix extra;
        extra.title = meeting.appendices.at(0).title; // the same title: still told apart
        meeting.appendices.append(extra);
        QCOMPARE(AppendixNumbers::of(meeting), QList<int>({3, 4}));
        // Without the notice, every number moves up by one.
        meeting.notification.clear();
        QCOMPARE(AppendixNumbers::of(meeting), QList<int>({2, 3}));
        QCOMPARE(AppendixNumbers::of(Meeting {}), QList<int>());
    }

    void signedMeetingShowsAllReadOnly()
    {
        Meeting meeting = *MeetingImporter::sample();
        meeting.status = MeetingStatus::Signed;
        Appendix appendix;
        appendix.title = u"Reja"_s;
        meeting.appendices.append(appendix);
        const qint64 id = save(meeting);
        auto window = openWindow();
        MeetingEditor* editor = window->editor();
        QVERIFY(window->session()->document()->isReadOnly());
        MeetingPage* page = editor->meetingPage();
        QVERIFY(child<QLineEdit>(page, "convenedByEdit")->isReadOnly());
        QVERIFY(child<QLineEdit>(page, "basisEdit")->isReadOnly());
        QVERIFY(child<QPlainTextEdit>(page, "notificationEdit")->isReadOnly());
        QVERIFY(child<QTimeEdit>(page, "endTimeEdit")->isReadOnly());
        QVERIFY(child<QSpinBox>(page, "memberCountSpin")->isReadOnly());
        auto* convened = child<QLineEdit>(page, "convenedByEdit");
        convened->setFocus();
        type(convened, u"xyz"_s);
        QCOMPARE(convened->text(), QString());

        AppendicesPage* appendices = editor->appendicesPage();
        child<QTabWidget>(editor, "tabs")->setCurrentWidget(appendices);
        QCOMPARE(child<QListWidget>(appendices, "appendixList")->count(), 1);
        for (const char* name : {"addAppendixButton", "removeAppendixButton",
                 "moveAppendixUpButton", "moveAppendixDownButton"})
            QVERIFY2(!child<QPushButton>(appendices, name)->isEnabled(), name);
        QVERIFY(child<QLineEdit>(appendices, "appendixTitleEdit")->isReadOnly());
        QVERIFY(child<QPlainTextEdit>(appendices, "appendixBodyEdit")->isReadOnly());
        QCOMPARE(window->session()->document()->meeting(), stored(id));
    }

    void everyControlIsNamed()
    {
        addSample();
        auto window = openWindow();
        MeetingEditor* editor = window->editor();
        for (QWidget* page : {static_cast<QWidget*>(editor->meetingPage()),
                 static_cast<QWidget*>(editor->appendicesPage())}) {
            const auto labels = page->findChildren<QLabel*>();
            const auto widgets = page->findChildren<QWidget*>();
            for (QWidget* widget : widgets) {
                // The page's own controls, not the parts Qt composes them of.
                const QString name = widget->objectName();
                const bool control = name.endsWith(u"Edit") || name.endsWith(u"Spin")
                    || name.endsWith(u"List") || name.endsWith(u"Button") || name.endsWith(u"Combo")
                    || name.endsWith(u"View");
                if (!control || widget->focusPolicy() == Qt::NoFocus)
                    continue;
                const bool buddied = std::any_of(labels.cbegin(), labels.cend(),
                    [widget](QLabel* label) { return label->buddy() == widget; });
                const bool named = !widget->accessibleName().isEmpty();
                const bool button = qobject_cast<QPushButton*>(widget) != nullptr;
                QVERIFY2(buddied || named || button, qPrintable(widget->objectName()));
            }
        }
    }
};

QTEST_MAIN(TestOpeningEditor)
#include "testopeningeditor.moc"
