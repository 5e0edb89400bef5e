// Qt's own strings in Bayon's interface language: the standard buttons of
// Bayon's dialogs, message boxes and the context menu of a text field. Qt has
// no Uzbek translation, so Bayon's .ts files carry those (src/gui/qtstrings.cpp);
// Russian comes from Qt's own qtbase_ru.qm (qt6-translations-l10n).
#include "gui/app/languagemanager.h"
#include "gui/app/qtstrings.h"
#include "gui/lifecycle/signdialog.h"
#include "gui/review/remarkdialog.h"
#include "interchange/meetingimporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <memory>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

QStringList menuTexts(QMenu* menu)
{
    QStringList texts;
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text().section(u'\t', 0, 0); // without the shortcut Qt appends
    }
    return texts;
}

// Every text a dialog shows: labels, buttons, group titles, tabs and the items of its lists.
QStringList dialogTexts(const QWidget& dialog)
{
    QStringList texts {dialog.windowTitle()};
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        texts << label->text();
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        texts << button->text();
    for (const QGroupBox* group : dialog.findChildren<QGroupBox*>())
        texts << group->title();
    for (const QTabWidget* tabs : dialog.findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    for (const QComboBox* combo : dialog.findChildren<QComboBox*>()) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    return texts;
}

} // namespace

class TestQtTranslations : public QObject
{
    Q_OBJECT

private:
    Meeting m_meeting;

    static QDialogButtonBox* buttons(QDialog& dialog)
    {
        auto* box = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s);
        if (!box)
            qFatal("the dialog has no button box");
        return box;
    }

