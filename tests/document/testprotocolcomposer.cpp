#include "document/protocolcomposer.h"
#include "protocolsamples.h"
#include "text/transliterator.h"
#include "text/uzbekdates.h"

#include <QRegularExpression>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

using Kind = ProtocolBlock::Kind;

// The index of the first block whose text starts with `prefix`, or -1.
qsizetype find(const ProtocolContent& content, const QString& prefix, qsizetype from = 0)
{
    for (qsizetype i = from; i < content.blocks.size(); ++i) {
        if (content.blocks.at(i).plainText().startsWith(prefix))
            return i;
    }
    return -1;
}

const ProtocolBlock& block(const ProtocolContent& content, const QString& prefix)
{
    static const ProtocolBlock none;
    const qsizetype i = find(content, prefix);
    return i < 0 ? none : content.blocks.at(i);
}

const ProtocolTable* firstTable(const ProtocolContent& content)
{
    for (const ProtocolBlock& b : content.blocks) {
        if (b.kind == Kind::Table)
            return &b.table;
    }
    return nullptr;
}

} // namespace

class TestProtocolComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header()
    {
        const ProtocolContent content = ProtocolComposer::compose(ProtocolSamples::built());
        QVERIFY(content.blocks.size() > 10);
        QCOMPARE(content.blocks.at(0).kind, Kind::CouncilName);
        QCOMPARE(content.blocks.at(0).plainText(),
            u"RAQAMLI TEXNOLOGIYALAR VAZIRLIGI HUZURIDAGI JAMOATCHILIK KENGASHI"_s);
        QCOMPARE(content.blocks.at(1).kind, Kind::DocumentTitle);
        QCOMPARE(content.blocks.at(1).plainText(), u"YIGʻILISH BAYONI"_s);
        QCOMPARE(content.blocks.at(2).plainText(), u"№ 3"_s);
        const ProtocolBlock& when = content.blocks.at(3);
        QCOMPARE(when.kind, Kind::DatePlace);
        QVERIFY2(when.plainText().startsWith(UzbekDates::formatLong(QDate(2025, 6, 23))),
            qPrintable(when.plainText()));
        QVERIFY(when.plainText().contains(u"23-iyun"_s));
        QVERIFY(when.plainText().endsWith(UzbekDates::formatTime(QTime(11, 0))));
        QCOMPARE(when.rightText, u"Toshkent shahri"_s);
    }

    void formOfTheMeeting()
    {
        Meeting meeting = ProtocolSamples::built();
        QCOMPARE(find(ProtocolComposer::compose(meeting), u"(soʻrovnoma"_s), -1);
        meeting.form = MeetingForm::WrittenPoll;
        const ProtocolContent content = ProtocolComposer::compose(meeting);
        QCOMPARE(block(content, u"(soʻrovnoma"_s).kind, Kind::MeetingForm);
    }

    void attendance()
    {
        const ProtocolContent content = ProtocolComposer::compose(ProtocolSamples::built());
        const ProtocolBlock& chair = block(content, u"Raislik qildi:"_s);
        QCOMPARE(
            chair.plainText(), u"Raislik qildi: Jamoatchilik kengashi raisi A.Ishanxodjaev."_s);
        QVERIFY(chair.runs.first().bold);
        QVERIFY(block(content, u"Qatnashdilar:"_s).keepWithNext);
        // The chair is not listed again among the members.
        QCOMPARE(block(content, u"Kengash aʼzolari:"_s).plainText(),
            u"Kengash aʼzolari: H.Ermatov, U.Rajabov."_s);
        QCOMPARE(block(content, u"O.Pekso"_s).plainText(),
            u"O.Pekso – Raqamli texnologiyalar vazirining birinchi oʻrinbosari."_s);
        QCOMPARE(
            block(content, u"N.Abdullayev –"_s).plainText(), u"N.Abdullayev – Kengash kotibi."_s);
        QVERIFY(find(content, u"Kengash ishchi organi:"_s) >= 0);
        QCOMPARE(block(content, u"Qatnashmadilar:"_s).plainText(),
            u"Qatnashmadilar: S.Karimova (xizmat safarida)."_s);
    }

    void noAbsentMembersNoLine()
    {
        Meeting meeting = ProtocolSamples::built();
        meeting.attendance.removeAt(3);
        QCOMPARE(find(ProtocolComposer::compose(meeting), u"Qatnashmadilar:"_s), -1);
    }

    void agendaWithNumerals()
    {
        const ProtocolContent content = ProtocolComposer::compose(ProtocolSamples::built());
        const qsizetype agenda = find(content, u"KUN TARTIBI:"_s);
        QVERIFY(agenda > 0);
        QCOMPARE(content.blocks.at(agenda).kind, Kind::Heading);
        QCOMPARE(content.blocks.at(agenda).level, 1);
        QVERIFY(
            content.blocks.at(agenda + 1).plainText().startsWith(u"I. Raqamli texnologiyalar"_s));
        QCOMPARE(content.blocks.at(agenda + 2).plainText(),
            u"II. “Madad” nodavlat notijorat tashkilotining murojaati haqida"_s);
        const qsizetype second = find(content, u"II. “Madad”"_s, agenda + 3);
        QVERIFY(second > agenda + 3);
        QCOMPARE(content.blocks.at(second).kind, Kind::Heading);
        QCOMPARE(content.blocks.at(second).level, 2);
        QVERIFY(content.blocks.at(second).keepWithNext);
    }

    void numeralsFollowTheOrder()
    {
        Meeting meeting = ProtocolSamples::built();
        QVERIFY(meeting.moveAgendaItem(1, 0));
        const ProtocolContent content = ProtocolComposer::compose(meeting);
        QVERIFY(find(content, u"I. “Madad”"_s) > 0);
        QVERIFY(find(content, u"II. Raqamli"_s) > 0);
    }

    void reportBodyAndTables()
    {
        const ProtocolContent content = ProtocolComposer::compose(ProtocolSamples::built());
        const qsizetype lead = find(content, u"Birinchi masala yuzasidan"_s);
        QVERIFY(lead > 0);
        // The lead names the speaker: no separate line for him.
        QCOMPARE(find(content, u"Maʼruzachi:"_s), -1);
        QVERIFY(content.blocks.at(lead).keepWithNext); // "… Jumladan:"
        const ProtocolBlock& section = content.blocks.at(lead + 1);
        QCOMPARE(section.kind, Kind::Heading);
        QCOMPARE(section.level, 3);
        QCOMPARE(section.plainText(), u"IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:"_s);
        QCOMPARE(content.blocks.at(lead + 2).kind, Kind::ListItem);
        QVERIFY(content.blocks.at(lead + 2).plainText().startsWith(u"xorijiy kapital"_s));
        // The table whose caption names the section closes it.
        QCOMPARE(content.blocks.at(lead + 4).kind, Kind::Table);
        QCOMPARE(content.blocks.at(lead + 5).plainText(), u"RAQAMLI HUKUMAT YOʻNALISHIDA:"_s);
    }

    void kpiTableInUzbekFormat()
    {
        const ProtocolContent content = ProtocolComposer::compose(ProtocolSamples::built());
        const ProtocolTable* table = firstTable(content);
        QVERIFY(table);
        QCOMPARE(table->caption, u"Iqtisodiy koʻrsatkichlar"_s);
        QCOMPARE(table->header,
            (QStringList {
                u"№"_s, u"Koʻrsatkich"_s, u"Davr"_s, u"Qiymat"_s, u"Oʻzgarish"_s, u"Izoh"_s}));
        QCOMPARE(table->alignments.at(3), ProtocolTable::Align::Right);
        QCOMPARE(table->alignments.at(4), ProtocolTable::Align::Right);
        QCOMPARE(table->rows.size(), 3);
        const QChar nbsp(0x00A0);
        QCOMPARE(table->rows.at(0).at(3), u"1"_s + nbsp + u"152"_s + nbsp + u"ta"_s);
        QCOMPARE(table->rows.at(0).at(4), u"8,4"_s + nbsp + u"barobar"_s);
        QCOMPARE(table->rows.at(1).at(3), u"92"_s + nbsp + u"000"_s + nbsp + u"nafar"_s);
        QCOMPARE(table->rows.at(2).at(3), u"12,5"_s + nbsp + u"mln nafar"_s);
        QVERIFY2(table->rows.at(2).at(4).startsWith(u"+25"_s), qPrintable(table->rows.at(2).at(4)));
        QVERIFY(table->rows.at(2).at(4).endsWith(u'%'));
        QCOMPARE(table->rows.at(1).at(4), QString());
    }

    void kpiTableLeavesOutEmptyColumns()
    {
        Meeting meeting = ProtocolSamples::built();
        for (KpiRow& row : meeting.agenda[0].reports[0].kpiTables[0].rows) {
            row.period = u"2025-yil I yarim yil"_s;
            row.change = {};
            row.note.clear();
        }
        const ProtocolContent content = ProtocolComposer::compose(meeting);
        const ProtocolTable* table = firstTable(content);
        QVERIFY(table);
        QCOMPARE(table->header, (QStringList {u"№"_s, u"Koʻrsatkich"_s, u"Qiymat"_s}));
        // One period for all rows is said in the caption.
        QCOMPARE(table->caption, u"Iqtisodiy koʻrsatkichlar (2025-yil I yarim yil)"_s);
        int total = 0;
        for (int width : table->widths)
            total += width;
        QCOMPARE(total, 100);
    }

    void speakerNotInTheLead()
    {
        Meeting meeting = ProtocolSamples::built();
        meeting.agenda[0].reports[0].lead = u"Vazirlik faoliyati boʻyicha maʼlumot berildi:"_s;
        const ProtocolContent content = ProtocolComposer::compose(meeting);
        QCOMPARE(block(content, u"Maʼruzachi:"_s).plainText(),
            u"Maʼruzachi: O.Pekso – Raqamli texnologiyalar vazirining birinchi oʻrinbosari."_s);
        meeting.agenda[0].reports[0].lead.clear();
        QVERIFY(
            find(ProtocolComposer::compose(meeting),
                u"Raqamli texnologiyalar vazirining birinchi oʻrinbosari O.Pekso soʻzga chiqdi."_s)
            > 0);
    }

    void discussion()
    {
        Meeting meeting = ProtocolSamples::built();
        ProtocolContent content = ProtocolComposer::compose(meeting);
        QVERIFY(find(content, u"Kengash aʼzolari H.Ermatov va U.Rajabov"_s) > 0);
        QCOMPARE(find(content, u"Muhokamada qatnashdilar:"_s), -1);

        meeting.agenda[1].discussion.summary = u"Taklif qoʻllab-quvvatlandi."_s;
        content = ProtocolComposer::compose(meeting);
        QCOMPARE(block(content, u"Muhokamada qatnashdilar:"_s).plainText(),
            u"Muhokamada qatnashdilar: “Ishonch” gazetasi bosh muharriri H.Ermatov, "
            "“Yuksalish” harakati maslahatchisi U.Rajabov."_s);

        meeting.agenda[1].discussion.summary.clear();
        content = ProtocolComposer::compose(meeting);
        QVERIFY(
            block(content, u"Masala yuzasidan"_s)
                .plainText()
                .endsWith(
                    u"H.Ermatov va “Yuksalish” harakati maslahatchisi U.Rajabov oʻz fikr-mulohazalarini bildirishdi."_s));
    }

    void resolutions()
    {
        const ProtocolContent content = ProtocolComposer::compose(ProtocolSamples::built());
        const qsizetype formula = find(content, u"Bildirilgan fikr-mulohazalar"_s);
        QVERIFY(formula > 0);
        QCOMPARE(content.blocks.at(formula).runs.last().text, u"Kengash qaror qiladi:"_s);
        QVERIFY(content.blocks.at(formula).runs.last().bold);
        QVERIFY(content.blocks.at(formula).keepWithNext);

        QCOMPARE(content.blocks.at(formula + 1).plainText(), u"1. Quyidagilar:"_s);
        QVERIFY(content.blocks.at(formula + 1).keepWithNext);
        QCOMPARE(content.blocks.at(formula + 2).plainText(), u"O.Peksoning axboroti;"_s);
        QVERIFY(block(content, u"2. “Madad”"_s).plainText().endsWith(u"maʼqullansin."_s));
        const qsizetype third = find(content, u"3. "_s, formula);
        QCOMPARE(content.blocks.at(third).plainText(), u"3. Raqamli texnologiyalar vazirligiga:"_s);
        QCOMPARE(content.blocks.at(third + 2).plainText(),
            u"Muddat: "_s + UzbekDates::formatLong(QDate(2025, 9, 1)) + u'.');
        const qsizetype fourth = find(content, u"4. "_s, formula);
        QCOMPARE(
            content.blocks.at(fourth).plainText(), u"4. Kengash ishchi organi (N.Abdullayev):"_s);
        QCOMPARE(content.blocks.at(fourth + 2).plainText(), u"Muddat: keyingi yigʻilishgacha."_s);
    }

    void responsibleWithoutAddressee()
    {
        Meeting meeting = ProtocolSamples::built();
        meeting.resolutions[1].responsible = {u"N.Abdullayev"_s, u"Sh.Axmatov"_s};
        const ProtocolContent content = ProtocolComposer::compose(meeting);
        QCOMPARE(
            block(content, u"Masʼullar:"_s).plainText(), u"Masʼullar: N.Abdullayev, Sh.Axmatov."_s);
    }

    void signaturesWithTheLastResolution()
    {
        const ProtocolContent content = ProtocolComposer::compose(ProtocolSamples::built());
        const ProtocolBlock& last = content.blocks.last();
        QCOMPARE(last.kind, Kind::Signatures);
        QCOMPARE(last.signatures.size(), 2);
        QCOMPARE(last.signatures.at(0).title, u"Kengash raisi"_s);
        QCOMPARE(last.signatures.at(0).name, u"A.Ishanxodjaev"_s);
        QCOMPARE(last.signatures.at(1).title, u"Kengash kotibi"_s);
        QCOMPARE(last.signatures.at(1).name, u"N.Abdullayev"_s);
        // Every block of the last resolution goes with the signatures, the one before does not.
        const qsizetype fourth = find(content, u"4. Kengash ishchi organi"_s);
        for (qsizetype i = fourth; i < content.blocks.size() - 1; ++i)
            QVERIFY(content.blocks.at(i).keepWithNext);
        QVERIFY(!content.blocks.at(fourth - 1).keepWithNext);
    }

    void metadata()
    {
        const ProtocolContent content = ProtocolComposer::compose(ProtocolSamples::built());
        QCOMPARE(content.title,
            u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi: "
            "yigʻilish bayoni № 3, "_s
                + UzbekDates::formatLong(QDate(2025, 6, 23)));
        QCOMPARE(
            content.author, u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s);
    }

    void cyrillicEverywhere()
    {
        const Meeting meeting = ProtocolSamples::built();
        const ProtocolContent content = ProtocolComposer::compose(meeting, Script::Cyrillic);
        QCOMPARE(
            content.blocks.at(1).plainText(), Transliterator::toCyrillic(u"YIGʻILISH BAYONI"_s));
        QCOMPARE(block(content, Transliterator::toCyrillic(u"KUN TARTIBI:"_s)).kind, Kind::Heading);
        QVERIFY(block(content, u"I. "_s)
                    .plainText()
                    .contains(Transliterator::toCyrillic(u"Raqamli"_s)));
        QVERIFY(content.blocks.at(3).plainText().contains(
            UzbekDates::formatLong(meeting.date, Script::Cyrillic)));
        QCOMPARE(content.blocks.last().signatures.at(0).title,
            Transliterator::toCyrillic(u"Kengash raisi"_s));
        // No Latin letter is left but Roman numerals ("I. …", "I ярим йил").
        static const QRegularExpression latin(u"[A-Za-zʻ]"_s);
        static const QRegularExpression numeral(u"\\b[IVXLC]+\\b"_s);
        for (const ProtocolBlock& b : content.blocks) {
            QString text
                = b.plainText() + b.rightText + b.table.caption + b.table.header.join(u' ');
            for (const QStringList& row : b.table.rows)
                text += row.join(u' ');
            for (const ProtocolSignature& s : b.signatures)
                text += s.title + s.name;
            text.remove(numeral);
            QVERIFY2(!latin.match(text).hasMatch(), qPrintable(text));
        }
        QVERIFY(!latin.match(content.title).hasMatch());
    }

    void anchors()
    {
        const ProtocolContent content = ProtocolComposer::compose(ProtocolSamples::built());
        QStringList anchors;
        for (const ProtocolBlock& b : content.blocks) {
            if (!b.anchor.isEmpty())
                anchors.append(b.anchor);
        }
        QCOMPARE(anchors,
            (QStringList {u"header"_s, u"attendance"_s, u"agenda"_s, u"item:1"_s, u"report:1.1"_s,
                u"item:2"_s, u"report:2.1"_s, u"resolutions"_s, u"resolution:1"_s,
                u"resolution:2"_s, u"resolution:3"_s, u"resolution:4"_s, u"signatures"_s}));
        QCOMPARE(block(content, u"KUN TARTIBI:"_s).anchor, u"agenda"_s);
        QCOMPARE(block(content, u"3. Raqamli"_s).anchor, u"resolution:3"_s);
    }

    void emptyMeeting()
    {
        const ProtocolContent content = ProtocolComposer::compose(Meeting());
        QCOMPARE(content.blocks.first().kind, Kind::DocumentTitle);
        QCOMPARE(content.blocks.last().kind, Kind::Signatures);
        QCOMPARE(find(content, u"KUN TARTIBI:"_s), -1);
        QCOMPARE(find(content, u"Kengash qaror qiladi:"_s), -1);
    }
};

QTEST_MAIN(TestProtocolComposer)
#include "testprotocolcomposer.moc"
