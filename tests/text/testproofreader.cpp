#include "text/proofreader.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

QList<Finding> only(const QList<Finding>& findings, const QString& rule)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

} // namespace

class TestProofreader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tutuq()
    {
        const QList<Finding> findings
            = Proofreader::checkText(u"ma’lumot", u"meeting"_s, u"place"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].rule, Proofreader::Apostrophe);
        QCOMPARE(findings[0].suggestion, u"ʼ"_s);
        QCOMPARE(findings[0].part, u"meeting"_s);
        QCOMPARE(findings[0].field, u"place"_s);
    }

    void quotedWordsLeftAlone()
    {
        QVERIFY(
            Proofreader::checkText(u"‘Ishonch’ gazetasi, 'Xabar', “Madad”, «Ishonch»").isEmpty());
        QVERIFY(Proofreader::checkText(u"“Version 2.0” dasturi va “1,152” raqami").isEmpty());
    }

    void mixedScripts()
    {
        // "Kengash" with a Cyrillic е and a Cyrillic а: looks right, is not.
        const QString text = u"Jamoatchilik K\u0435ng\u0430sh raisi"_s;
        const QList<Finding> findings
            = Proofreader::checkText(text, u"meeting"_s, u"councilName"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].rule, Proofreader::MixedScript);
        QCOMPARE(findings[0].position, 13);
        QCOMPARE(findings[0].length, 7);
        QCOMPARE(findings[0].suggestion, u"Kengash"_s);
        // A Cyrillic word with a Latin o, suggested back to Cyrillic.
        const QList<Finding> cyrillic = Proofreader::checkText(u"Т\u006Fшкент");
        QCOMPARE(cyrillic.size(), 1);
        QCOMPARE(cyrillic[0].suggestion, u"Тошкент"_s);
        // Whole words in either script side by side are fine.
        QVERIFY(Proofreader::checkText(u"“Ishonch” va “Ишонч-Доверие” gazetalari").isEmpty());
    }

    void doubleSpaces()
    {
        const QList<Finding> findings = Proofreader::checkText(u"Kengash  qaror   qiladi:");
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].rule, Proofreader::DoubleSpace);
        QCOMPARE(findings[0].position, 7);
        QCOMPARE(findings[0].length, 2);
        QCOMPARE(findings[1].position, 14);
        QCOMPARE(findings[1].length, 3);
        // Indentation and line ends are layout, not doubled spaces.
        QVERIFY(Proofreader::checkText(u"birinchi  \n  ikkinchi").isEmpty());
    }

    void doubleWords()
    {
        const QList<Finding> findings
            = Proofreader::checkText(u"Vazirlik bilan bilan birgalikda va Va");
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].rule, Proofreader::DoubleWord);
        QCOMPARE(findings[0].position, 9);
        QCOMPARE(findings[0].length, 11);
        QCOMPARE(findings[0].suggestion, u"bilan"_s);
        QCOMPARE(findings[1].position, 32);
        // Repetition across punctuation or a hyphen is Uzbek, not a slip.
        QVERIFY(Proofreader::checkText(u"asta-asta, oʻzini-oʻzi; bir, bir").isEmpty());
    }

    void englishNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("thousands")
            << u"korxonalar 1,152 tani tashkil etdi"_s << u"1,152"_s << u"1\u00A0152"_s;
        QTest::newRow("millions") << u"jami 1,234,567 soʻm"_s << u"1,234,567"_s
                                  << u"1\u00A0234\u00A0567"_s;
        QTest::newRow("decimal point") << u"11.2 foizi"_s << u"11.2"_s << u"11,2"_s;
        QTest::newRow("in a sentence")
            << u"jami korxonalarning 11.2 foizi"_s << u"11.2"_s << u"11,2"_s;
        QTest::newRow("dotted thousands")
            << u"summa 1.152.000 soʻm"_s << u"1.152.000"_s << u"1\u00A0152\u00A0000"_s;
    }
    void englishNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(QString, suggestion);
        const QList<Finding> findings
            = only(Proofreader::checkText(text), Proofreader::NumberFormat);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(text.mid(findings[0].position, findings[0].length), number);
        QCOMPARE(findings[0].suggestion, suggestion);
    }

    void uzbekNumbersPass()
    {
        QVERIFY(Proofreader::checkText(u"1 152 tani, 11,2 foizi, 16,5 mln, 1,152 mln, 3,3 barobar")
                    .isEmpty());
        QVERIFY(
            Proofreader::checkText(u"23.06.2025 holatiga, soat 11.00 da, 3.1-bandida").isEmpty());
        QVERIFY(Proofreader::checkText(u"1.1. Birinchi band\n2.1. Ikkinchi band\n2.2 Uchinchi")
                    .isEmpty());
        QVERIFY(Proofreader::checkText(u"my.gov.uz portalida, 01/218-25-son").isEmpty());
    }

    void everyRuleIsDescribed()
    {
        QCOMPARE(Proofreader::rules().size(), 5);
        for (const QString& rule : Proofreader::rules())
            QVERIFY2(!Proofreader::describe(rule).isEmpty(), qPrintable(rule));
        QVERIFY(Proofreader::describe(u"no-such-rule"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProofreader)
#include "testproofreader.moc"
