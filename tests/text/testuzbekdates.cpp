#include "text/uzbekdates.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestUzbekDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatLong()
    {
        QCOMPARE(UzbekDates::formatLong(QDate(2025, 6, 23)), u"2025-yil 23-iyun"_s);
        QCOMPARE(UzbekDates::formatLong(QDate(2025, 1, 5)), u"2025-yil 5-yanvar"_s);
        QCOMPARE(UzbekDates::formatLong(QDate(2024, 12, 31)), u"2024-yil 31-dekabr"_s);
        QCOMPARE(
            UzbekDates::formatLong(QDate(2025, 6, 23), Script::Cyrillic), u"2025 йил 23 июнь"_s);
        QCOMPARE(
            UzbekDates::formatLong(QDate(2025, 9, 1), Script::Cyrillic), u"2025 йил 1 сентябрь"_s);
        QVERIFY(UzbekDates::formatLong(QDate()).isEmpty());
    }

    void everyMonth()
    {
        const QStringList latin {u"yanvar"_s, u"fevral"_s, u"mart"_s, u"aprel"_s, u"may"_s,
            u"iyun"_s, u"iyul"_s, u"avgust"_s, u"sentabr"_s, u"oktabr"_s, u"noyabr"_s, u"dekabr"_s};
        const QStringList cyrillic {u"январь"_s, u"февраль"_s, u"март"_s, u"апрель"_s, u"май"_s,
            u"июнь"_s, u"июль"_s, u"август"_s, u"сентябрь"_s, u"октябрь"_s, u"ноябрь"_s,
            u"декабрь"_s};
        for (int month = 1; month <= 12; ++month) {
            const QDate date(2025, month, 15);
            QCOMPARE(UzbekDates::formatLong(date), u"2025-yil 15-"_s + latin[month - 1]);
            QCOMPARE(UzbekDates::formatLong(date, Script::Cyrillic),
                u"2025 йил 15 "_s + cyrillic[month - 1]);
            QCOMPARE(UzbekDates::parse(UzbekDates::formatLong(date)), date);
            QCOMPARE(UzbekDates::parse(UzbekDates::formatLong(date, Script::Cyrillic)), date);
            QCOMPARE(UzbekDates::parse(UzbekDates::formatOnDate(date)), date);
            QCOMPARE(UzbekDates::parse(UzbekDates::formatOnDate(date, Script::Cyrillic)), date);
        }
    }

    void onDate()
    {
        QCOMPARE(UzbekDates::formatOnDate(QDate(2025, 5, 15)), u"2025-yil 15-may kuni"_s);
        QCOMPARE(UzbekDates::formatOnDate(QDate(2025, 5, 15), Script::Cyrillic),
            u"2025 йил 15 май куни"_s);
    }

    void formatTime()
    {
        QCOMPARE(UzbekDates::formatTime(QTime(11, 0)), u"soat 11:00"_s);
        QCOMPARE(UzbekDates::formatTime(QTime(9, 5)), u"soat 09:05"_s);
        QCOMPARE(UzbekDates::formatTime(QTime(13, 30), Script::Cyrillic), u"соат 13:30"_s);
        QVERIFY(UzbekDates::formatTime(QTime()).isEmpty());
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        const QDate june23(2025, 6, 23);
        QTest::newRow("official") << u"2025-yil 23-iyun"_s << june23;
        QTest::newRow("upper") << u"2025-YIL 23-IYUN"_s << june23;
        QTest::newRow("title") << u"2025-yil 23-Iyun"_s << june23;
        QTest::newRow("spaces") << u"2025 yil 23 iyun"_s << june23;
        QTest::newRow("kuni") << u"2025-yil 23-iyun kuni"_s << june23;
        QTest::newRow("trailing dot") << u"2025-yil 23-iyun."_s << june23;
        QTest::newRow("iso") << u"2025-06-23"_s << june23;
        QTest::newRow("cyrillic") << u"2025 йил 23 июнь"_s << june23;
        QTest::newRow("cyrillic hyphens") << u"2025-йил 23-июнь"_s << june23;
        QTest::newRow("cyrillic icu month") << u"2025 йил 23 июн"_s << june23;
        QTest::newRow("fevral") << u"2024-yil 29-fevral"_s << QDate(2024, 2, 29);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(UzbekDates::parse(text), expected);
    }

    void rejects()
    {
        QVERIFY(!UzbekDates::parse(u"2025-yil 31-iyun").isValid());
        QVERIFY(!UzbekDates::parse(u"2025-yil 29-fevral").isValid());
        QVERIFY(!UzbekDates::parse(u"23-iyun").isValid());
        QVERIFY(!UzbekDates::parse(u"2025-yil 23-iyunda").isValid());
        QVERIFY(!UzbekDates::parse(u"kecha").isValid());
        QVERIFY(!UzbekDates::parse(u"").isValid());
    }

    void roundTripOverYears()
    {
        for (QDate date(1991, 9, 1); date < QDate(1993, 1, 1); date = date.addDays(7))
            QCOMPARE(UzbekDates::parse(UzbekDates::formatLong(date)), date);
        QCOMPARE(UzbekDates::parse(UzbekDates::formatLong(QDate(1500, 3, 1))), QDate(1500, 3, 1));
    }
};

QTEST_GUILESS_MAIN(TestUzbekDates)
#include "testuzbekdates.moc"
