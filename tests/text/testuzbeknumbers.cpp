#include "text/uzbeknumbers.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestUzbekNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("thousands") << 1152.0 << 3 << u"1\u00A0152"_s;
        QTest::newRow("decimal comma") << 11.2 << 3 << u"11,2"_s;
        QTest::newRow("16,5") << 16.5 << 3 << u"16,5"_s;
        QTest::newRow("millions") << 1234567.25 << 3 << u"1\u00A0234\u00A0567,25"_s;
        QTest::newRow("no trailing zeros") << 12.0 << 3 << u"12"_s;
        QTest::newRow("rounded") << 2.3456 << 2 << u"2,35"_s;
        QTest::newRow("half up") << 2.5 << 0 << u"3"_s;
        QTest::newRow("negative") << -3.5 << 3 << u"-3,5"_s;
        QTest::newRow("small") << 0.125 << 3 << u"0,125"_s;
        QTest::newRow("no negative zero") << -0.0001 << 2 << u"0"_s;
    }
    void format()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, expected);
        QCOMPARE(UzbekNumbers::format(value, digits), expected);
    }

    void withUnit()
    {
        QCOMPARE(UzbekNumbers::formatWithUnit(16.5, u"mln"), u"16,5\u00A0mln"_s);
        QCOMPARE(UzbekNumbers::formatWithUnit(11.2, u"foiz"), u"11,2\u00A0foiz"_s);
        QCOMPARE(UzbekNumbers::formatWithUnit(1152, u""), u"1\u00A0152"_s);
    }

    void factor()
    {
        QCOMPARE(UzbekNumbers::formatFactor(1.4), u"1,4\u00A0barobar"_s);
        QCOMPARE(UzbekNumbers::formatFactor(2.0), u"2\u00A0barobar"_s);
        QCOMPARE(UzbekNumbers::formatFactor(1.4, Script::Cyrillic), u"1,4\u00A0баробар"_s);
    }

    void percentChange()
    {
        QCOMPARE(UzbekNumbers::formatPercentChange(25), u"+25\u00A0%"_s);
        QCOMPARE(UzbekNumbers::formatPercentChange(-3.5), u"\u22123,5\u00A0%"_s);
        QCOMPARE(UzbekNumbers::formatPercentChange(0), u"0\u00A0%"_s);
        QCOMPARE(UzbekNumbers::formatPercentChange(1250.5), u"+1\u00A0250,5\u00A0%"_s);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("plain space") << u"1 152"_s << 1152.0;
        QTest::newRow("no-break space") << u"1\u00A0152"_s << 1152.0;
        QTest::newRow("narrow no-break") << u"1\u202F152"_s << 1152.0;
        QTest::newRow("no space") << u"1152"_s << 1152.0;
        QTest::newRow("comma") << u"11,2"_s << 11.2;
        QTest::newRow("negative") << u"-3,5"_s << -3.5;
        QTest::newRow("minus sign") << u"\u22123,5"_s << -3.5;
        QTest::newRow("plus") << u"+25"_s << 25.0;
        QTest::newRow("millions") << u"1 234 567,25"_s << 1234567.25;
        QTest::newRow("zero comma three") << u"0,125"_s << 0.125;
        QTest::newRow("four decimals") << u"1,1525"_s << 1.1525;
        QTest::newRow("surrounding space") << u"  16,5 "_s << 16.5;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const std::optional<double> value = UzbekNumbers::parse(text);
        QVERIFY2(value.has_value(), qPrintable(text));
        QCOMPARE(*value, expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("english thousands") << u"1,152"_s;
        QTest::newRow("english decimal") << u"11.2"_s;
        QTest::newRow("english millions") << u"1,234,567"_s;
        QTest::newRow("bad group") << u"1 15"_s;
        QTest::newRow("word") << u"mln"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("trailing text") << u"12 mln"_s;
        QTest::newRow("two commas") << u"1,2,3"_s;
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!UzbekNumbers::parse(text).has_value(), qPrintable(text));
    }

    void roundTrip()
    {
        for (const double value : {0.0, 1.0, 11.2, 16.5, 1152.0, 999999.999, -3.5, 1234567.0}) {
            const std::optional<double> back = UzbekNumbers::parse(UzbekNumbers::format(value));
            QVERIFY(back.has_value());
            QCOMPARE(*back, value);
        }
    }
};

QTEST_GUILESS_MAIN(TestUzbekNumbers)
#include "testuzbeknumbers.moc"
