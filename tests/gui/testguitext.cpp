// The editor's text helpers: the apostrophe replacement while typing, the
// report body between its Markdown and the rich-text editor, the printed form
// of names, and the meetings the File menu makes.
#include "domain/meetingfactory.h"
#include "domain/reportbody.h"
#include "gui/editor/bodybinding.h"
#include "gui/editor/reportmarkdown.h"
#include "gui/editor/speakerfield.h"
#include "gui/editor/textbinding.h"
#include "text/personnames.h"
#include "text/typingreplacement.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

// The blocks the editor shows, read from its document as a user sees them:
// a bullet of a list, a heading, or a paragraph, with its text.
QList<ReportBody::Block> shownBlocks(const QTextDocument& document)
{
    QList<ReportBody::Block> blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        ReportBody::Block::Kind kind = ReportBody::Block::Kind::Paragraph;
        if (block.textList())
            kind = ReportBody::Block::Kind::Bullet;
        else if (block.blockFormat().headingLevel() > 0)
            kind = ReportBody::Block::Kind::Heading;
        blocks.append({kind, block.text()});
    }
    return blocks;
}

} // namespace

class TestGuiText : public QObject
{
    Q_OBJECT

private slots:
    void replacement_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected"); // empty: nothing to replace
        QTest::newRow("o apostrophe") << u"o"_s << u"o'"_s << u"oʻ"_s;
        QTest::newRow("capital G") << u"G"_s << u"G`"_s << u"Gʻ"_s;
        QTest::newRow("typographic") << u"to"_s << u"to‘"_s << u"toʻ"_s;
        QTest::newRow("tutuq waits for the letter") << u"ta"_s << u"ta'"_s << QString();
        QTest::newRow("tutuq") << u"ta'"_s << u"ta'l"_s << u"taʼl"_s;
        QTest::newRow("undone replacement stays") << u"o'"_s << u"o'z"_s << QString();
        QTest::newRow("only the new one") << u"o' ko"_s << u"o' ko'"_s << u"o' koʻ"_s;
        QTest::newRow("quotation left alone") << u"'Xabar"_s << u"'Xabar'"_s << QString();
        QTest::newRow("typed in the middle") << u"ozbek"_s << u"o'zbek"_s << u"oʻzbek"_s;
        QTest::newRow("paste") << QString() << u"O'G'IL"_s << u"OʻGʻIL"_s;
        QTest::newRow("plain letters") << u"kengas"_s << u"kengash"_s << QString();
    }

    void replacement()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const auto replaced = TypingReplacement::apply(before, after);
        QCOMPARE(replaced.value_or(QString()), expected);
    }

    void lineEditTypingAndReplacement()
    {
        QLineEdit edit;
        TextBinding binding(&edit);
        QSignalSpy edited(&binding, &TextBinding::edited);
        edit.show();
        QTest::keyClicks(&edit, u"to'"_s);
        QCOMPARE(edit.text(), u"toʻ"_s);
        // t, o, ' typed, then the replacement as its own edit.
        QCOMPARE(edited.count(), 4);
        QCOMPARE(edited.last().at(0).toString(), u"toʻ"_s);
        QCOMPARE(edited.last().at(1).value<EditKind>(), EditKind::Single);
        QCOMPARE(edited.at(2).at(1).value<EditKind>(), EditKind::Typing);

        // The document's value shown back keeps the cursor where it was.
        edit.setCursorPosition(1);
        binding.setValue(u"tog'"_s);
        QCOMPARE(edit.text(), u"tog'"_s);
        QCOMPARE(edit.cursorPosition(), 1);

        TypingReplacement::setEnabled(false);
        edit.clear();
        QTest::keyClicks(&edit, u"o'"_s);
        QCOMPARE(edit.text(), u"o'"_s);
        TypingReplacement::setEnabled(true);
    }

    void markdownRoundTrip()
    {
        const QString body = u"Birinchi paragraf, 2*3 va a_b qoladi.\n\n## IQTISODIY "
                             u"KOʻRSATKICHLAR YOʻNALISHIDA:\n\n"
                             u"- birinchi;\n- ikkinchi.\n\nOxirgi paragraf."_s;
        QTextDocument document;
        ReportMarkdown::setMarkdown(document, body);
        QCOMPARE(document.blockCount(), 5);
        QVERIFY(document.findBlockByNumber(1).blockFormat().headingLevel() > 0);
        QVERIFY(document.findBlockByNumber(2).textList());
        QCOMPARE(
            document.findBlockByNumber(2).textList(), document.findBlockByNumber(3).textList());
        QCOMPARE(ReportMarkdown::toMarkdown(document), body);
        // A paragraph written over two lines reads as one.
        ReportMarkdown::setMarkdown(document, u"bir\nikki"_s);
        QCOMPARE(ReportMarkdown::toMarkdown(document), u"bir ikki"_s);
    }

    // A body as an importer or another program writes it: the editor shows the
    // blocks the print shows, and the first edit changes nothing but the text typed.
    void bodyKeepsThePrintedStructure_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("stored"); // what the editor writes back
        QTest::newRow("line after a bullet")
            << u"Vazifalar:\n- birinchi vazifa\nikkinchi qatorda davom etadi;\n- oxirgi."_s
            << u"Vazifalar:\n\n- birinchi vazifa ikkinchi qatorda davom etadi;\n- oxirgi."_s;
        QTest::newRow("indented heading") << u"  ## IQTISODIY KOʻRSATKICHLAR:\nMatn."_s
                                          << u"## IQTISODIY KOʻRSATKICHLAR:\n\nMatn."_s;
    }

    void bodyKeepsThePrintedStructure()
    {
        QFETCH(QString, body);
        QFETCH(QString, stored);
        const QList<ReportBody::Block> printed = ReportBody::parse(body);

        QTextDocument document;
        ReportMarkdown::setMarkdown(document, body);
        QCOMPARE(shownBlocks(document), printed);
        QCOMPARE(ReportMarkdown::toMarkdown(document), stored);
        QCOMPARE(ReportBody::parse(stored), printed);
        ReportMarkdown::setMarkdown(document, stored);
        QCOMPARE(ReportMarkdown::toMarkdown(document), stored);

        // In the report editor's body: one word typed at the end.
        QTextEdit edit;
        BodyBinding binding(&edit);
        binding.setValue(body);
        QCOMPARE(shownBlocks(*edit.document()), printed);
        QSignalSpy edited(&binding, &BodyBinding::edited);
        edit.show();
        QTextCursor cursor(edit.document());
        cursor.movePosition(QTextCursor::End);
        edit.setTextCursor(cursor);
        QTest::keyClicks(&edit, u" Tamom"_s);
        QVERIFY(!edited.isEmpty());
        const QString saved = edited.last().at(0).toString();
        QCOMPARE(saved, stored + u" Tamom"_s);
        QList<ReportBody::Block> expected = printed;
        expected.last().text += u" Tamom"_s;
        QCOMPARE(ReportBody::parse(saved), expected);
    }

    void bodyEditorBlockKinds()
    {
        QTextEdit edit;
        BodyBinding binding(&edit);
        binding.setValue(u"Sarlavha\n\nMatn"_s);
        QSignalSpy edited(&binding, &BodyBinding::edited);
        QTextCursor cursor(edit.document());
        edit.setTextCursor(cursor);
        binding.setBlockKind(BodyBinding::BlockKind::Heading);
        QCOMPARE(binding.value(), u"## Sarlavha\n\nMatn"_s);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.last().at(1).value<EditKind>(), EditKind::Single);
        cursor.movePosition(QTextCursor::End);
        edit.setTextCursor(cursor);
        binding.setBlockKind(BodyBinding::BlockKind::Bullet);
        QCOMPARE(binding.value(), u"## Sarlavha\n\n- Matn"_s);
        binding.setBlockKind(BodyBinding::BlockKind::Paragraph);
        QCOMPARE(binding.value(), u"## Sarlavha\n\nMatn"_s);

        // Typing in the body: apostrophes are put right as their own edit.
        edit.show();
        cursor.movePosition(QTextCursor::End);
        edit.setTextCursor(cursor);
        QTest::keyClicks(&edit, u" yo'q"_s);
        QCOMPARE(binding.value(), u"## Sarlavha\n\nMatn yoʻq"_s);
        // Enter after a heading starts a paragraph.
        cursor = QTextCursor(edit.document()->firstBlock());
        cursor.movePosition(QTextCursor::EndOfBlock);
        edit.setTextCursor(cursor);
        QTest::keyClick(&edit, Qt::Key_Return);
        QTest::keyClicks(&edit, u"Yangi"_s);
        QCOMPARE(binding.value(), u"## Sarlavha\n\nYangi\n\nMatn yoʻq"_s);
    }

    void shortNames_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("printed");
        QTest::newRow("surname first") << u"Abdullayev Nodir Baxtiyorovich"_s << u"N.Abdullayev"_s;
        QTest::newRow("digraph") << u"Mirzayev Shavkat"_s << u"Sh.Mirzayev"_s;
        QTest::newRow("oʻ") << u"Tojiyev Oʻktam"_s << u"Oʻ.Tojiyev"_s;
        QTest::newRow("one word") << u"Pekso"_s << u"Pekso"_s;
    }

    void shortNames()
    {
        QFETCH(QString, full);
        QFETCH(QString, printed);
        QCOMPARE(PersonNames::shortForm(full), printed);
    }

    void speakerField()
    {
        const Person known {7, u"Pekso Oleg"_s, u"O.Pekso"_s, u"Birinchi oʻrinbosar"_s, {}};
        QCOMPARE(SpeakerField::person(u"Pekso Oleg"_s, {known}), known);
        const Person typedShort = SpeakerField::person(u"O.Pekso"_s, {known});
        QCOMPARE(typedShort.shortName, u"O.Pekso"_s);
        QCOMPARE(typedShort.position, known.position);
        QCOMPARE(SpeakerField::text(typedShort), u"O.Pekso"_s);
        const Person typedFull = SpeakerField::person(u"Karimov Akmal"_s, {known});
        QCOMPARE(typedFull.shortName, u"A.Karimov"_s);
        QCOMPARE(SpeakerField::text(typedFull), u"Karimov Akmal"_s);
        const QList<Person> participants
            = SpeakerField::persons(u"O.Pekso, A.Karimov, "_s, {known});
        QCOMPARE(participants.size(), 2);
        QCOMPARE(participants.at(0), known);
        QCOMPARE(SpeakerField::listText(participants), u"O.Pekso, A.Karimov"_s);
    }

    void nextMeetingCarriesOver()
    {
        Meeting latest;
        latest.councilName = u"Jamoatchilik kengashi"_s;
        latest.number = 3;
        latest.date = QDate(2025, 7, 10);
        latest.chair.shortName = u"A.Ishanxodjaev"_s;
        latest.secretary.shortName = u"N.Abdullayev"_s;
        latest.attendance = {Attendance {{0, u"A"_s, {}, {}, {}}, AttendanceRole::Member,
                                 Presence::Absent, u"kasal"_s},
            Attendance {{0, u"B"_s, {}, {}, {}}, AttendanceRole::Invited, Presence::Present, {}}};
        latest.agenda.append(AgendaItem {});
        const Meeting next = MeetingFactory::next(latest, QDate(2025, 8, 1));
        QCOMPARE(next.councilName, latest.councilName);
        QCOMPARE(next.number, 4);
        QCOMPARE(next.date, QDate(2025, 8, 1));
        QCOMPARE(next.chair, latest.chair);
        QCOMPARE(next.secretary, latest.secretary);
        QCOMPARE(next.attendance.size(), 1);
        QCOMPARE(next.attendance.at(0).presence, Presence::Present);
        QVERIFY(next.agenda.isEmpty());
        QCOMPARE(MeetingFactory::next(latest, QDate(2026, 1, 15)).number, 1);
        QCOMPARE(MeetingFactory::next(std::nullopt, QDate(2026, 1, 15)).councilName, QString());
    }

    void duplicateGetsNewIdentities()
    {
        Meeting meeting;
        meeting.id = 5;
        meeting.revision = 4;
        meeting.status = MeetingStatus::Signed;
        meeting.agenda.append(AgendaItem {});
        meeting.agenda[0].reports.append(SpeakerReport {});
        Resolution r;
        r.agendaItemUid = meeting.agenda[0].uid;
        r.followUpStatus = FollowUpStatus::Done;
        r.followUpHistory.append(FollowUpEntry {QDate(2025, 8, 1), FollowUpStatus::Done,
            QStringLiteral("bajarildi"), QStringLiteral("Kotib"), {}});
        meeting.resolutions.append(r);
        meeting.attachments.append(Attachment::fromData(QStringLiteral("imzolangan.pdf"),
            QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF-1.4"), {},
            QStringLiteral("Kotib")));
        const Meeting copy = MeetingFactory::duplicate(meeting);
        QVERIFY(copy.attachments.isEmpty());
        QVERIFY(copy.resolutions[0].followUpHistory.isEmpty());
        QCOMPARE(copy.id, 0);
        QCOMPARE(copy.status, MeetingStatus::Draft);
        QVERIFY(copy.agenda[0].uid != meeting.agenda[0].uid);
        QVERIFY(copy.agenda[0].reports[0].uid != meeting.agenda[0].reports[0].uid);
        QVERIFY(copy.resolutions[0].uid != r.uid);
        QCOMPARE(copy.resolutions[0].agendaItemUid, copy.agenda[0].uid);
        QCOMPARE(copy.resolutions[0].followUpStatus, FollowUpStatus::Open);
    }
};

QTEST_MAIN(TestGuiText)
#include "testguitext.moc"
