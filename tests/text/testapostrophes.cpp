#include "text/apostrophes.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestApostrophes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        // oʻ and gʻ from every mark people type
        QTest::newRow("ascii") << u"o'zbekiston"_s << u"oʻzbekiston"_s;
        QTest::newRow("backtick") << u"o`sish"_s << u"oʻsish"_s;
        QTest::newRow("left quote") << u"o‘sish"_s << u"oʻsish"_s;
        QTest::newRow("right quote") << u"o’sish"_s << u"oʻsish"_s;
        QTest::newRow("acute") << u"o´sish"_s << u"oʻsish"_s;
        QTest::newRow("tutuq after o") << u"oʼsish"_s << u"oʻsish"_s;
        QTest::newRow("g") << u"yig'ilish"_s << u"yigʻilish"_s;
        QTest::newRow("upper") << u"O'G'IL"_s << u"OʻGʻIL"_s;
        QTest::newRow("all caps") << u"O‘ZBEKISTON"_s << u"OʻZBEKISTON"_s;
        QTest::newRow("title") << u"O'zbekiston"_s << u"Oʻzbekiston"_s;
        QTest::newRow("word end") << u"tog' va bog'"_s << u"togʻ va bogʻ"_s;
        QTest::newRow("word end before comma") << u"tog', bog'."_s << u"togʻ, bogʻ."_s;
        // the tutuq belgisi
        QTest::newRow("tutuq ascii") << u"ta'lim"_s << u"taʼlim"_s;
        QTest::newRow("tutuq right quote") << u"ma’lumot"_s << u"maʼlumot"_s;
        QTest::newRow("tutuq turned comma") << u"taʻlim"_s << u"taʼlim"_s;
        QTest::newRow("tutuq upper") << u"TA'LIM"_s << u"TAʼLIM"_s;
        QTest::newRow("s'h") << u"Is'hoq"_s << u"Isʼhoq"_s;
        QTest::newRow("mixed") << u"Raqamli ta'lim yo'nalishida o'sish"_s
                               << u"Raqamli taʼlim yoʻnalishida oʻsish"_s;
        // quotation marks are left alone
        QTest::newRow("single quotes") << u"'Xabar' gazetasi"_s << u"'Xabar' gazetasi"_s;
        QTest::newRow("curly quotes") << u"‘Ishonch’ gazetasi"_s << u"‘Ishonch’ gazetasi"_s;
        QTest::newRow("double") << u"“Madad” jamgʻarmasi"_s << u"“Madad” jamgʻarmasi"_s;
        QTest::newRow("guillemets") << u"«Ishonch»"_s << u"«Ishonch»"_s;
        QTest::newRow("quoted word ending in g") << u"‘Bog’ gazetasi"_s << u"‘Bog’ gazetasi"_s;
        QTest::newRow("quoted with o' inside")
            << u"'O'zbekiston' kanali"_s << u"'Oʻzbekiston' kanali"_s;
        QTest::newRow("quote ends after g-word") << u"‘Bog’ ko’chasi’"_s << u"‘Bogʻ koʻchasi’"_s;
        // numbers and plain words
        QTest::newRow("feet") << u"5' uzun"_s << u"5' uzun"_s;
        QTest::newRow("plain") << u"Raqamli texnologiyalar 1 152"_s
                               << u"Raqamli texnologiyalar 1 152"_s;
        QTest::newRow("already right") << u"oʻzbekiston taʼlim"_s << u"oʻzbekiston taʼlim"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(Apostrophes::normalize(typed), expected);
        QCOMPARE(Apostrophes::needsNormalizing(typed), typed != expected);
        // Normalising twice changes nothing more.
        QCOMPARE(Apostrophes::normalize(expected), expected);
        QVERIFY(!Apostrophes::needsNormalizing(expected));
    }

    void rightCodePoints()
    {
        const QString out = Apostrophes::normalize(u"o'g'ta'");
        QCOMPARE(out.at(1).unicode(), u'\u02BB');
        QCOMPARE(out.at(3).unicode(), u'\u02BB');
        QCOMPARE(Apostrophes::normalize(u"ma'no").at(2).unicode(), u'\u02BC');
    }
};

QTEST_GUILESS_MAIN(TestApostrophes)
#include "testapostrophes.moc"
