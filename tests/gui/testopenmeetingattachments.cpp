// The files attached to the meeting open in the editor, as a user attaches and
// removes them on the offscreen platform: Meeting ▸ Attach file… (Ctrl+Shift+A)
// with its file dialog, the scan offered when signing, and removing one in
// Meeting ▸ Attached files (Ctrl+Alt+A). Each time the meeting the editor holds
// (what the interchange JSON export and the review copy read) lists the files
// the database has, with no undo step and still counted as saved.
#include "gui/app/mainwindow.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editing/meetingsession.h"
#include "gui/editor/meetingeditor.h"
#include "gui/lifecycle/attachmentsdialog.h"
#include "gui/lifecycle/signdialog.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"
#include "interchange/meetingjson.h"
#include "storage/database.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Bayon;
using namespace Bayon::GuiTest;
using namespace Qt::StringLiterals;

class TestOpenMeetingAttachments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;

    qint64 addSample(MeetingStatus status = MeetingStatus::Draft)
    {
        auto database = Database::open(m_path);
        if (!database)
            qFatal("the test database does not open");
        const auto stored = (*database)->meetings().save(*MeetingImporter::sample());
        if (!stored)
            qFatal("the sample is not stored");
        if (status == MeetingStatus::Final) {
            // Through review, as the workflow goes.
            for (const MeetingStatus step : {MeetingStatus::Review, MeetingStatus::Final}) {
                const auto changed = (*database)->lifecycle().transition(stored->id, step, {});
                if (!changed)
                    qFatal("%s", qPrintable(changed.error().message));
            }
        }
        return stored->id;
    }

    std::unique_ptr<MainWindow> openWindow(qint64 id)
    {
        auto window = showMainWindow();
        if (!window->openDatabase(m_path) || !window->openMeeting(id))
            qFatal("the test database does not open");
        return window;
    }

    QString writePng(const QString& name, QColor colour)
    {
        QImage image(24, 16, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = m_dir.filePath(name);
        if (!image.save(path, "PNG"))
            qFatal("png not written");
        return path;
    }

    static QString sha256Of(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }

    static QStringList hashesOf(const Meeting& meeting)
    {
        QStringList hashes;
        for (const Attachment& file : meeting.attachments)
            hashes.append(file.sha256);
        return hashes;
    }

    QStringList storedHashes(qint64 id)
    {
        auto database = Database::open(m_path);
        const auto files = (*database)->lifecycle().attachments(id);
        if (!files)
            return {u"error: "_s + files.error().message};
        QStringList hashes;
        for (const Attachment& file : *files)
            hashes.append(file.sha256);
        return hashes;
    }

    // The interchange JSON of the meeting in the editor, as File ▸ Export writes it.
    static QString exported(const MeetingDocument* document)
    {
        return QString::fromUtf8(MeetingJson::write(document->meeting()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-attachments-test"_s);
        // Qt's own file dialog, which the test can fill in as a user does.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void init()
    {
        m_path = m_dir.filePath(u"attachments-%1.sqlite"_s.arg(++m_run));
        QSettings().clear();
    }

    void cleanup()
    {
        // A dialog that never came leaves its timer: it must not act in the next test.
        const auto timers
            = qApp->findChildren<QTimer*>(whenShownTimerName(), Qt::FindDirectChildrenOnly);
        for (QTimer* timer : timers)
            delete timer;
    }

    void attachFromTheMenuReachesTheOpenMeeting()
    {
        const qint64 id = addSample();
        const QString scan = writePng(u"skan.png"_s, QColor(0x20, 0x40, 0x80));
        const QString hash = sha256Of(scan);
        auto window = openWindow(id);
        MeetingDocument* document = window->session()->document();
        QVERIFY(document->meeting().attachments.isEmpty());
        QVERIFY(!exported(document).contains(hash));
        QSignalSpy changed(document, &MeetingDocument::changed);
        QSignalSpy attachments(document, &MeetingDocument::attachmentsChanged);

        // Ctrl+Shift+A, and the file chosen in the dialog.
        bool asked = false;
        whenShown<QFileDialog>([&](QFileDialog* dialog) {
            asked = true;
            // The whole path typed into the file name, and Enter.
            auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
            name->setFocus();
            name->setText(scan);
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(asked);
        QCOMPARE(storedHashes(id), QStringList {hash});

        // The meeting in the editor has it at once, as the database has it ...
        QCOMPARE(window->session()->document(), document);
        QCOMPARE(hashesOf(document->meeting()), QStringList {hash});
        QCOMPARE(document->meeting().attachments.first().name, u"skan.png"_s);
        QCOMPARE(document->meeting().attachments.first().mimeType, u"image/png"_s);
        QVERIFY(exported(document).contains(hash));
        QCOMPARE(attachments.size(), 1);
        // ... and nothing of it is an edit: nothing to undo, nothing to save.
        QCOMPARE(document->undoStack()->count(), 0);
        QVERIFY(document->isSaved());
        QVERIFY(!window->isWindowModified());
        QCOMPARE(changed.size(), 0);

        // A second file through the window's call; the list follows the database's order.
        const QString second = writePng(u"skan-2.png"_s, QColor(0x80, 0x20, 0x10));
        QVERIFY(window->attachFile(second));
        QCOMPARE(hashesOf(document->meeting()), storedHashes(id));
        QCOMPARE(document->meeting().attachments.size(), 2);
        QVERIFY(document->isSaved());
        QCOMPARE(document->undoStack()->count(), 0);

        // An edit after it is saved without losing or doubling a file.
        auto* place = window->editor()->findChild<QLineEdit*>(u"placeEdit"_s);
        QVERIFY(place);
        place->setFocus();
        type(place, u", 2-zal"_s);
        QVERIFY(!document->isSaved());
        QVERIFY(window->saveNow());
        QVERIFY(document->isSaved());
        QCOMPARE(storedHashes(id).size(), 2);
        QCOMPARE(hashesOf(document->meeting()), storedHashes(id));
    }

    void removingInAttachedFilesReachesTheOpenMeeting()
    {
        const qint64 id = addSample();
        const QString scan = writePng(u"olib-tashlanadi.png"_s, QColor(0x10, 0x80, 0x20));
        const QString hash = sha256Of(scan);
        auto window = openWindow(id);
        QVERIFY(window->attachFile(scan));
        MeetingDocument* document = window->session()->document();
        QCOMPARE(hashesOf(document->meeting()), QStringList {hash});

        QString question;
        whenShown<AttachmentsDialog>([&](AttachmentsDialog* dialog) {
            answerMessageBox(QMessageBox::Yes, &question);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"removeButton"_s), Qt::LeftButton);
            dialog->reject();
        });
        QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY2(question.contains(u"olib-tashlanadi.png"_s), qPrintable(question));
        QCOMPARE(storedHashes(id), QStringList {});
        QVERIFY(document->meeting().attachments.isEmpty());
        QVERIFY(!exported(document).contains(hash));
        QVERIFY(document->isSaved());
        QCOMPARE(document->undoStack()->count(), 0);
        QVERIFY(!window->isWindowModified());
    }

    void theScanOfferedWhenSigningReachesTheOpenMeeting()
    {
        const qint64 id = addSample(MeetingStatus::Final);
        const QString scan = writePng(u"bayon-imzolangan.png"_s, QColor(0x40, 0x40, 0x40));
        const QString hash = sha256Of(scan);
        auto window = openWindow(id);
        whenShown<SignDialog>([&](SignDialog* dialog) {
            auto* path = dialog->findChild<QLineEdit*>(u"scanEdit"_s);
            path->setFocus();
            type(path, scan);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        QVERIFY(window->changeStatus(MeetingStatus::Signed));
        QCOMPARE(storedHashes(id), QStringList {hash});
        const MeetingDocument* document = window->session()->document();
        QCOMPARE(document->meeting().status, MeetingStatus::Signed);
        QCOMPARE(hashesOf(document->meeting()), QStringList {hash});
        QVERIFY(exported(document).contains(hash));
        QVERIFY(document->isSaved());
        QCOMPARE(document->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestOpenMeetingAttachments)
#include "testopenmeetingattachments.moc"
