#include "text/romannumeral.h"

#include <QTest>

using namespace Bayon;

class TestRomanNumeral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromInt_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("numeral");
        QTest::newRow("1") << 1 << QStringLiteral("I");
        QTest::newRow("2") << 2 << QStringLiteral("II");
        QTest::newRow("4") << 4 << QStringLiteral("IV");
        QTest::newRow("9") << 9 << QStringLiteral("IX");
        QTest::newRow("14") << 14 << QStringLiteral("XIV");
        QTest::newRow("40") << 40 << QStringLiteral("XL");
        QTest::newRow("1994") << 1994 << QStringLiteral("MCMXCIV");
        QTest::newRow("3999") << 3999 << QStringLiteral("MMMCMXCIX");
    }
    void fromInt()
    {
        QFETCH(int, value);
        QFETCH(QString, numeral);
        QCOMPARE(RomanNumeral::fromInt(value), numeral);
        QCOMPARE(RomanNumeral::toInt(numeral), value);
    }

    void outOfRange()
    {
        QVERIFY(RomanNumeral::fromInt(0).isEmpty());
        QVERIFY(RomanNumeral::fromInt(-3).isEmpty());
        QVERIFY(RomanNumeral::fromInt(4000).isEmpty());
    }

    void nonCanonicalIsRejected()
    {
        QCOMPARE(RomanNumeral::toInt(u"IIII"), 0);
        QCOMPARE(RomanNumeral::toInt(u"VX"), 0);
        QCOMPARE(RomanNumeral::toInt(u"I1"), 0);
        QCOMPARE(RomanNumeral::toInt(u""), 0);
    }

    void everyNumeralRoundTrips()
    {
        for (int value = 1; value <= 3999; ++value)
            QCOMPARE(RomanNumeral::toInt(RomanNumeral::fromInt(value)), value);
    }
};

QTEST_GUILESS_MAIN(TestRomanNumeral)
#include "testromannumeral.moc"
