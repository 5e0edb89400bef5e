// The interface languages: every string of every .ts file translated (none
// left unfinished, the placeholders and the mnemonic kept), the compiled
// translations carried in the program and installed by LanguageManager.
#include "domain/statusworkflow.h"
#include "gui/app/languagemanager.h"
#include "gui/widgets/enumnames.h"
#include "testconfig.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringTranslated_data()
    {
        QTest::addColumn<QString>("code");
        for (const auto& language : LanguageManager::languages())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }

    void everyStringTranslated()
    {
        QFETCH(QString, code);
        QFile file(QStringLiteral(BAYON_SOURCE_DIR "/translations/bayon_%1.ts").arg(code));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        const QRegularExpression placeholder(u"%[\\dn]"_s);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"TS")
                QCOMPARE(xml.attributes().value(u"language"_s).toString(), code);
            if (xml.name() == u"source")
                source = xml.readElementText();
            if (xml.name() == u"translation") {
                ++messages;
                const QString type = xml.attributes().value(u"type"_s).toString();
                QVERIFY2(type.isEmpty(), qPrintable(u"%1: %2 \"%3\""_s.arg(code, type, source)));
                // A plural message (%n) holds one <numerusform> per plural form of the
                // language; each form is checked like a whole translation.
                QStringList forms;
                QString text;
                while (!xml.atEnd()
                    && !(xml.readNext() == QXmlStreamReader::EndElement
                        && xml.name() == u"translation")) {
                    if (xml.isStartElement() && xml.name() == u"numerusform")
                        forms << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (forms.isEmpty())
                    forms << text;
                for (const QString& translation : std::as_const(forms)) {
                    QVERIFY2(!translation.trimmed().isEmpty(),
                        qPrintable(u"%1: untranslated \"%2\""_s.arg(code, source)));
                    QStringList wanted;
                    QStringList given;
                    for (const auto& m : placeholder.globalMatch(source))
                        wanted << m.captured();
                    for (const auto& m : placeholder.globalMatch(translation))
                        given << m.captured();
                    wanted.sort();
                    given.sort();
                    QVERIFY2(wanted == given,
                        qPrintable(u"%1: placeholders of \"%2\""_s.arg(code, source)));
                    // A menu or a label reachable with Alt keeps a mnemonic.
                    const bool sourceMnemonic = source.contains(QRegularExpression(
                        u"&\\w"_s, QRegularExpression::UseUnicodePropertiesOption));
                    const bool translationMnemonic = translation.contains(QRegularExpression(
                        u"&\\w"_s, QRegularExpression::UseUnicodePropertiesOption));
                    QVERIFY2(sourceMnemonic == translationMnemonic,
                        qPrintable(u"%1: mnemonic of \"%2\""_s.arg(code, source)));
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 250);
    }

    void languagesInstall()
    {
        QVERIFY(LanguageManager::install(u"uz_Latn"_s));
        QCOMPARE(EnumNames::name(MeetingStatus::Signed), u"Imzolangan"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Fayl"_s);
        // The domain's messages, shown by the editor as they are.
        QCOMPARE(StatusWorkflow::checkTransition(MeetingStatus::Draft, MeetingStatus::Final)
                     .error()
                     .message,
            u"Yigʻilish «loyiha» holatidan «yakuniy» holatiga oʻta olmaydi. Loyiha avval koʻrib chiqishga yuboriladi."_s);
        QVERIFY(LanguageManager::install(u"uz_Cyrl"_s));
        QCOMPARE(EnumNames::name(MeetingStatus::Signed), u"Имзоланган"_s);
        QVERIFY(LanguageManager::install(u"ru"_s));
        QCOMPARE(EnumNames::name(MeetingStatus::Signed), u"Подписан"_s);
        QVERIFY(LanguageManager::install(u"en"_s));
        QCOMPARE(EnumNames::name(MeetingStatus::Signed), u"Signed"_s);
        QCOMPARE(StatusWorkflow::checkTransition(MeetingStatus::Draft, MeetingStatus::Final)
                     .error()
                     .message,
            u"A meeting cannot go from draft to final. A draft goes to review first."_s);
        QVERIFY(!LanguageManager::install(u"de"_s));
        QCOMPARE(LanguageManager::current(), u"en"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "testtranslations.moc"
