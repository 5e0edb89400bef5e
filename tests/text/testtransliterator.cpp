#include "testconfig.h"
#include "text/transliterator.h"
#include "text/uzbekdates.h"

#include <QFile>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestTransliterator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesLoad()
    {
        QVERIFY2(Transliterator::status().ok(),
            qPrintable(Transliterator::status().ok() ? QString()
                                                     : Transliterator::status().error().message));
    }

    void toCyrillic_data()
    {
        QTest::addColumn<QString>("latin");
        QTest::addColumn<QString>("cyrillic");
        // е and э
        QTest::newRow("kengashi") << u"kengashi"_s << u"кенгаши"_s;
        QTest::newRow("texnologiyalar") << u"texnologiyalar"_s << u"технологиялар"_s;
        QTest::newRow("ekologiya") << u"ekologiya"_s << u"экология"_s;
        QTest::newRow("aeroport") << u"aeroport"_s << u"аэропорт"_s;
        QTest::newRow("eʼlon") << u"eʼlon"_s << u"эълон"_s;
        // yoʻ, ts, sʼh
        QTest::newRow("yoʻl") << u"yoʻl"_s << u"йўл"_s;
        QTest::newRow("yo‘nalishida") << u"yo‘nalishida"_s << u"йўналишида"_s;
        QTest::newRow("ketsa") << u"ketsa"_s << u"кетса"_s;
        QTest::newRow("aytsa") << u"aytsa"_s << u"айтса"_s;
        QTest::newRow("oʻtsin") << u"oʻtsin"_s << u"ўтсин"_s;
        QTest::newRow("Isʼhoq") << u"Isʼhoq"_s << u"Исҳоқ"_s;
        QTest::newRow("Is'hoq typed") << u"Is'hoq"_s << u"Исҳоқ"_s;
        QTest::newRow("mashhur") << u"mashhur"_s << u"машҳур"_s;
        QTest::newRow("telekommunikatsiya") << u"telekommunikatsiya"_s << u"телекоммуникация"_s;
        QTest::newRow("assotsiatsiyasi") << u"assotsiatsiyasi"_s << u"ассоциацияси"_s;
        QTest::newRow("funksiya") << u"funksiya"_s << u"функция"_s;
        QTest::newRow("protsent") << u"protsent"_s << u"процент"_s;
        // ye yo yu ya
        QTest::newRow("yer") << u"yer"_s << u"ер"_s;
        QTest::newRow("yetkazildi") << u"yetkazildi"_s << u"етказилди"_s;
        QTest::newRow("poyezd") << u"poyezd"_s << u"поезд"_s;
        QTest::newRow("yoshlar") << u"yoshlar"_s << u"ёшлар"_s;
        QTest::newRow("dunyo") << u"dunyo"_s << u"дунё"_s;
        QTest::newRow("yuqori") << u"yuqori"_s << u"юқори"_s;
        QTest::newRow("yangi") << u"yangi"_s << u"янги"_s;
        QTest::newRow("Mirziyoyev") << u"Mirziyoyev"_s << u"Мирзиёев"_s;
        // every apostrophe
        QTest::newRow("o'") << u"o'zbek"_s << u"ўзбек"_s;
        QTest::newRow("o`") << u"o`zbek"_s << u"ўзбек"_s;
        QTest::newRow("o‘") << u"o‘zbek"_s << u"ўзбек"_s;
        QTest::newRow("o’") << u"o’zbek"_s << u"ўзбек"_s;
        QTest::newRow("oʼ") << u"oʼzbek"_s << u"ўзбек"_s;
        QTest::newRow("ta'lim") << u"ta'lim"_s << u"таълим"_s;
        QTest::newRow("tog'") << u"tog'"_s << u"тоғ"_s;
        // capitals
        QTest::newRow("O‘ZBEKISTON") << u"O‘ZBEKISTON"_s << u"ЎЗБЕКИСТОН"_s;
        QTest::newRow("Shavkat") << u"Shavkat"_s << u"Шавкат"_s;
        QTest::newRow("SHAVKAT") << u"SHAVKAT"_s << u"ШАВКАТ"_s;
        QTest::newRow("SH") << u"SH"_s << u"Ш"_s;
        QTest::newRow("heading") << u"IQTISODIY KO‘RSATKICHLAR YO‘NALISHIDA:"_s
                                 << u"ИҚТИСОДИЙ КЎРСАТКИЧЛАР ЙЎНАЛИШИДА:"_s;
        QTest::newRow("TAʼLIM") << u"RAQAMLI TA’LIM"_s << u"РАҚАМЛИ ТАЪЛИМ"_s;
        QTest::newRow("EKOLOGIYA") << u"EKOLOGIYA"_s << u"ЭКОЛОГИЯ"_s;
        QTest::newRow("KENGASH") << u"KENGASH"_s << u"КЕНГАШ"_s;
        QTest::newRow("initial") << u"Sh.Axmatov"_s << u"Ш.Ахматов"_s;
        // exceptions, case kept
        QTest::newRow("yanvar") << u"yanvar"_s << u"январь"_s;
        QTest::newRow("Yanvar") << u"Yanvar"_s << u"Январь"_s;
        QTest::newRow("YANVAR") << u"YANVAR"_s << u"ЯНВАРЬ"_s;
        QTest::newRow("sentabrda") << u"sentabrda"_s << u"сентябрда"_s;
        QTest::newRow("stansiya") << u"stansiyalar"_s << u"станциялар"_s;
        QTest::newRow("konsert") << u"konsert"_s << u"концерт"_s;
        QTest::newRow("subyekt") << u"subyektlari"_s << u"субъектлари"_s;
        QTest::newRow("obyekt") << u"Obyekt"_s << u"Объект"_s;
        QTest::newRow("range") << u"yanvar-aprel oylarida"_s << u"январь-апрель ойларида"_s;
        // numbers, dates, abbreviations, punctuation, quotes
        QTest::newRow("abbreviations") << u"IT-Park rezidentlari 13,1 trln so‘m, 16,5 mln, AQSh"_s
                                       << u"IT-Парк резидентлари 13,1 трлн сўм, 16,5 млн, АҚШ"_s;
        QTest::newRow("decree") << u"2024-yil 26-avgustdagi PF-124-son Farmoni"_s
                                << u"2024 йил 26 августдаги ПФ-124-сон Фармони"_s;
        QTest::newRow("date") << u"2025-yil 23-iyun"_s << u"2025 йил 23 июнь"_s;
        QTest::newRow("range of years") << u"2023-2024 yillarda"_s << u"2023-2024 йилларда"_s;
        QTest::newRow("number kept")
            << u"1 152 tani (11,2 foizi)"_s << u"1 152 тани (11,2 фоизи)"_s;
        QTest::newRow("quotes") << u"“Madad” va «Ishonch» gazetasi, 'Xabar'"_s
                                << u"“Мадад” ва «Ишонч» газетаси, 'Хабар'"_s;
        QTest::newRow("curly single quotes") << u"‘Ishonch’ gazetasi"_s << u"‘Ишонч’ газетаси"_s;
        QTest::newRow("web address") << u"my.gov.uz portalida"_s << u"my.gov.uz порталида"_s;
        QTest::newRow("foreign quotation") << u"“Global Startup Ecosystem Index” reytingida"_s
                                           << u"“Global Startup Ecosystem Index” рейтингида"_s;
        QTest::newRow("brand") << u"“MyID Palm” tizimi"_s << u"“MyID Palm” тизими"_s;
        QTest::newRow("hyphenated")
            << u"o‘zini-o‘zi band qilganlar"_s << u"ўзини-ўзи банд қилганлар"_s;
        QTest::newRow("roman numerals")
            << u"I. Hisobot\nII. “Madad” murojaati; 2025-yilning I yarim yili"_s
            << u"I. Ҳисобот\nII. “Мадад” мурожаати; 2025 йилнинг I ярим йили"_s;
        QTest::newRow("abbreviation with suffix")
            << u"AQShning, YaIMga nisbatan"_s << u"АҚШнинг, ЯИМга нисбатан"_s;
        QTest::newRow("codes") << u"“G2” darajadan 5G tarmogʻi"_s << u"“G2” даражадан 5G тармоғи"_s;
        QTest::newRow("colon name") << u"“Run:ai” (AQSh)"_s << u"“Run:ai” (АҚШ)"_s;
        QTest::newRow("already cyrillic") << u"Кенгаш"_s << u"Кенгаш"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void toCyrillic()
    {
        QFETCH(QString, latin);
        QFETCH(QString, cyrillic);
        QCOMPARE(Transliterator::toCyrillic(latin), cyrillic);
        QCOMPARE(Transliterator::to(Script::Cyrillic, latin), cyrillic);
    }

    void toLatin_data()
    {
        QTest::addColumn<QString>("cyrillic");
        QTest::addColumn<QString>("latin");
        QTest::newRow("кенгаши") << u"кенгаши"_s << u"kengashi"_s;
        QTest::newRow("экология") << u"экология"_s << u"ekologiya"_s;
        QTest::newRow("аэропорт") << u"аэропорт"_s << u"aeroport"_s;
        QTest::newRow("ер") << u"ер"_s << u"yer"_s;
        QTest::newRow("поезд") << u"поезд"_s << u"poyezd"_s;
        QTest::newRow("Европа") << u"Европа"_s << u"Yevropa"_s;
        QTest::newRow("йўл") << u"йўл"_s << u"yoʻl"_s;
        QTest::newRow("Исҳоқ") << u"Исҳоқ"_s << u"Isʼhoq"_s;
        QTest::newRow("маълумот") << u"маълумот"_s << u"maʼlumot"_s;
        QTest::newRow("мўъжиза") << u"мўъжиза"_s << u"moʻjiza"_s;
        QTest::newRow("субъект") << u"субъект"_s << u"subyekt"_s;
        QTest::newRow("компьютер") << u"компьютер"_s << u"kompyuter"_s;
        QTest::newRow("станция") << u"станция"_s << u"stansiya"_s;
        QTest::newRow("лицей") << u"лицей"_s << u"litsey"_s;
        QTest::newRow("цирк") << u"цирк"_s << u"sirk"_s;
        QTest::newRow("январь") << u"январь"_s << u"yanvar"_s;
        QTest::newRow("Сентябрь") << u"Сентябрь"_s << u"Sentabr"_s;
        QTest::newRow("ОКТЯБРЬ") << u"ОКТЯБРЬ"_s << u"OKTABR"_s;
        QTest::newRow("Шавкат") << u"Шавкат"_s << u"Shavkat"_s;
        QTest::newRow("ШАВКАТ") << u"ШАВКАТ"_s << u"SHAVKAT"_s;
        QTest::newRow("БОШ") << u"БОШ"_s << u"BOSH"_s;
        QTest::newRow("Ш.") << u"Ш.Ахматов"_s << u"Sh.Axmatov"_s;
        QTest::newRow("ЎЗБЕКИСТОН") << u"ЎЗБЕКИСТОН"_s << u"OʻZBEKISTON"_s;
        QTest::newRow("ЁШЛАР") << u"ЁШЛАР"_s << u"YOSHLAR"_s;
        QTest::newRow("Ёшлар") << u"Ёшлар"_s << u"Yoshlar"_s;
        QTest::newRow("АҚШ") << u"АҚШ"_s << u"AQSh"_s;
        QTest::newRow("date") << u"2025 йил 23 июнь"_s << u"2025-yil 23-iyun"_s;
        QTest::newRow("decree") << u"2017 йил 7 февралдаги ПФ-4947-сон Фармони"_s
                                << u"2017-yil 7-fevraldagi PF-4947-son Farmoni"_s;
        QTest::newRow("abbreviations") << u"IT-Парк, 16,5 млн"_s << u"IT-Park, 16,5 mln"_s;
        QTest::newRow("abbreviation with suffix") << u"АҚШнинг, ЯИМга"_s << u"AQShning, YaIMga"_s;
        QTest::newRow("latin kept") << u"my.gov.uz порталида"_s << u"my.gov.uz portalida"_s;
    }
    void toLatin()
    {
        QFETCH(QString, cyrillic);
        QFETCH(QString, latin);
        QCOMPARE(Transliterator::toLatin(cyrillic), latin);
        QCOMPARE(Transliterator::to(Script::Latin, cyrillic), latin);
    }

    void datesAgreeWithUzbekDates()
    {
        // A date transliterated reads as UzbekDates writes it in Cyrillic, and back.
        for (int month = 1; month <= 12; ++month) {
            const QDate date(2025, month, 9);
            const QString latin = UzbekDates::formatLong(date);
            const QString cyrillic = UzbekDates::formatLong(date, Script::Cyrillic);
            QCOMPARE(Transliterator::toCyrillic(latin), cyrillic);
            QCOMPARE(Transliterator::toLatin(cyrillic), latin);
            QCOMPARE(Transliterator::toCyrillic(UzbekDates::formatOnDate(date)),
                UzbekDates::formatOnDate(date, Script::Cyrillic));
        }
    }

    void sharedBetweenThreads()
    {
        const QString latin = u"Oʻzbekiston Respublikasi Prezidentining 2024-yil 26-avgustdagi "
                              u"PF-124-son Farmoni, stansiyalar, subyektlari, AQSh"_s;
        const QString expected = Transliterator::toCyrillic(latin);
        const QString back = Transliterator::toLatin(expected);
        std::vector<std::thread> threads;
        std::atomic<int> wrong = 0;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 200; ++i) {
                    if (Transliterator::toCyrillic(latin) != expected
                        || Transliterator::toLatin(expected) != back)
                        ++wrong;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }

    void seedRoundTrip()
    {
        const QString latin
            = u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi yigʻilishi. "
              u"Kengash aʼzolari oʻz fikr-mulohazalarini bildirishdi. Xorazm viloyatida "
              u"“Muhammad al-Xorazmiy vorislari” loyihasi doirasida 4,2 ming nafar yoshlar "
              u"xorijiy til va IT boʻyicha oʻqitilmoqda."_s;
        QCOMPARE(Transliterator::toLatin(Transliterator::toCyrillic(latin)), latin);
    }
};

QTEST_GUILESS_MAIN(TestTransliterator)
#include "testtransliterator.moc"
