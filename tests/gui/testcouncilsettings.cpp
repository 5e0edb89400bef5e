// The editor's parts of protocol forms, driven as a user drives
// them on the offscreen platform: the Council settings dialog with its live
// preview, saving and cancelling it, a new meeting of a body, the protocol's
// form in the meeting header, and extracts of an agenda item or for an
// addressee. Each test then reads the SQLite file through a second connection,
// or the written file (the PDF through pdftotext).
#include "document/protocolexporter.h"
#include "document/protocollayout.h"
#include "domain/meetingfromcouncil.h"
#include "gui/app/mainwindow.h"
#include "gui/councils/councilmembermodel.h"
#include "gui/councils/councilsettingsdialog.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/agendapage.h"
#include "gui/editor/meetingeditor.h"
#include "gui/editor/meetingpage.h"
#include "gui/export/extractdialog.h"
#include "gui/preview/previewwidget.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"
#include "poppler.h"
#include "storage/councilrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Bayon;
using namespace Bayon::GuiTest;
using namespace Qt::StringLiterals;

namespace {

// Replaces a field's text by typing, as a user selecting all and typing over it.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

template<typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

QAbstractButton* buttonWithText(QDialogButtonBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons()) {
        if (button->text().remove(u'&') == text)
            return button;
    }
    qFatal("no button %s", qPrintable(text));
}

QString printedText(const Meeting& meeting)
{
    const auto bytes = ProtocolExporter::render(meeting, ExportFormat::Text);
    return bytes ? QString::fromUtf8(*bytes) : QString();
}

QString previewText(PreviewWidget* preview)
{
    preview->flush();
    return preview->layout() ? preview->layout()->document().toPlainText() : QString();
}

// The body a sample meeting belongs to, as the meeting describes it.
Council councilOf(const Meeting& meeting, const QString& shortName)
{
    Council council;
    council.fullName = meeting.councilName;
    council.shortName = shortName;
    council.city = meeting.place;
    council.protocolTemplate = meeting.protocolTemplate;
    council.defaultForm = meeting.protocolForm;
    for (const Attendance& line : meeting.attendance) {
        if (line.role != AttendanceRole::Member)
            continue;
        CouncilMember member {line.person, CouncilRole::Member, QDate(2024, 6, 30), {}};
        if (line.person.printedName() == meeting.chair.printedName())
            member.role = CouncilRole::Chair;
        if (line.person.printedName() == meeting.secretary.printedName())
            member.role = CouncilRole::Secretary;
        council.members.append(member);
    }
    return council;
}

} // namespace

class TestCouncilSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
    qint64 m_council = 0; // the seed's council
    qint64 m_board = 0; // the second sample's supervisory board
    qint64 m_draft = 0; // the seed's protocol, a draft of m_council
    qint64 m_signed = 0; // a signed meeting of m_council

    std::unique_ptr<Database> open()
    {
        auto database = Database::open(m_path);
        if (!database)
            qFatal("open: %s", qPrintable(database.error().message));
        return std::move(database).value();
    }

    Meeting stored(qint64 id)
    {
        auto meeting = open()->meetings().load(id);
        if (!meeting)
            qFatal("load: %s", qPrintable(meeting.error().message));
        return *meeting;
    }

    Council storedCouncil(qint64 id)
    {
        auto council = open()->councils().load(id);
        if (!council)
            qFatal("load council: %s", qPrintable(council.error().message));
        return *council;
    }

    std::unique_ptr<MainWindow> openWindow(qint64 meeting)
    {
        auto window = showMainWindow();
        if (!window->openDatabase(m_path) || !window->openMeeting(meeting))
            qFatal("the test database does not open");
        return window;
    }

    // The controls the keyboard reaches that have no name a screen reader
    // says (their own or their label's).
    static QStringList unnamedControls(QWidget* root)
    {
        QStringList unnamed;
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            // Controls the keyboard reaches, in this window (not a combo box's popup).
            if (!(widget->focusPolicy() & Qt::TabFocus) || widget->window() != root
                || widget->focusProxy())
                continue;
            // The parts of a combo box, spin box, view or tab bar speak for their owner.
            QWidget* parent = widget->parentWidget();
            if (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent)
                || qobject_cast<QTabBar*>(widget) || qobject_cast<QAbstractScrollArea*>(parent)
                || (parent && qobject_cast<QAbstractScrollArea*>(parent->parentWidget())))
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                unnamed.append(widget->objectName() + u" ("
                    + QString::fromLatin1(widget->metaObject()->className()) + u')');
        }
        return unnamed;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-councils-test"_s);
    }

    void init()
    {
        m_path = m_dir.filePath(u"councils-%1.sqlite"_s.arg(++m_run));
        QSettings().clear();
        auto database = open();
        const Meeting seed = *MeetingImporter::sample();
        const Meeting second = *MeetingImporter::secondSample();
        m_council = database->councils().save(councilOf(seed, u"Jamoatchilik kengashi"_s))->id;
        m_board = database->councils().save(councilOf(second, u"Kuzatuv kengashi"_s))->id;
        Meeting draft = seed;
        draft.councilId = m_council;
        m_draft = database->meetings().save(draft)->id;
        Meeting signedOne = seed;
        signedOne.councilId = m_council;
        signedOne.number = 2;
        signedOne.date = seed.date.addMonths(-1);
        signedOne.status = MeetingStatus::Signed;
        m_signed = database->meetings().save(signedOne)->id;
        Meeting board = second;
        board.councilId = m_board;
        QVERIFY(database->meetings().save(board));
    }

    // The template edited in the dialog shows in its preview at once, before
    // anything is saved; Save then changes the open draft, in the database and
    // on screen, and leaves the signed meeting as it was signed.
    void templateEditPreviewsThenSavesIntoDrafts()
    {
        auto window = openWindow(m_draft);
        const QString oldTitle = u"YIGʻILISH BAYONI"_s;
        const QString newTitle = u"MAJLIS BAYONI"_s;
        const QString newFormula = u"QAROR QILINDI:"_s;
        QVERIFY(printedText(stored(m_draft)).contains(oldTitle));

        QString bodyShown, previewBefore, previewAfter, labelText;
        ProtocolTemplate storedWhileOpen;
        bool answered = false;
        whenShown<CouncilSettingsDialog>([&](CouncilSettingsDialog* dialog) {
            bodyShown = child<QComboBox>(dialog, "bodyCombo")->currentText();
            labelText = child<QLabel>(dialog, "previewLabel")->text();
            previewBefore = previewText(dialog->preview());
            auto* tabs = child<QTabWidget>(dialog, "tabs");
            tabs->setCurrentWidget(child<QWidget>(dialog, "templateTab"));
            retype(child<QComboBox>(dialog, "titleLineCombo")->lineEdit(), newTitle);
            auto* formula = child<QComboBox>(dialog, "formulaCombo");
            formula->setCurrentIndex(formula->findText(newFormula));
            previewAfter = previewText(dialog->preview());
            storedWhileOpen = stored(m_draft).protocolTemplate;
            answered = true;
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
        });
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(answered);
        QVERIFY2(bodyShown.contains(u"Jamoatchilik kengashi"_s), qPrintable(bodyShown));
        QVERIFY2(labelText.contains(u"open in the editor"_s), qPrintable(labelText));
        QVERIFY(previewBefore.contains(oldTitle));
        QVERIFY(!previewBefore.contains(newTitle));
        QVERIFY2(previewAfter.contains(newTitle), qPrintable(previewAfter.left(300)));
        QVERIFY(!previewAfter.contains(oldTitle));
        QVERIFY(previewAfter.contains(newFormula));
        QCOMPARE(storedWhileOpen.titleLine, oldTitle);

        // Saved: the body, the draft in the database and on screen; never the signed one.
        QCOMPARE(storedCouncil(m_council).protocolTemplate.titleLine, newTitle);
        const Meeting draft = stored(m_draft);
        QCOMPARE(draft.protocolTemplate.titleLine, newTitle);
        QCOMPARE(draft.protocolTemplate.resolutionFormula, newFormula);
        QVERIFY(printedText(draft).contains(newTitle));
        QVERIFY(!printedText(draft).contains(oldTitle));
        const Meeting signedOne = stored(m_signed);
        QCOMPARE(signedOne.protocolTemplate.titleLine, oldTitle);
        QVERIFY(printedText(signedOne).contains(oldTitle));
        QVERIFY(!printedText(signedOne).contains(newTitle));
        QVERIFY(window->session());
        QCOMPARE(window->session()->document()->meeting().protocolTemplate.titleLine, newTitle);
        QVERIFY(previewText(window->preview()).contains(newTitle));
        // The other body keeps its own template.
        QCOMPARE(storedCouncil(m_board).protocolTemplate,
            MeetingImporter::secondSample()->protocolTemplate);
    }

    // Cancel leaves the database as it was, whatever was edited.
    void cancelChangesNothing()
    {
        const Council before = storedCouncil(m_council);
        const Meeting draftBefore = stored(m_draft);
        const auto listBefore = *open()->councils().list();
        {
            auto database = open();
            CouncilSettingsDialog dialog(database->councils());
            dialog.show();
            QVERIFY(dialog.selectCouncil(m_council));
            retype(child<QLineEdit>(&dialog, "fullNameEdit"), u"Boshqa kengash"_s);
            retype(child<QComboBox>(&dialog, "titleLineCombo")->lineEdit(), u"MAJLIS BAYONI"_s);
            child<QCheckBox>(&dialog, "sealCheck")->setChecked(true);
            type(child<QLineEdit>(&dialog, "addMemberEdit"), u"Yangi Aʼzo Aʼzoyevich"_s);
            QTest::mouseClick(child<QPushButton>(&dialog, "addMemberButton"), Qt::LeftButton);
            QCOMPARE(dialog.council().members.size(), before.members.size() + 1);
            QVERIFY(dialog.isModified());
            child<QDialogButtonBox>(&dialog, "buttonBox")
                ->button(QDialogButtonBox::Cancel)
                ->click();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QCOMPARE(storedCouncil(m_council), before);
        QCOMPARE(stored(m_draft), draftBefore);
        QCOMPARE(*open()->councils().list(), listBefore);
    }

    // Bad input is named in the dialog and refused on Save with a message;
    // nothing is written.
    void badInputGetsAClearMessage()
    {
        const Council before = storedCouncil(m_council);
        auto database = open();
        CouncilSettingsDialog dialog(database->councils());
        dialog.show();
        QVERIFY(dialog.selectCouncil(m_council));
        auto* problem = child<QLabel>(&dialog, "problemLabel");
        QVERIFY(problem->text().isEmpty());
        auto* save = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save);

        // An empty name.
        retype(child<QLineEdit>(&dialog, "fullNameEdit"), QString());
        QVERIFY2(problem->text().contains(u"full name"_s), qPrintable(problem->text()));
        QString boxText;
        whenShown<QMessageBox>([&](QMessageBox* box) {
            boxText = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        save->click();
        QVERIFY2(boxText.contains(u"full name"_s), qPrintable(boxText));
        QVERIFY(dialog.isVisible());
        retype(child<QLineEdit>(&dialog, "fullNameEdit"), before.fullName);
        QVERIFY(problem->text().isEmpty());

        // An attendee-list threshold below 1.
        child<QCheckBox>(&dialog, "thresholdCheck")->setChecked(true);
        child<QSpinBox>(&dialog, "thresholdSpin")->setValue(0);
        QVERIFY2(problem->text().contains(u"at least 1"_s), qPrintable(problem->text()));
        child<QCheckBox>(&dialog, "thresholdCheck")->setChecked(false);
        QVERIFY(problem->text().isEmpty());

        // A fixed quorum above the members serving.
        auto* quorum = child<QComboBox>(&dialog, "quorumCombo");
        quorum->setCurrentIndex(quorum->findData(int(QuorumKind::Fixed)));
        child<QSpinBox>(&dialog, "fixedCountSpin")->setValue(int(before.members.size()) + 1);
        QVERIFY2(problem->text().contains(u"more than the"_s), qPrintable(problem->text()));
        boxText.clear();
        whenShown<QMessageBox>([&](QMessageBox* box) {
            boxText = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        save->click();
        QVERIFY(boxText.contains(QString::number(before.members.size() + 1)));
        QVERIFY(dialog.isVisible());
        child<QSpinBox>(&dialog, "fixedCountSpin")->setValue(int(before.members.size()));
        QVERIFY(problem->text().isEmpty());
        dialog.reject();
        QCOMPARE(storedCouncil(m_council), before);
    }

    // A new body added in the dialog is stored with its members; the quorum
    // note and the preview follow the members and the name as typed.
    void addBodyWithMembers()
    {
        auto database = open();
        CouncilSettingsDialog dialog(database->councils());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "addBodyButton"), Qt::LeftButton);
        QCOMPARE(dialog.council().id, 0);
        type(child<QLineEdit>(&dialog, "fullNameEdit"), u"Ilmiy kengash"_s);
        type(child<QLineEdit>(&dialog, "cityEdit"), u"Buxoro shahri"_s);
        for (const QString& name :
            {u"Karimov Anvar Olimovich"_s, u"Oʻrinova Gʻuncha Sobirovna"_s, u"Saidov Bek"_s}) {
            type(child<QLineEdit>(&dialog, "addMemberEdit"), name);
            QTest::keyClick(child<QLineEdit>(&dialog, "addMemberEdit"), Qt::Key_Return);
        }
        QCOMPARE(dialog.council().members.size(), 3);
        QCOMPARE(dialog.council().members.at(1).person.shortName, u"Gʻ.Oʻrinova"_s);
        QVERIFY(child<QLabel>(&dialog, "quorumNote")->text().contains(u"2 present"_s));
        QVERIFY2(previewText(dialog.preview()).contains(u"Ilmiy kengash"_s, Qt::CaseInsensitive),
            qPrintable(previewText(dialog.preview())));
        QVERIFY(previewText(dialog.preview()).contains(u"Gʻ.Oʻrinova"_s));
        // The role of a member, chosen in its cell.
        auto* members = child<QTableView>(&dialog, "membersView");
        QVERIFY(members->model()->setData(
            members->model()->index(0, CouncilMemberModel::RoleColumn), int(CouncilRole::Chair)));
        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto listed = *open()->councils().list();
        QCOMPARE(listed.size(), 3);
        const Council stored = storedCouncil(listed.last().id);
        QCOMPARE(stored.fullName, u"Ilmiy kengash"_s);
        QCOMPARE(stored.city, u"Buxoro shahri"_s);
        QCOMPARE(stored.members.size(), 3);
        QCOMPARE(stored.members.at(0).role, CouncilRole::Chair);
        QCOMPARE(stored.members.at(0).termFrom, QDate::currentDate());
    }

    // The emblem chosen from a file is shown and stored; a file that is no
    // image is refused with its reason.
    void emblemFromAFile()
    {
        const QString png = m_dir.filePath(u"emblem.png"_s);
        QImage image(64, 40, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(png));
        const QString text = m_dir.filePath(u"not-an-image.png"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain text");
        file.close();

        auto database = open();
        CouncilSettingsDialog dialog(database->councils());
        dialog.show();
        QVERIFY(dialog.selectCouncil(m_board));
        QVERIFY(!dialog.setEmblemFromFile(text));
        QVERIFY(dialog.council().emblem.isEmpty());
        QVERIFY(dialog.setEmblemFromFile(png));
        QVERIFY(!child<QLabel>(&dialog, "emblemView")->pixmap().isNull());
        dialog.accept();
        QFile bytes(png);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QCOMPARE(storedCouncil(m_board).emblem, bytes.readAll());
    }

    // A new meeting asks for the body and takes its members, chair, secretary
    // and next number.
    void newMeetingOfAChosenBody()
    {
        auto window = openWindow(m_draft);
        const Council board = storedCouncil(m_board);
        const int expectedNumber
            = *open()->councils().nextNumber(m_board, QDate::currentDate().year());
        QStringList offered;
        whenShown<QInputDialog>([&](QInputDialog* dialog) {
            offered = dialog->comboBoxItems();
            dialog->setTextValue(offered.value(1));
            dialog->accept();
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(offered.size(), 2);
        QVERIFY(window->session());
        const Meeting made = stored(window->session()->document()->meeting().id);
        QCOMPARE(made.councilId, m_board);
        QCOMPARE(made.councilName, board.fullName);
        QCOMPARE(made.number, expectedNumber);
        QCOMPARE(made.date, QDate::currentDate());
        QCOMPARE(made.protocolForm, board.defaultForm);
        QCOMPARE(made.chair, board.withRole(CouncilRole::Chair, QDate::currentDate()));
        QCOMPARE(made.secretary, board.withRole(CouncilRole::Secretary, QDate::currentDate()));
        QCOMPARE(made.attendance.size(), board.membersOn(QDate::currentDate()).size());
        QCOMPARE(made.protocolTemplate, board.protocolTemplate);
    }

    // The protocol's form is chosen in the meeting header; switching it
    // changes what the preview prints and nothing else of the meeting.
    void protocolFormSwitchChangesOnlyThePrint()
    {
        auto window = openWindow(m_draft);
        const Meeting before = window->session()->document()->meeting();
        QCOMPARE(before.protocolForm, ProtocolForm::Narrative);
        QVERIFY(!previewText(window->preview()).contains(u"ESHITILDI:"_s));
        auto* combo = child<QComboBox>(window->editor()->meetingPage(), "protocolFormCombo");
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(int(ProtocolForm::Full)));
        emit combo->activated(combo->currentIndex());
        QVERIFY(previewText(window->preview()).contains(u"ESHITILDI:"_s));
        QVERIFY(window->saveNow());
        Meeting after = stored(m_draft);
        QCOMPARE(after.protocolForm, ProtocolForm::Full);
        after.protocolForm = before.protocolForm;
        after.revision = before.revision;
        QCOMPARE(after, before);
    }

    // Right-click on item II offers its extract; the extract written from the
    // editor as a PDF has that item only, under its numeral, and the
    // certification line.
    void extractOfItemTwoFromTheEditor()
    {
        auto window = openWindow(m_draft);
        const Meeting meeting = window->session()->document()->meeting();
        MeetingEditor* editor = window->editor();
        child<QTabWidget>(editor, "tabs")->setCurrentWidget(editor->agendaPage());
        auto* agenda = child<QListView>(editor->agendaPage(), "agendaView");
        agenda->setCurrentIndex(agenda->model()->index(0, 0));

        // Right-click on item II selects it and offers its extract; choosing it
        // opens the extract of item II.
        QStringList offered;
        QString chosen;
        whenShown<QMenu>([&](QMenu* menu) {
            for (QAction* action : menu->actions()) {
                offered.append(action->text().remove(u'&'));
                if (offered.last() == u"Extract of this item…")
                    QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
            }
            menu->close();
        });
        whenShown<ExtractDialog>([&](ExtractDialog* dialog) {
            chosen = child<QComboBox>(dialog, "subjectCombo")->currentText();
            dialog->reject();
        });
        const QRect second = agenda->visualRect(agenda->model()->index(1, 0));
        QContextMenuEvent event(QContextMenuEvent::Mouse, second.center(),
            agenda->viewport()->mapToGlobal(second.center()));
        QApplication::sendEvent(agenda->viewport(), &event);
        QVERIFY2(offered.contains(u"Extract of this item…"_s), qPrintable(offered.join(u'|')));
        QCOMPARE(agenda->currentIndex().row(), 1);
        QTRY_VERIFY(!chosen.isEmpty());
        QVERIFY2(chosen.startsWith(u"II. "_s), qPrintable(chosen));

        // The menu action's shortcut, for the item selected, writes the file.
        agenda->setCurrentIndex(agenda->model()->index(1, 0));
        QApplication::setActiveWindow(window.get());
        QTRY_COMPARE(QApplication::activeWindow(), window.get());
        const QString pdf = m_dir.filePath(u"extract-%1.pdf"_s.arg(m_run));
        QString subject;
        QDate date;
        whenShown<ExtractDialog>([&](ExtractDialog* dialog) {
            subject = child<QComboBox>(dialog, "subjectCombo")->currentText();
            date = child<QDateEdit>(dialog, "dateEdit")->date();
            dialog->setPath(pdf);
            buttonWithText(child<QDialogButtonBox>(dialog, "buttonBox"), u"Export"_s)->click();
        });
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(subject.startsWith(u"II. "_s), qPrintable(subject));
        QCOMPARE(date, QDate::currentDate());
        QVERIFY(QFile::exists(pdf));
        const QString text = Poppler::pages(pdf, false).join(u'\n');
        QVERIFY2(text.contains(u"BAYONNOMADAN KOʻCHIRMA"_s), qPrintable(text.left(400)));
        const QString secondTitle = meeting.agenda.at(1).title.simplified();
        const QString first = meeting.agenda.at(0).title.simplified();
        const QString flat = text.simplified();
        // Item II's title under "II.", item I's nowhere.
        const QString secondStart = secondTitle.section(u' ', 0, 3);
        QVERIFY2(flat.contains(u"II. "_s + secondStart), qPrintable(flat.left(800)));
        QVERIFY(!flat.contains(first.section(u' ', 3, 8)));
        for (const QString& line : Poppler::lines(text))
            QVERIFY2(!line.startsWith(u"I. "_s), qPrintable(line));
        QVERIFY(flat.contains(u"Koʻchirma asli bilan toʻgʻri"_s));
    }

    // The addressee extract lists the resolutions' addressees and writes the
    // format its file's extension names.
    void extractForAnAddressee()
    {
        auto window = openWindow(m_draft);
        const Meeting meeting = window->session()->document()->meeting();
        const QString txt = m_dir.filePath(u"addressee-%1.txt"_s.arg(m_run));
        QStringList offered;
        whenShown<ExtractDialog>([&](ExtractDialog* dialog) {
            auto* subject = child<QComboBox>(dialog, "subjectCombo");
            for (int i = 0; i < subject->count(); ++i)
                offered.append(subject->itemText(i));
            subject->setCurrentIndex(subject->findText(u"Kengash ishchi organi"_s));
            child<QDateEdit>(dialog, "dateEdit")->setDate(QDate(2025, 7, 15));
            dialog->setPath(txt);
            buttonWithText(child<QDialogButtonBox>(dialog, "buttonBox"), u"Export"_s)->click();
        });
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY2(offered.contains(u"Raqamli texnologiyalar vazirligiga"_s),
            qPrintable(offered.join(u'|')));
        QVERIFY(offered.contains(u"Kengash ishchi organi"_s));
        QVERIFY(offered.contains(u"N.Abdullayev"_s));
        QFile file(txt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(!text.startsWith(u"%PDF"_s));
        QVERIFY2(text.contains(u"BAYONNOMADAN KOʻCHIRMA"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Kengash ishchi organi"_s));
        QVERIFY(!text.contains(u"Raqamli texnologiyalar vazirligiga"_s));
        QVERIFY(text.contains(u"2025-yil 15-iyul"_s));
    }

    // The members' table: names, roles and terms edited in cells; a term that
    // ends before it begins is marked; a date that is none is refused.
    void memberModel()
    {
        CouncilMemberModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(councilOf(*MeetingImporter::sample(), {}).members);
        const int rows = model.rowCount();
        QVERIFY(rows > 3);
        CouncilMember fresh;
        fresh.person.fullName = u"Qodirova Nilufar"_s;
        model.insertMember(rows, fresh);
        QCOMPARE(model.rowCount(), rows + 1);
        const QModelIndex name = model.index(rows, CouncilMemberModel::NameColumn);
        QVERIFY(model.setData(name, u"Qodirova Nilufar Rustamovna"_s));
        QCOMPARE(model.members().last().person.shortName, u"N.Qodirova"_s);
        const QModelIndex from = model.index(rows, CouncilMemberModel::FromColumn);
        const QModelIndex to = model.index(rows, CouncilMemberModel::ToColumn);
        QVERIFY(model.setData(from, u"01.07.2025"_s));
        QVERIFY(model.setData(to, u"2025-06-30"_s));
        QCOMPARE(model.members().last().termTo, QDate(2025, 6, 30));
        QVERIFY(!model.data(to, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.data(to, Qt::ForegroundRole).isValid());
        QVERIFY(!CouncilMemberModel::problemOf(model.members().last()).isEmpty());
        QVERIFY(!model.setData(to, u"31 iyun"_s));
        QVERIFY(model.setData(to, QString()));
        QVERIFY(!model.members().last().termTo.isValid());
        QCOMPARE(model.data(to).toString(), u"—"_s);
        QVERIFY(CouncilMemberModel::problemOf(model.members().last()).isEmpty());
        QVERIFY(model.setData(
            model.index(rows, CouncilMemberModel::RoleColumn), int(CouncilRole::Secretary)));
        QCOMPARE(model.members().last().role, CouncilRole::Secretary);
        model.removeMember(0);
        QCOMPARE(model.rowCount(), rows);
    }

    // Every control of both dialogs has a name a screen reader says and is
    // reached with the keyboard.
    void controlsAreNamedAndReachable()
    {
        auto database = open();
        CouncilSettingsDialog settings(database->councils());
        settings.show();
        QVERIFY(settings.selectCouncil(m_council));
        QStringList unnamed = unnamedControls(&settings);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        for (const char* name : {"bodyCombo", "fullNameEdit", "membersView", "titleLineCombo",
                 "thresholdSpin", "approvalPositionEdit", "preview"}) {
            QWidget* widget = child<QWidget>(&settings, name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }

        const Meeting meeting = stored(m_draft);
        for (const auto kind : {ExtractDialog::Kind::Item, ExtractDialog::Kind::Addressee}) {
            ExtractDialog extract(meeting, kind);
            extract.show();
            unnamed = unnamedControls(&extract);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        }
    }
};

QTEST_MAIN(TestCouncilSettings)
#include "testcouncilsettings.moc"