private slots:
    void initTestCase()
    {
        auto sample = MeetingImporter::sample();
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().message));
        m_meeting = *sample;
    }

    void cleanupTestCase() { LanguageManager::install(u"en"_s); }

    // Every Qt string Bayon lists is in both Uzbek catalogues compiled into the
    // program, under the context (and disambiguation) Qt asks with.
    void everyQtStringInUzbek_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("uz_Latn") << u"uz_Latn"_s;
        QTest::newRow("uz_Cyrl") << u"uz_Cyrl"_s;
    }

    void everyQtStringInUzbek()
    {
        QFETCH(QString, code);
        QVERIFY(LanguageManager::install(code));
        const auto messages = QtStrings::all();
        QVERIFY(messages.size() > 50);
        for (const QtStrings::Message& message : messages) {
            const QString source = QString::fromUtf8(message.source);
            const QString text
                = QCoreApplication::translate(message.context, message.source, message.comment);
            if (QString(source).remove(u'&') == u"OK")
                continue; // the same word in Uzbek
            if (code == u"uz_Latn" && source == u"Printer")
                continue; // the same word in Uzbek Latin
            QVERIFY2(text != source,
                qPrintable(u"%1: %2 \"%3\""_s.arg(
                    code, QString::fromUtf8(message.context), QString::fromUtf8(message.source))));
        }
    }

    // The Ok|Cancel of the remark and sign dialogs, a question's Yes|No and a text field's
    // context menu, as the secretary sees them in Uzbek.
    void uzbekLatinDialogs()
    {
        QVERIFY(LanguageManager::install(u"uz_Latn"_s));
        RemarkDialog remark(u"Maʼruza II.1"_s, u"Matn"_s, u"N.Abdullayev"_s);
        remark.show();
        QDialogButtonBox* box = buttons(remark);
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), u"Bekor qilish"_s);
        QCOMPARE(box->button(QDialogButtonBox::Ok)->text(), u"OK"_s);
        SignDialog sign(m_meeting);
        QCOMPARE(buttons(sign)->button(QDialogButtonBox::Cancel)->text(), u"Bekor qilish"_s);

        QMessageBox question(QMessageBox::Question, u"?"_s, u"?"_s,
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Save | QMessageBox::Discard);
        QCOMPARE(question.button(QMessageBox::Yes)->text(), u"&Ha"_s);
        QCOMPARE(question.button(QMessageBox::No)->text(), u"&Yoʻq"_s);
        QCOMPARE(question.button(QMessageBox::Save)->text(), u"Saqlash"_s);
        QCOMPARE(question.button(QMessageBox::Discard)->text(), u"Saqlamaslik"_s);

        QLineEdit edit(u"Kengash"_s);
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        const QStringList texts = menuTexts(menu.get());
        for (const QString& wanted : {u"&Bekor qilish"_s, u"&Kesib olish"_s, u"&Nusxa olish"_s,
                 u"Qoʻ&yish"_s, u"Oʻchirish"_s, u"Hammasini belgilash"_s})
            QVERIFY2(texts.contains(wanted), qPrintable(texts.join(u'|')));
    }

    // The print dialog the secretary prints the protocol with: the printer, the page range,
    // the copies and the options, and the scroll bars' context menu.
    void uzbekLatinPrintDialog()
    {
#if QT_CONFIG(printdialog)
        QVERIFY(LanguageManager::install(u"uz_Latn"_s));
        QPrinter printer;
        QPrintDialog dialog(&printer);
        dialog.show(); // Qt lists the printers, and printing to a file, when it shows the dialog
        const QStringList texts = dialogTexts(dialog);
        dialog.hide();
        for (const QString& wanted : {u"Chop etish"_s, u"&Chop etish"_s, u"&Parametrlar >>"_s,
                 u"&Nomi:"_s, u"&Xossalari"_s, u"Joylashuvi:"_s, u"Turi:"_s, u"Chiqish &fayli:"_s,
                 u"Faylga chop etish (PDF)"_s, u"Nusxalar"_s, u"Parametrlar"_s,
                 u"Chop etish oraligʻi"_s, u"Hammasi"_s, u"Joriy sahifa"_s, u"Belgilangan qism"_s,
                 u"Nusxalar soni:"_s, u"Nusxalab terish"_s, u"Teskari tartibda"_s, u"Rang rejimi"_s,
                 u"Kulrang tuslarda"_s, u"Ikki tomonlama chop etish"_s, u"Oʻchiq"_s})
            QVERIFY2(texts.contains(wanted), qPrintable(wanted + u" not in "_s + texts.join(u'|')));
        for (const QString& english : {u"Print"_s, u"&Print"_s, u"Copies:"_s, u"Print range"_s})
            QVERIFY2(!texts.contains(english), qPrintable(english));
        QCOMPARE(
            QCoreApplication::translate("QScrollBar", "Scroll here"), u"Shu yerga aylantirish"_s);
#else
        QSKIP("Qt is built without the print dialog");
#endif
    }

    void uzbekCyrillicDialogs()
    {
        QVERIFY(LanguageManager::install(u"uz_Cyrl"_s));
        SignDialog dialog(m_meeting);
        QCOMPARE(buttons(dialog)->button(QDialogButtonBox::Cancel)->text(), u"Бекор қилиш"_s);
        QMessageBox question(
            QMessageBox::Question, u"?"_s, u"?"_s, QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(question.button(QMessageBox::No)->text(), u"&Йўқ"_s);
    }

    // Russian: Qt's own translation, loaded beside Bayon's.
    void russianFromQt()
    {
        const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_ru.qm";
        if (!QFileInfo::exists(qm))
            QSKIP("qtbase_ru.qm is not installed (Debian: qt6-translations-l10n)");
        QVERIFY(LanguageManager::install(u"ru"_s));
        SignDialog dialog(m_meeting);
        QCOMPARE(buttons(dialog)->button(QDialogButtonBox::Cancel)->text(), u"Отмена"_s);
        // A string only Qt's catalogue has: the scroll bars' context menu.
        QCOMPARE(QCoreApplication::translate("QScrollBar", "Scroll here"), u"Прокрутить сюда"_s);
        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QVERIFY2(menuTexts(menu.get()).contains(u"&Копировать"_s),
            qPrintable(menuTexts(menu.get()).join(u'|')));
    }

    // English is the source: nothing is replaced.
    void english()
    {
        QVERIFY(LanguageManager::install(u"en"_s));
        SignDialog dialog(m_meeting);
        QCOMPARE(buttons(dialog)->button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
    }
};

QTEST_MAIN(TestQtTranslations)
#include "testqttranslations.moc"
