// The script of an extract written from the editor: the Extract dialog offers
// Latin and Cyrillic (as bayon-cli export --script cyrl does), reached with its
// label's mnemonic, and remembers the last choice. The PDF is read with
// pdftotext, as a user reads it.
#include "gui/app/preferences.h"
#include "gui/export/extractdialog.h"
#include "guitestsupport.h"
#include "interchange/meetingimporter.h"
#include "poppler.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestExtractScript : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Meeting m_meeting;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GuiTest::isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-extractscript-test"_s);
        auto sample = MeetingImporter::sample();
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().message));
        m_meeting = *sample;
        QVERIFY(m_meeting.agenda.size() >= 2);
    }

    // Latin by default; Alt+S reaches the script, Down picks Cyrillic, and the
    // PDF written says the extract in Cyrillic, with no Latin heading left.
    void cyrillicExtractPdf()
    {
        ExtractDialog dialog(m_meeting, ExtractDialog::Kind::Item);
        dialog.setItem(1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* script = dialog.findChild<QComboBox*>(u"scriptCombo"_s);
        QVERIFY(script);
        QCOMPARE(dialog.script(), Script::Latin);
        QCOMPARE(script->currentText(), u"Latin"_s);
        QCOMPARE(dialog.findChild<QLabel*>(u"scriptLabel"_s)->buddy(), script);

        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), script);
        QTest::keyClick(script, Qt::Key_Down);
        QCOMPARE(script->currentText(), u"Cyrillic"_s);
        QCOMPARE(dialog.script(), Script::Cyrillic);

        const QString pdf = m_dir.filePath(u"extract-cyrl.pdf"_s);
        dialog.setPath(pdf);
        GuiTest::dialogButton(&dialog, u"Export"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.writtenPath(), pdf);
        QVERIFY(QFile::exists(pdf));

        const QString text = Poppler::pages(pdf, false).join(u'\n').simplified();
        QVERIFY2(text.contains(u"БАЁННОМАДАН КЎЧИРМА"_s), qPrintable(text.left(400)));
        QVERIFY2(text.contains(u"Кўчирма асли билан тўғри"_s), qPrintable(text.right(400)));
        QVERIFY2(text.contains(u"II. "_s), qPrintable(text.left(800)));
        QVERIFY(!text.contains(u"BAYONNOMADAN"_s));
        QVERIFY(!text.contains(u"Koʻchirma asli"_s));
    }

    // The next extract starts with the script last written.
    void lastChoiceRemembered()
    {
        QCOMPARE(Preferences::extractScript(), Script::Cyrillic);
        ExtractDialog dialog(m_meeting, ExtractDialog::Kind::Item);
        QCOMPARE(dialog.script(), Script::Cyrillic);
        dialog.setScript(Script::Latin);
        const QString pdf = m_dir.filePath(u"extract-latn.pdf"_s);
        dialog.setPath(pdf);
        dialog.setItem(0);
        dialog.show();
        GuiTest::dialogButton(&dialog, u"Export"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString text = Poppler::pages(pdf, false).join(u'\n').simplified();
        QVERIFY2(text.contains(u"BAYONNOMADAN KOʻCHIRMA"_s), qPrintable(text.left(400)));
        QCOMPARE(Preferences::extractScript(), Script::Latin);
    }
};

QTEST_MAIN(TestExtractScript)
#include "testextractscript.moc"
