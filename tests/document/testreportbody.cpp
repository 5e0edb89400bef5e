#include "document/reportbody.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

using Block = ReportBody::Block;
using Kind = ReportBody::Block::Kind;

class TestReportBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsBulletsParagraphs()
    {
        const QList<Block> blocks
            = ReportBody::parse(u"## IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:\n\n- soha …;\n- "
                                u"xodimlar\n  soni 92 ming;\n\n"
                                "Birinchi qator\nikkinchi qator.\n\n\nYangi xatboshi."_s);
        const QList<Block> expected {
            {Kind::Heading, u"IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:"_s},
            {Kind::Bullet, u"soha …;"_s},
            {Kind::Bullet, u"xodimlar soni 92 ming;"_s},
            {Kind::Paragraph, u"Birinchi qator ikkinchi qator."_s},
            {Kind::Paragraph, u"Yangi xatboshi."_s},
        };
        QCOMPARE(blocks, expected);
    }

    void headingWithoutBlankLine()
    {
        const QList<Block> blocks = ReportBody::parse(u"Matn.\n## SARLAVHA\nKeyingi."_s);
        const QList<Block> expected {{Kind::Paragraph, u"Matn."_s}, {Kind::Heading, u"SARLAVHA"_s},
            {Kind::Paragraph, u"Keyingi."_s}};
        QCOMPARE(blocks, expected);
    }

    void nothingElseIsMarkup()
    {
        const QList<Block> blocks
            = ReportBody::parse(u"# Bir\n\n*yulduz* _chiziq_ 1. raqam\n\n-chiziqcha"_s);
        const QList<Block> expected {{Kind::Paragraph, u"# Bir"_s},
            {Kind::Paragraph, u"*yulduz* _chiziq_ 1. raqam"_s}, {Kind::Paragraph, u"-chiziqcha"_s}};
        QCOMPARE(blocks, expected);
    }

    void windowsLineEndsAndEmpty()
    {
        QCOMPARE(ReportBody::parse(u"- a\r\n- b\r\n"_s),
            (QList<Block> {{Kind::Bullet, u"a"_s}, {Kind::Bullet, u"b"_s}}));
        QVERIFY(ReportBody::parse(u""_s).isEmpty());
        QVERIFY(ReportBody::parse(u"\n \n\t\n"_s).isEmpty());
    }
};

QTEST_MAIN(TestReportBody)
#include "testreportbody.moc"
