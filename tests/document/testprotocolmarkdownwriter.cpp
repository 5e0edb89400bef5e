#include "document/protocolcomposer.h"
#include "document/protocolmarkdownwriter.h"
#include "protocolsamples.h"

#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestProtocolMarkdownWriter : public QObject
{
    Q_OBJECT

private:
    static QString markdown(const Meeting& meeting)
    {
        return QString::fromUtf8(ProtocolMarkdownWriter::write(ProtocolComposer::compose(meeting)));
    }

private Q_SLOTS:
    void structure()
    {
        const QString md = markdown(ProtocolSamples::built());
        QVERIFY(md.startsWith(
            u"**RAQAMLI TEXNOLOGIYALAR VAZIRLIGI HUZURIDAGI JAMOATCHILIK KENGASHI**\n\n"_s));
        QVERIFY(md.contains(u"\n# YIGʻILISH BAYONI\n"_s));
        QVERIFY(md.contains(u"\n**№ 3**\n"_s));
        QVERIFY(md.contains(u" — Toshkent shahri\n"_s));
        QVERIFY(md.contains(u"\n## KUN TARTIBI:\n"_s));
        QVERIFY(md.contains(u"\n### I. Raqamli texnologiyalar vazirligi"_s));
        QVERIFY(md.contains(u"\n#### IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:\n"_s));
        QVERIFY(md.contains(u"\n- xorijiy kapital ishtirokidagi korxonalar"_s));
        QVERIFY(
            md.contains(u"\n**Raislik qildi:** Jamoatchilik kengashi raisi A.Ishanxodjaev.\n"_s));
        QVERIFY(md.contains(u"asosida **Kengash qaror qiladi:**\n"_s));
        QVERIFY(md.contains(u"\n*Muddat:* keyingi yigʻilishgacha.\n"_s));
        QVERIFY(md.contains(
            u"\n**Kengash raisi** "_s + ProtocolSignature::line() + u" **A.Ishanxodjaev**\n"_s));
        QVERIFY(md.endsWith(u"**N.Abdullayev**\n"_s));
    }

    void numberedLinesAreNotLists()
    {
        const QString md = markdown(ProtocolSamples::built());
        // "1. Quyidagilar:" is a line of the protocol; as Markdown it would be a list item.
        QVERIFY(md.contains(u"\n1\\. Quyidagilar:\n"_s));
        QVERIFY(md.contains(u"\n4\\. Kengash ishchi organi (N.Abdullayev):\n"_s));
        QVERIFY(md.contains(u"\nI. Raqamli texnologiyalar"_s)); // Roman numerals are no list
    }

    void table()
    {
        const QString md = markdown(ProtocolSamples::built());
        QVERIFY(md.contains(u"**Iqtisodiy koʻrsatkichlar**\n\n| № | Koʻrsatkich | Davr | Qiymat | "
                            u"Oʻzgarish | Izoh |\n"
                            "| :---: | :--- | :--- | ---: | ---: | :--- |\n"_s));
        QVERIFY(md.contains(u"| 1 | Xorijiy kapital ishtirokidagi korxonalar | 2025-yil I yarim "
                            u"yil | 1\u00A0152\u00A0ta | "
                            "8,4\u00A0barobar | jami korxonalarning 11,2 foizi |\n"_s));
    }

    void escapesMarkup()
    {
        Meeting meeting = ProtocolSamples::built();
        meeting.agenda[0].reports[0].body = u"- 2*3 and a_b [link](x) | pipe\n\n# not a heading"_s;
        const QString md = markdown(meeting);
        QVERIFY2(md.contains(u"- 2\\*3 and a\\_b \\[link\\](x) \\| pipe\n"_s), qPrintable(md));
        QVERIFY(md.contains(u"\n\\# not a heading\n"_s));
    }
};

QTEST_MAIN(TestProtocolMarkdownWriter)
#include "testprotocolmarkdownwriter.moc"
