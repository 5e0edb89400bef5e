// An export from the editor that the disk refuses: the Extract dialog writes
// through the same exporter as bayon-cli export; under a file-size limit it
// stays open, its warning names the file and the system's reason, and the
// file it was to replace is left byte for byte as it was.
#include "filesizelimit.h"
#include "gui/export/extractdialog.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestExportFailure : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Meeting m_meeting;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GuiTest::isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-exportfailure-test"_s);
        auto sample = MeetingImporter::sample();
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().message));
        m_meeting = *sample;
    }

    void cleanup()
    {
        // An answered dialog's timer is stopped and deleted later; one still
        // running waits for a dialog that never came.
        QList<QTimer*> waiting;
        for (QTimer* timer : qApp->findChildren<QTimer*>(
                 GuiTest::whenShownTimerName(), Qt::FindDirectChildrenOnly)) {
            if (timer->isActive())
                waiting.append(timer);
        }
        qDeleteAll(waiting);
        QVERIFY2(waiting.isEmpty(), "a dialog the test waited for never came");
    }

    void aRefusedExportSaysWhyAndKeepsThePreviousFile()
    {
        const QString target = m_dir.filePath(u"extract.odt"_s);
        const QByteArray previous = "the previous extract";
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(previous), previous.size());
        }
        ExtractDialog dialog(m_meeting, ExtractDialog::Kind::Item);
        dialog.setItem(0);
        dialog.setPath(target);
        QCOMPARE(dialog.format(), ExportFormat::Odt); // the format follows the extension
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QString warning;
        // "Replace it?" first, then the warning that it was not written.
        GuiTest::whenShown<QMessageBox>([&warning](QMessageBox* box) {
            GuiTest::answerMessageBox(QMessageBox::Ok, &warning);
            box->button(QMessageBox::Yes)->click();
        });
        {
            const FileSizeLimit limit(1024);
            QVERIFY(limit.isValid());
            GuiTest::dialogButton(&dialog, u"Export"_s)->click();
        }
        QTRY_VERIFY(!warning.isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.writtenPath().isEmpty());
        QVERIFY2(warning.contains(QDir::toNativeSeparators(target)), qPrintable(warning));
        QVERIFY2(
            warning.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(warning));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), previous);
        QCOMPARE(QDir(m_dir.path()).entryList({u"extract*"_s}, QDir::Files | QDir::Hidden),
            QStringList {u"extract.odt"_s});
    }
};

QTEST_MAIN(TestExportFailure)
#include "testexportfailure.moc"
