// The life of a protocol in the editor: the History dialog (revisions, status
// log, the diff of two states, restoring a revision and undoing that),
// signing with a date and a scan attached, the attached files, and the
// control code in the status bar. The window and its dialogs are driven as a
// user drives them, offscreen; what was written is read back from the SQLite
// file through a second connection.
#include "domain/meetingdiff.h"
#include "gui/app/mainwindow.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editing/restorerevisioncommand.h"
#include "gui/editor/meetingeditor.h"
#include "gui/editor/meetingpage.h"
#include "gui/editor/models/agendamodel.h"
#include "gui/editor/models/attendancemodel.h"
#include "gui/editor/models/kpitablemodel.h"
#include "gui/editor/models/reportlistmodel.h"
#include "gui/editor/models/resolutionmodel.h"
#include "gui/editor/voteeditor.h"
#include "gui/lifecycle/attachmentlistmodel.h"
#include "gui/lifecycle/attachmentsdialog.h"
#include "gui/lifecycle/auditlogmodel.h"
#include "gui/lifecycle/historydialog.h"
#include "gui/lifecycle/meetingdiffhtml.h"
#include "gui/lifecycle/reopendialog.h"
#include "gui/lifecycle/revisionlistmodel.h"
#include "gui/lifecycle/signdialog.h"
#include "gui/widgets/enumnames.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"
#include "storage/database.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace Bayon;
using namespace Bayon::GuiTest;
using namespace Qt::StringLiterals;

namespace {

constexpr auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
constexpr int saveTimeoutMs = 5000;

// Every control a user reaches by Tab has a name a screen reader says: its
// accessible name, its own text (a button), or a label whose buddy it is.
QStringList unnamedControls(QWidget* dialog)
{
    QSet<const QWidget*> labelled;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QLabel*>(widget))
            continue;
        if (widget->objectName().startsWith(u"qt_") || widget->objectName().isEmpty())
            continue; // parts Qt makes inside its own widgets
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        if (!widget->accessibleName().isEmpty() || labelled.contains(widget)
            || (button && !button->text().isEmpty()))
            continue;
        unnamed.append(widget->objectName());
    }
    return unnamed;
}

} // namespace

