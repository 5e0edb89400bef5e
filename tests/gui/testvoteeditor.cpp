// The vote of a resolution or of an agenda item entered in the editor as a
// user does: the way of voting, the counts, a roll call with a
// dissenting opinion; each change one undo step; what is saved is read back
// through a second connection and printed as the template prints it.
#include "document/protocolcomposer.h"
#include "document/protocoltextwriter.h"
#include "gui/app/mainwindow.h"
#include "gui/editing/changevotecommand.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/agendapage.h"
#include "gui/editor/meetingeditor.h"
#include "gui/editor/resolutionspage.h"
#include "gui/editor/voteeditor.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Bayon;
using namespace Bayon::GuiTest;
using namespace Qt::StringLiterals;

namespace {
constexpr int saveTimeoutMs = 5000;
} // namespace

class TestVoteEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;

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

    qint64 addSample(MeetingStatus status = MeetingStatus::Draft)
    {
        auto database = Database::open(m_path);
        Meeting meeting = *MeetingImporter::sample();
        meeting.status = status;
        return (*database)->meetings().save(meeting)->id;
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = showMainWindow();
        if (!window->openDatabase(m_path))
            qFatal("the test database does not open");
        return window;
    }

    static bool waitSaved(MainWindow& window)
    {
        return QTest::qWaitFor(
            [&] { return window.session() && window.session()->isSaved(); }, saveTimeoutMs);
    }

    // The protocol as printed, on one line.
    static QString printed(const Meeting& meeting)
    {
        return QString::fromUtf8(ProtocolTextWriter::write(ProtocolComposer::compose(meeting)))
            .simplified();
    }

    template<typename T> static T* child(QWidget* parent, const QString& name)
    {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

    // The vote editor of the first resolution, shown.
    VoteEditor* resolutionVote(MainWindow& window)
    {
        MeetingEditor* editor = window.editor();
        child<QTabWidget>(editor, u"tabs"_s)->setCurrentWidget(editor->resolutionsPage());
        auto* view = child<QTableView>(editor->resolutionsPage(), u"resolutionsView"_s);
        view->setCurrentIndex(view->model()->index(0, 1));
        return child<VoteEditor>(editor->resolutionsPage(), u"voteEditor"_s);
    }

    // Picks a way of voting with the keyboard, as a user does.
    static void chooseKind(VoteEditor* vote, VoteKind kind)
    {
        auto* combo = child<QComboBox>(vote, u"voteKindCombo"_s);
        combo->setFocus();
        const int target = combo->findData(int(kind));
        QVERIFY(target >= 0);
        while (combo->currentIndex() != target) {
            const int before = combo->currentIndex();
            QTest::keyClick(combo, before < target ? Qt::Key_Down : Qt::Key_Up);
            QVERIFY(combo->currentIndex() != before);
        }
    }

    // Types a number into a spin box and confirms it with Return.
    static void enterCount(VoteEditor* vote, const QString& name, int value)
    {
        auto* spin = child<QSpinBox>(vote, name);
        QVERIFY(spin->isEnabled());
        spin->setFocus();
        spin->selectAll();
        type(spin, QString::number(value));
        QTest::keyClick(spin, Qt::Key_Return);
    }

    static int present(MainWindow& window)
    {
        return window.session()->document()->meeting().presentMemberCount();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-test"_s);
    }

    void init() { m_path = m_dir.filePath(u"vote-%1.sqlite"_s.arg(++m_run)); }

    void countsOnResolutionAreStoredAndPrinted()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        const int members = present(*window);
        QVERIFY(members >= 3);
        VoteEditor* vote = resolutionVote(*window);
        chooseKind(vote, VoteKind::Counts);
        enterCount(vote, u"voteForSpin"_s, members - 2);
        enterCount(vote, u"voteAgainstSpin"_s, 1);
        enterCount(vote, u"voteAbstainedSpin"_s, 1);
        QVERIFY(vote->message().isEmpty());
        QVERIFY(!child<QLabel>(vote, u"voteMessageLabel"_s)->isVisible());

        QVERIFY(waitSaved(*window));
        const Meeting m = stored(id);
        const Vote& saved = m.resolutions.at(0).vote;
        QCOMPARE(saved.kind, VoteKind::Counts);
        QCOMPARE(saved.forCount, members - 2);
        QCOMPARE(saved.againstCount, 1);
        QCOMPARE(saved.abstainedCount, 1);
        QVERIFY2(printed(m).contains(
                     u"Ovoz berish natijalari: «Rozi» — %1, «Qarshi» — 1, «Betaraf» — 1."_s.arg(
                         members - 2)),
            qPrintable(printed(m)));
        // What the preview shows is the meeting being edited.
        QCOMPARE(window->session()->document()->meeting().resolutions.at(0).vote, saved);
        // Under the fields, the vote as the protocol prints it.
        QTRY_VERIFY(vote->preview().contains(
            u"Ovoz berish natijalari: «Rozi» — %1, «Qarshi» — 1, «Betaraf» — 1."_s.arg(
                members - 2)));
        QVERIFY(child<QPlainTextEdit>(vote, u"votePreviewEdit"_s)->isVisible());
    }

    void keyboardReachesEveryField()
    {
        addSample();
        auto window = openWindow();
        VoteEditor* vote = resolutionVote(*window);
        chooseKind(vote, VoteKind::Counts);
        // From the last field of the resolution into the vote, then through it.
        auto* statusNote
            = child<QLineEdit>(window->editor()->resolutionsPage(), u"statusNoteEdit"_s);
        statusNote->setFocus();
        const auto focused = [](QWidget* field) {
            QWidget* now = QApplication::focusWidget();
            return now == field || field->isAncestorOf(now);
        };
        QTest::keyClick(statusNote, Qt::Key_Tab);
        QVERIFY(focused(child<QComboBox>(vote, u"voteKindCombo"_s)));
        for (const QString& next : {u"voteForSpin"_s, u"voteAgainstSpin"_s, u"voteAbstainedSpin"_s,
                 u"voteOpinionsEdit"_s}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(focused(child<QWidget>(vote, next)), qPrintable(next));
        }
    }

    void wrongTotalIsMarked()
    {
        addSample();
        auto window = openWindow();
        const int members = present(*window);
        VoteEditor* vote = resolutionVote(*window);
        chooseKind(vote, VoteKind::Counts);
        enterCount(vote, u"voteForSpin"_s, members + 3);
        const QString expected = window->session()->document()->issue(u"resolution 1"_s, u"vote"_s);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.contains(QString::number(members + 3)));
        QCOMPARE(vote->message(), expected);
        auto* label = child<QLabel>(vote, u"voteMessageLabel"_s);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), expected);
        auto* forSpin = child<QSpinBox>(vote, u"voteForSpin"_s);
        QVERIFY(forSpin->property("bayonInvalid").toBool());
        QCOMPARE(forSpin->toolTip(), expected);

        // Put right, the mark goes.
        enterCount(vote, u"voteForSpin"_s, members);
        QVERIFY(vote->message().isEmpty());
        QVERIFY(!forSpin->property("bayonInvalid").toBool());
    }

    void unanimous()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        VoteEditor* vote = resolutionVote(*window);
        chooseKind(vote, VoteKind::Unanimous);
        QVERIFY(!child<QSpinBox>(vote, u"voteForSpin"_s)->isVisible());
        QVERIFY(waitSaved(*window));
        const Meeting m = stored(id);
        QCOMPARE(m.resolutions.at(0).vote.kind, VoteKind::Unanimous);
        QVERIFY(printed(m).contains(u"Bir ovozdan qabul qilindi."_s));
        QTRY_COMPARE(vote->preview(), u"Bir ovozdan qabul qilindi."_s);
    }

    void rollCallWithDissent()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        const QList<Person> members
            = VoteEditor::presentMembers(window->session()->document()->meeting());
        QVERIFY(members.size() >= 2);
        VoteEditor* vote = resolutionVote(*window);
        chooseKind(vote, VoteKind::RollCall);
        // Everyone present is listed, first guessed "for".
        QCOMPARE(vote->vote().rollCall.size(), members.size());
        const QString dissenter = members.at(1).printedName().simplified();
        QComboBox* choice = nullptr;
        QLineEdit* opinion = nullptr;
        for (QComboBox* combo : vote->findChildren<QComboBox*>()) {
            if (combo->accessibleName() == VoteEditor::tr("Vote of %1").arg(dissenter))
                choice = combo;
        }
        for (QLineEdit* edit : vote->findChildren<QLineEdit*>()) {
            if (edit->accessibleName() == VoteEditor::tr("Dissenting opinion of %1").arg(dissenter))
                opinion = edit;
        }
        QVERIFY(choice && opinion);
        QVERIFY(choice->isVisible());
        // The counts follow the roll call and cannot be typed over.
        QVERIFY(!child<QSpinBox>(vote, u"voteForSpin"_s)->isEnabled());
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down); // For → Against
        QCOMPARE(choice->currentData().toInt(), int(VoteChoice::Against));
        // Tab goes from a member's vote to their opinion.
        QTest::keyClick(choice, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), opinion);
        type(opinion, u"Muddat juda qisqa deb hisoblayman."_s);
        QTest::keyClick(opinion, Qt::Key_Return);

        QVERIFY(waitSaved(*window));
        const Meeting m = stored(id);
        const Vote& saved = m.resolutions.at(0).vote;
        QCOMPARE(saved.kind, VoteKind::RollCall);
        QCOMPARE(saved.rollCall.size(), members.size());
        QCOMPARE(saved.count(VoteChoice::Against), 1);
        QCOMPARE(saved.rollCall.at(1).member.printedName().simplified(), dissenter);
        QCOMPARE(saved.rollCall.at(1).choice, VoteChoice::Against);
        QCOMPARE(saved.rollCall.at(1).opinion, u"Muddat juda qisqa deb hisoblayman."_s);
        const QString text = printed(m);
        QVERIFY2(text.contains(u"Ovoz berish natijalari (nomma-nom ovoz berish): «Rozi» — %1, "
                               "«Qarshi» — 1, «Betaraf» — 0."_s.arg(members.size() - 1)),
            qPrintable(text));
        QVERIFY(text.contains(dissenter + u" — «Qarshi»"_s));
        QVERIFY(text.contains(
            u"Alohida fikr (%1): Muddat juda qisqa deb hisoblayman."_s.arg(dissenter)));
        QTRY_VERIFY(vote->preview().contains(
            u"Alohida fikr (%1): Muddat juda qisqa deb hisoblayman."_s.arg(dissenter)));
        QVERIFY(vote->preview().contains(dissenter + u" — «Qarshi»"_s));
    }

    void agendaItemVote()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        const int members = present(*window);
        MeetingEditor* editor = window->editor();
        child<QTabWidget>(editor, u"tabs"_s)->setCurrentWidget(editor->agendaPage());
        auto* agendaView = child<QListView>(editor->agendaPage(), u"agendaView"_s);
        agendaView->setCurrentIndex(agendaView->model()->index(1, 0));
        auto* itemTabs = child<QTabWidget>(editor->agendaPage(), u"itemTabs"_s);
        itemTabs->setCurrentWidget(child<QWidget>(editor->agendaPage(), u"voteTab"_s));
        auto* vote = child<VoteEditor>(editor->agendaPage(), u"voteEditor"_s);
        chooseKind(vote, VoteKind::Counts);
        enterCount(vote, u"voteForSpin"_s, members - 1);
        enterCount(vote, u"voteAbstainedSpin"_s, 1);
        QVERIFY(waitSaved(*window));
        const Meeting m = stored(id);
        QCOMPARE(m.agenda.at(1).vote.kind, VoteKind::Counts);
        QCOMPARE(m.agenda.at(1).vote.forCount, members - 1);
        QCOMPARE(m.agenda.at(1).vote.abstainedCount, 1);
        QVERIFY(m.agenda.at(0).vote.isEmpty());
        QTRY_VERIFY(vote->preview().contains(
            u"«Rozi» — %1, «Qarshi» — 0, «Betaraf» — 1."_s.arg(members - 1)));
        for (const Resolution& r : m.resolutions)
            QVERIFY(r.vote.isEmpty());
    }

    void undoRestoresTheVote()
    {
        const qint64 id = addSample();
        auto window = openWindow();
        const int members = present(*window);
        const Vote before = stored(id).resolutions.at(0).vote;
        VoteEditor* vote = resolutionVote(*window);
        QUndoStack* stack = window->session()->document()->undoStack();
        const int steps = stack->count();
        chooseKind(vote, VoteKind::Counts);
        QCOMPARE(stack->count(), steps + 1);
        enterCount(vote, u"voteForSpin"_s, members - 1);
        QCOMPARE(stack->count(), steps + 2);
        QCOMPARE(vote->vote().forCount, members - 1);

        auto* forSpin = child<QSpinBox>(vote, u"voteForSpin"_s);
        forSpin->setFocus();
        QTest::keyClick(forSpin, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->session()->document()->meeting().resolutions.at(0).vote.forCount, members);
        QCOMPARE(forSpin->value(), members);
        QTest::keyClick(forSpin, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->session()->document()->meeting().resolutions.at(0).vote, before);
        QCOMPARE(
            child<QComboBox>(vote, u"voteKindCombo"_s)->currentData().toInt(), int(before.kind));
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).resolutions.at(0).vote, before);
    }

    void disabledOnSignedMeeting()
    {
        const qint64 id = addSample(MeetingStatus::Signed);
        auto window = openWindow();
        QVERIFY(window->session()->document()->isReadOnly());
        VoteEditor* vote = resolutionVote(*window);
        auto* combo = child<QComboBox>(vote, u"voteKindCombo"_s);
        QVERIFY(!combo->isEnabled());
        for (QSpinBox* spin : vote->findChildren<QSpinBox*>())
            QVERIFY(!spin->isEnabled());
        for (QLineEdit* edit : vote->findChildren<QLineEdit*>()) {
            if (edit->parent() == vote || qobject_cast<QWidget*>(edit->parent())->isVisible())
                QVERIFY(!edit->isEnabled() || edit->isReadOnly());
        }
        const int steps = window->session()->document()->undoStack()->count();
        // Even a signal from the combo changes nothing.
        combo->setCurrentIndex(combo->findData(int(VoteKind::Unanimous)));
        emit combo->activated(combo->currentIndex());
        QCOMPARE(window->session()->document()->undoStack()->count(), steps);
        QCOMPARE(window->session()->document()->meeting(), stored(id));
        QCOMPARE(combo->currentData().toInt(),
            int(window->session()->document()->meeting().resolutions.at(0).vote.kind));

        MeetingEditor* editor = window->editor();
        child<QTabWidget>(editor, u"tabs"_s)->setCurrentWidget(editor->agendaPage());
        auto* agendaVote = child<VoteEditor>(editor->agendaPage(), u"voteEditor"_s);
        QVERIFY(!child<QComboBox>(agendaVote, u"voteKindCombo"_s)->isEnabled());
    }

    // The command and the document's setters alone: one step, both ways, and
    // the signal the models and the preview follow.
    void commandChangesAgendaItemVote()
    {
        const Meeting sample = *MeetingImporter::sample();
        MeetingDocument document(sample);
        QSignalSpy changedItem(&document, &MeetingDocument::itemChanged);
        Vote vote;
        vote.kind = VoteKind::Unanimous;
        vote.opinions = u"Alohida fikr yoʻq."_s;
        const QUuid item = sample.agenda.at(0).uid;
        QVERIFY(document.push(
            new ChangeVoteCommand(&document, ChangeVoteCommand::Target::AgendaItem, item, vote)));
        QCOMPARE(document.meeting().agenda.at(0).vote, vote);
        QCOMPARE(changedItem.size(), 1);
        QCOMPARE(changedItem.at(0).at(0).value<MeetingDocument::ListRef>().kind,
            MeetingDocument::ListKind::Agenda);
        QCOMPARE(changedItem.at(0).at(1).toInt(), 0);
        document.undoStack()->undo();
        QCOMPARE(document.meeting().agenda.at(0).vote, sample.agenda.at(0).vote);
        document.undoStack()->redo();
        QCOMPARE(document.meeting().agenda.at(0).vote, vote);

        // A restored revision brings its votes back, as it brings the rest.
        document.setContent(sample);
        QCOMPARE(document.meeting().agenda.at(0).vote, sample.agenda.at(0).vote);
        Meeting restored = sample;
        restored.resolutions[0].vote = vote;
        document.setContent(restored);
        QCOMPARE(document.meeting().resolutions.at(0).vote, vote);
    }

    void everyControlIsNamed()
    {
        VoteEditor vote;
        vote.setMembers({Person {0, u"Karimov Anvar"_s, u"A.Karimov"_s, {}, {}},
            Person {0, u"Saidova Dilnoza"_s, u"D.Saidova"_s, {}, {}}});
        Vote rollCall;
        rollCall.kind = VoteKind::RollCall;
        vote.setVote(rollCall);
        QSet<QWidget*> buddies;
        for (QLabel* label : vote.findChildren<QLabel*>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        const auto controls = vote.findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* control : controls) {
            if (!qobject_cast<QComboBox*>(control) && !qobject_cast<QSpinBox*>(control)
                && !(qobject_cast<QLineEdit*>(control)
                    && !qobject_cast<QSpinBox*>(control->parentWidget())))
                continue;
            ++checked;
            QVERIFY2(!control->accessibleName().isEmpty() || buddies.contains(control),
                qPrintable(control->objectName()));
        }
        // The kind, three counts, the opinions, and a vote and an opinion per member.
        QCOMPARE(checked, 1 + 3 + 1 + 2 * 2);
    }
};

QTEST_MAIN(TestVoteEditor)
#include "testvoteeditor.moc"