// Takes the URLs QDesktopServices is asked to open, instead of a viewer.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestHistoryDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;

    std::unique_ptr<Database> database()
    {
        auto opened = Database::open(m_path);
        if (!opened)
            qFatal("database: %s", qPrintable(opened.error().message));
        return std::move(opened).value();
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = showMainWindow();
        if (!window->openDatabase(m_path))
            qFatal("the test database does not open");
        return window;
    }

    Meeting stored(qint64 id) { return *database()->meetings().load(id); }

    qint64 addSample() { return database()->meetings().save(*MeetingImporter::sample())->id; }

    // The sample, then its resolution 3 with one word changed: revisions 1 and 2.
    qint64 addSampleWithEdit()
    {
        const qint64 id = addSample();
        auto db = database();
        Meeting meeting = *db->meetings().load(id);
        meeting.resolutions[2].text.replace(u"boʻlim boshligʻi"_s, u"boshqarma boshligʻi"_s);
        if (!db->meetings().save(meeting))
            qFatal("second save failed");
        return id;
    }

    // Through review to final, as the lifecycle does it: the control code is stored.
    qint64 addFinalSample()
    {
        const qint64 id = addSample();
        auto db = database();
        if (!db->lifecycle().transition(id, MeetingStatus::Review, {}))
            qFatal("review failed");
        const auto final = db->lifecycle().transition(id, MeetingStatus::Final, {});
        if (!final)
            qFatal("final failed: %s", qPrintable(final.error().message));
        return id;
    }

    QString writePng(const QString& name, QColor colour = QColor(0x20, 0x40, 0x80))
    {
        QImage image(24, 16, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = m_dir.filePath(name);
        if (!image.save(path, "PNG"))
            qFatal("png not written");
        return path;
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // After a dialog closes, the window takes the keys again.
    static bool activate(MainWindow& window)
    {
        QApplication::setActiveWindow(&window);
        return QTest::qWaitForWindowActive(&window);
    }

    bool waitSaved(MainWindow& window)
    {
        return QTest::qWaitFor(
            [&] { return window.session() && window.session()->isSaved(); }, saveTimeoutMs);
    }

    template<typename T> T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-history-test"_s);
    }

    void init()
    {
        m_path = m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_run));
        QSettings().clear();
    }

    // A dialog a test waited for that never came fails that test, rather than
    // answering a dialog of the next one.
    void cleanup()
    {
        QList<QTimer*> waiting;
        for (QTimer* timer :
            qApp->findChildren<QTimer*>(whenShownTimerName(), Qt::FindDirectChildrenOnly)) {
            if (timer->isActive())
                waiting.append(timer);
        }
        qDeleteAll(waiting);
        QVERIFY2(waiting.isEmpty(), "a dialog the test waited for was not shown");
    }

    void modelsOverTheHistory()
    {
        const qint64 id = addSampleWithEdit();
        auto db = database();
        const auto history = db->lifecycle().history(id);
        QVERIFY(history);
        QCOMPARE(history->revisions.size(), 2);

        RevisionListModel revisions;
        QAbstractItemModelTester revisionsTester(&revisions, mode);
        revisions.setRevisions(history->revisions);
        QCOMPARE(revisions.rowCount(), 2);
        QCOMPARE(revisions.index(0, RevisionListModel::RevisionColumn).data().toInt(), 2);
        QCOMPARE(revisions.index(1, RevisionListModel::KindColumn).data().toString(), u"Created"_s);
        QCOMPARE(revisions.index(0, RevisionListModel::KindColumn).data().toString(), u"Saved"_s);
        QCOMPARE(revisions.rowOf(1), 1);
        QCOMPARE(revisions.rowOf(7), -1);
        RevisionInfo autosaves = history->revisions.first();
        autosaves.kind = RevisionKind::Autosave;
        autosaves.autosaves = 12;
        QCOMPARE(RevisionListModel::kindText(autosaves), u"Autosaved (12 saves)"_s);

        QVERIFY(db->lifecycle().transition(id, MeetingStatus::Review, u"raisga"_s));
        AuditLogModel audit;
        QAbstractItemModelTester auditTester(&audit, mode);
        audit.setEntries(db->lifecycle().history(id)->audit);
        QCOMPARE(audit.rowCount(), 1);
        QCOMPARE(audit.index(0, AuditLogModel::StatusColumn).data().toString(),
            u"draft → "_s + EnumNames::name(MeetingStatus::Review).toLower());
        QCOMPARE(audit.index(0, AuditLogModel::NoteColumn).data().toString(), u"raisga"_s);
        QCOMPARE(
            audit.index(0, AuditLogModel::ActionColumn).data().toString(), u"Status changed"_s);

        const QByteArray bytes = bytesOf(writePng(u"scan.png"_s));
        QVERIFY(db->lifecycle().attach(id, u"scan.png"_s, bytes));
        AttachmentListModel files;
        QAbstractItemModelTester filesTester(&files, mode);
        files.setAttachments(*db->lifecycle().attachments(id));
        QCOMPARE(files.rowCount(), 1);
        QCOMPARE(files.index(0, AttachmentListModel::NameColumn).data().toString(), u"scan.png"_s);
        QCOMPARE(files.index(0, AttachmentListModel::TypeColumn).data().toString(), u"PNG image"_s);
        QCOMPARE(files.index(0, AttachmentListModel::Sha256Column).data().toString(),
            QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void diffNamesThePartAndMarksTheWords()
    {
        Meeting before = *MeetingImporter::sample();
        Meeting after = before;
        after.resolutions[2].text.replace(u"boʻlim"_s, u"boshqarma"_s);
        after.form = MeetingForm::Online;
        const QList<MeetingDiff::Change> changes = MeetingDiff::compare(before, after);
        QStringList headings;
        for (const MeetingDiff::Change& change : changes)
            headings.append(MeetingDiffHtml::heading(change));
        QVERIFY2(
            headings.contains(u"Resolution 3: text changed"_s), qPrintable(headings.join(u'|')));
        QVERIFY2(headings.contains(u"Meeting: form changed"_s), qPrintable(headings.join(u'|')));
        QCOMPARE(MeetingDiffHtml::fieldName(u"subPoints 2"_s), u"sub-point 2"_s);
        QCOMPARE(MeetingDiffHtml::fieldName(u"chair.fullName"_s), u"chair: full name"_s);
        QCOMPARE(MeetingDiffHtml::partName(u"appendix 2"_s), u"Appendix 2"_s);
        QCOMPARE(MeetingDiffHtml::fieldName(u"vote.opinion 4"_s), u"dissenting opinion 4"_s);
        QCOMPARE(MeetingDiffHtml::fieldName(u"template.sealMark"_s), u"template: seal mark"_s);
        // A roll call's line is named by its member, wherever it stands.
        QCOMPARE(MeetingDiffHtml::fieldName(u"vote.rollCall A.Ishanxodjaev"_s),
            u"roll call A.Ishanxodjaev"_s);
        QCOMPARE(MeetingDiffHtml::fieldName(u"vote.opinion A.Ishanxodjaev"_s),
            u"dissenting opinion A.Ishanxodjaev"_s);
        QCOMPARE(MeetingDiffHtml::valueText(u"vote.rollCall O.Pekso"_s, u"O.Pekso: against"_s),
            u"O.Pekso: "_s + VoteEditor::choiceName(VoteChoice::Against));

        // Added words underlined, removed struck through: marks that need no colour.
        QTextDocument document;
        document.setHtml(MeetingDiffHtml::html(changes));
        bool underlined = false;
        bool struck = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.text().contains(u"boshqarma"_s))
                    underlined = fragment.charFormat().fontUnderline();
                if (fragment.text().contains(u"boʻlim"_s))
                    struck = fragment.charFormat().fontStrikeOut();
            }
        }
        QVERIFY(underlined);
        QVERIFY(struck);
        // A choice from a list by the names the interface gives, not the stored keys.
        QVERIFY(document.toPlainText().contains(EnumNames::name(MeetingForm::InPerson) + u" → "_s
            + EnumNames::name(MeetingForm::Online)));
        QVERIFY(!document.toPlainText().contains(u"in-person"_s));
        QVERIFY(MeetingDiffHtml::html({}).contains(u"No differences"_s));
    }

    void restoreCommandSwapsTheWholeContent()
    {
        const Meeting original = *MeetingImporter::sample();
        MeetingDocument document(original);
        AttendanceModel attendance;
        AgendaModel agenda;
        ResolutionModel resolutions;
        ReportListModel reports;
        KpiTableModel kpi;
        for (DocumentTableModel* model : std::initializer_list<DocumentTableModel*> {
                 &attendance, &agenda, &resolutions, &reports, &kpi})
            model->setDocument(&document);
        int item = -1;
        int report = -1;
        for (int i = 0; i < original.agenda.size() && item < 0; ++i) {
            for (int r = 0; r < original.agenda.at(i).reports.size(); ++r) {
                if (!original.agenda.at(i).reports.at(r).kpiTables.isEmpty()) {
                    item = i;
                    report = r;
                    break;
                }
            }
        }
        QVERIFY(item >= 0);
        const QUuid reportUid = original.agenda.at(item).reports.at(report).uid;
        reports.setAgendaItem(original.agenda.at(item).uid);
        kpi.setTable(reportUid, 0);
        QAbstractItemModelTester t1(&attendance, mode), t2(&agenda, mode), t3(&resolutions, mode),
            t4(&reports, mode), t5(&kpi, mode);

        // Another state: rows gone and added in every list, texts changed.
        Meeting other = original;
        other.place = u"Xiva"_s;
        other.attendance.removeLast();
        other.agenda[0].title += u" (tahrir)"_s;
        SpeakerReport& changed = other.agenda[item].reports[report];
        changed.body = u"Yangi matn."_s;
        changed.kpiTables[0].rows.removeFirst();
        other.resolutions.removeAt(1);
        Resolution added;
        added.text = u"Qoʻshimcha qaror."_s;
        other.resolutions.append(added);
        other.convenedBy = u"Kengash raisi"_s;
        other.resolutions[0].followUpStatus = FollowUpStatus::Done; // not the text: kept as is

        document.push(new RestoreRevisionCommand(&document, 1, other));
        Meeting expected = other;
        expected.resolutions[0].followUpStatus = original.resolutions.at(0).followUpStatus;
        QCOMPARE(document.meeting(), expected);
        QCOMPARE(attendance.rowCount(), int(other.attendance.size()));
        QCOMPARE(resolutions.rowCount(), int(other.resolutions.size()));
        QCOMPARE(kpi.rowCount(), int(changed.kpiTables[0].rows.size()));
        QCOMPARE(document.undoStack()->undoText(), u"Restore revision 1"_s);
        document.undoStack()->undo();
        QCOMPARE(document.meeting(), original);
        QCOMPARE(resolutions.rowCount(), int(original.resolutions.size()));
        document.undoStack()->redo();
        QCOMPARE(document.meeting(), expected);
    }

    void dialogComparesTwoRevisions()
    {
        const qint64 id = addSampleWithEdit();
        auto db = database();
        const Meeting current = *db->meetings().load(id);
        HistoryDialog dialog(db->lifecycle());
        QVERIFY(dialog.setMeeting(current));
        // Opens on the newest change: revision 1 against the text on screen.
        QVERIFY2(dialog.changesText().contains(u"Resolution 3: text changed"_s),
            qPrintable(dialog.changesText()));
        QVERIFY(dialog.changesText().contains(u"boshqarma"_s));
        QCOMPARE(dialog.selectedRevision(), 1);
        // The same two states either way round; a state with itself has no differences.
        dialog.compare(2, 1);
        QVERIFY(dialog.changesText().contains(u"Resolution 3: text changed"_s));
        dialog.compare(2, HistoryDialog::currentText);
        QVERIFY(dialog.changesText().contains(u"No differences"_s));
        // Choosing two rows compares them, the older first.
        auto* view = child<QTableView>(&dialog, "revisionsView");
        view->selectAll();
        auto* from = child<QComboBox>(&dialog, "fromCombo");
        auto* to = child<QComboBox>(&dialog, "toCombo");
        QCOMPARE(from->currentData().toInt(), 1);
        QCOMPARE(to->currentData().toInt(), 2);
        QVERIFY(dialog.changesText().contains(u"Resolution 3: text changed"_s));

        QVERIFY2(
            unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(u", "_s)));
    }

    void dialogShowsAChangedVote()
    {
        const qint64 id = addSample();
        auto db = database();
        Meeting meeting = *db->meetings().load(id);
        meeting.resolutions[0].vote = {VoteKind::Counts, 12, 1, 0, {}, {}};
        QVERIFY(db->meetings().save(meeting));
        meeting = *db->meetings().load(id);
        meeting.resolutions[0].vote.forCount = 11;
        meeting.resolutions[0].vote.againstCount = 2;
        QVERIFY(db->meetings().save(meeting));
        HistoryDialog dialog(db->lifecycle());
        QVERIFY(dialog.setMeeting(*db->meetings().load(id)));
        dialog.compare(2, 3);
        QVERIFY2(dialog.changesText().contains(u"Resolution 1: vote changed"_s),
            qPrintable(dialog.changesText()));
        QVERIFY2(dialog.changesText().contains(u"for 12, against 1, abstained 0 → "
                                               u"for 11, against 2, abstained 0"_s),
            qPrintable(dialog.changesText()));
    }

    void restoreFromTheWindowAndUndo()
    {
        const qint64 id = addSampleWithEdit();
        const QString edited = stored(id).resolutions.at(2).text;
        auto window = openWindow();
        QCOMPARE(window->session()->document()->meeting().resolutions.at(2).text, edited);

        bool restoreWasEnabled = false;
        QString question;
        QStringList headingsAfter;
        int rowsAfter = 0;
        whenShown<HistoryDialog>([&](HistoryDialog* dialog) {
            auto* view = dialog->findChild<QTableView*>(u"revisionsView"_s);
            const QModelIndex first = dialog->revisions()->index(dialog->revisions()->rowOf(1), 0);
            QTest::mouseClick(
                view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(first).center());
            auto* restore = dialog->findChild<QPushButton*>(u"restoreButton"_s);
            restoreWasEnabled = restore->isEnabled();
            answerMessageBox(QMessageBox::Yes, &question);
            QTest::mouseClick(restore, Qt::LeftButton);
            rowsAfter = dialog->revisions()->rowCount();
            headingsAfter.append(
                dialog->revisions()->index(0, RevisionListModel::KindColumn).data().toString());
            dialog->reject();
        });
        QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(restoreWasEnabled);
        QVERIFY2(question.contains(u"Restore revision 1"_s), qPrintable(question));
        // The text of revision 1 is stored as a new revision, 3, and is on screen.
        const QString original = MeetingImporter::sample()->resolutions.at(2).text;
        QCOMPARE(stored(id).resolutions.at(2).text, original);
        QCOMPARE(stored(id).revision, 3);
        QCOMPARE(rowsAfter, 3);
        QCOMPARE(headingsAfter.value(0), u"Restored"_s);
        QCOMPARE(window->session()->document()->meeting().resolutions.at(2).text, original);
        QVERIFY(window->session()->isSaved());
        {
            const auto history = database()->lifecycle().history(id);
            QCOMPARE(history->revisions.first().kind, RevisionKind::Restore);
            QCOMPARE(history->audit.first().action, AuditAction::Restore);
        }

        // Ctrl+Z puts the text from before the restore back, and it is saved.
        QVERIFY(activate(*window));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->session()->document()->meeting().resolutions.at(2).text, edited);
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).resolutions.at(2).text, edited);
        QCOMPARE(stored(id).revision, 4);
        // Redo restores again.
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(waitSaved(*window));
        QCOMPARE(stored(id).resolutions.at(2).text, original);
    }

    void restoreOfALockedMeetingIsRefused()
    {
        const qint64 id = addFinalSample();
        auto window = openWindow();
        QVERIFY(window->session()->document()->isReadOnly());
        QString message;
        answerMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!window->restoreRevision(1));
        QVERIFY2(
            message.contains(u"read-only"_s) && message.contains(u"Reopen"_s), qPrintable(message));
        QCOMPARE(stored(id).status, MeetingStatus::Final);

        auto db = database();
        HistoryDialog dialog(db->lifecycle());
        QVERIFY(dialog.setMeeting(stored(id)));
        auto* view = child<QTableView>(&dialog, "revisionsView");
        view->selectionModel()->setCurrentIndex(
            dialog.revisions()->index(dialog.revisions()->rowCount() - 1, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(dialog.selectedRevision() > 0);
        QVERIFY(!child<QPushButton>(&dialog, "restoreButton")->isEnabled());
        auto* locked = child<QLabel>(&dialog, "lockedLabel");
        QVERIFY(!locked->isHidden());
        QVERIFY(locked->text().contains(u"Reopen"_s));
    }

    void finalShowsItsControlCode()
    {
        const qint64 id = addFinalSample();
        const QString code = database()->lifecycle().state(id)->controlCode;
        QCOMPARE(code.size(), 19);
        auto window = openWindow();
        auto* label = child<QLabel>(window.get(), "lifecycleLabel");
        QVERIFY2(label->text().contains(code), qPrintable(label->text()));
        QVERIFY(label->text().startsWith(u"Final"_s));
        QVERIFY(label->isVisible());
    }

    void signWithDateAndScan()
    {
        const qint64 id = addFinalSample();
        const QString scan = writePng(u"bayon-imzolangan.png"_s);
        const QByteArray bytes = bytesOf(scan);
        auto window = openWindow();
        const QDate signedOn = stored(id).date.addDays(3);
        bool defaultWasToday = false;
        QStringList unnamed;
        whenShown<SignDialog>([&](SignDialog* dialog) {
            defaultWasToday = dialog->signedOn() == QDate::currentDate();
            unnamed = unnamedControls(dialog);
            auto* date = dialog->findChild<QDateEdit*>(u"signedOnEdit"_s);
            date->setDate(signedOn);
            auto* path = dialog->findChild<QLineEdit*>(u"scanEdit"_s);
            path->setFocus();
            type(path, scan);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        auto* status = child<QComboBox>(window->editor()->meetingPage(), "statusCombo");
        status->setCurrentIndex(status->findData(int(MeetingStatus::Signed)));
        emit status->activated(status->currentIndex());

        QVERIFY(defaultWasToday);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        auto db = database();
        const auto state = db->lifecycle().state(id);
        QCOMPARE(state->status, MeetingStatus::Signed);
        QCOMPARE(state->signedOn, signedOn);
        // The scan's bytes are in the database with their SHA-256.
        const auto files = db->lifecycle().attachments(id);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->first().name, u"bayon-imzolangan.png"_s);
        QCOMPARE(files->first().mimeType, u"image/png"_s);
        QCOMPARE(files->first().data, bytes);
        QCOMPARE(files->first().sha256,
            QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        // The status bar names the day and the control code.
        const QString label = child<QLabel>(window.get(), "lifecycleLabel")->text();
        QVERIFY2(label.contains(signedOn.toString(u"dd.MM.yyyy"_s)), qPrintable(label));
        QVERIFY(label.contains(state->controlCode));
        // Signing and attaching each write an audit line, newest first.
        const auto history = db->lifecycle().history(id);
        QCOMPARE(history->audit.size(), 4);
        QCOMPARE(history->audit.at(0).action, AuditAction::Attach);
        QCOMPARE(history->audit.at(1).action, AuditAction::Transition);
        QCOMPARE(history->audit.at(1).from, MeetingStatus::Final);
        QCOMPARE(history->audit.at(1).to, MeetingStatus::Signed);
    }

    void signingCancelledChangesNothing()
    {
        const qint64 id = addFinalSample();
        auto window = openWindow();
        whenShown<SignDialog>([](SignDialog* dialog) { dialog->reject(); });
        QVERIFY(!window->changeStatus(MeetingStatus::Signed));
        QCOMPARE(stored(id).status, MeetingStatus::Final);
        // A scan path that names no file keeps Sign disabled.
        Meeting meeting = stored(id);
        SignDialog dialog(meeting);
        dialog.setScanPath(m_dir.filePath(u"missing.pdf"_s));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.setScanPath({});
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void attachedFilesOpenAndRemove()
    {
        const qint64 id = addSample();
        const QString scan = writePng(u"skan.png"_s);
        auto window = openWindow();
        QVERIFY(window->attachFile(scan));
        QCOMPARE(database()->lifecycle().attachments(id)->size(), 1);

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        int rows = 0;
        bool removeEnabled = false;
        QString question;
        QStringList unnamed;
        whenShown<AttachmentsDialog>([&](AttachmentsDialog* dialog) {
            rows = dialog->model()->rowCount();
            unnamed = unnamedControls(dialog);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"openButton"_s), Qt::LeftButton);
            auto* remove = dialog->findChild<QPushButton*>(u"removeButton"_s);
            removeEnabled = remove->isEnabled();
            answerMessageBox(QMessageBox::Yes, &question);
            QTest::mouseClick(remove, Qt::LeftButton);
            dialog->reject();
        });
        QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(rows, 1);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        // The viewer is given a copy of the stored bytes.
        QCOMPARE(catcher.urls.size(), 1);
        QVERIFY(catcher.urls.first().isLocalFile());
        QCOMPARE(bytesOf(catcher.urls.first().toLocalFile()), bytesOf(scan));
        QVERIFY(removeEnabled);
        QVERIFY(question.contains(u"skan.png"_s));
        QCOMPARE(database()->lifecycle().attachments(id)->size(), 0);
        QCOMPARE(database()->lifecycle().history(id)->audit.first().action, AuditAction::Detach);
    }

    void signedFilesCannotBeRemoved()
    {
        const qint64 id = addFinalSample();
        auto db = database();
        QVERIFY(db->lifecycle().transition(id, MeetingStatus::Signed, {}));
        QVERIFY(db->lifecycle().attach(id, u"skan.png"_s, bytesOf(writePng(u"skan.png"_s))));
        AttachmentsDialog dialog(db->lifecycle(), stored(id));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QVERIFY(!child<QPushButton>(&dialog, "removeButton")->isEnabled());
        QVERIFY(!dialog.removeAttachment(0));
        QVERIFY(!child<QLabel>(&dialog, "noteLabel")->isHidden());
        QCOMPARE(db->lifecycle().attachments(id)->size(), 1);
        // Attaching to a signed meeting is allowed.
        QVERIFY(dialog.attach(writePng(u"ikkinchi.png"_s, Qt::darkGreen)));
        QCOMPARE(dialog.model()->rowCount(), 2);
    }

    void reopeningShowsInTheStatusLog()
    {
        const qint64 id = addFinalSample();
        auto window = openWindow();
        whenShown<ReopenDialog>([](ReopenDialog* dialog) {
            type(dialog->findChild<QPlainTextEdit*>(u"reasonEdit"_s), u"Raisning izohi"_s);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(id).status, MeetingStatus::Draft);
        QCOMPARE(child<QLabel>(window.get(), "lifecycleLabel")->text(), u"Draft"_s);
        QVERIFY(activate(*window));

        QString action;
        QString change;
        QString note;
        whenShown<HistoryDialog>([&](HistoryDialog* dialog) {
            const QAbstractItemModel* audit = dialog->audit();
            action = audit->index(0, AuditLogModel::ActionColumn).data().toString();
            change = audit->index(0, AuditLogModel::StatusColumn).data().toString();
            note = audit->index(0, AuditLogModel::NoteColumn).data().toString();
            dialog->reject();
        });
        QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(action, u"Reopened"_s);
        QCOMPARE(change, u"final → draft"_s);
        QCOMPARE(note, u"Raisning izohi"_s);
    }

    void meetingMenuActionsHaveShortcuts()
    {
        addSample();
        auto window = openWindow();
        auto* menu = child<QMenu>(window.get(), "menuMeeting");
        for (const char* name : {"actionHistory", "actionAttachFile", "actionAttachments"}) {
            auto* action = child<QAction>(window.get(), name);
            QVERIFY2(menu->actions().contains(action), name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
            QVERIFY2(action->isEnabled(), name);
        }
    }
};

QTEST_MAIN(TestHistoryDialog)
#include "testhistorydialog.moc"
