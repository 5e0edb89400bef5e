#include "document/protocolcomposer.h"
#include "document/protocoldocumentbuilder.h"
#include "document/protocolexporter.h"
#include "document/protocollayout.h"
#include "document/protocolpainter.h"
#include "domain/meetingvalidator.h"
#include "domain/quorum.h"
#include "domain/votevalidator.h"
#include "interchange/meetingimporter.h"
#include "interchange/meetingjson.h"
#include "poppler.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QtTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// Protocol forms: quorum, votes, the full, short and narrative forms,
// the template's elements, appendices and extracts, in text and in the PDF.
class TestProtocolForms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Meeting m_board; // the second sample: a supervisory board, full form
    Meeting m_seed; // the seed's protocol, narrative

    QString text(const Meeting& meeting, const ProtocolOptions& options = {})
    {
        const Result<QByteArray> bytes
            = ProtocolExporter::render(meeting, ExportFormat::Text, options);
        return bytes.ok() ? QString::fromUtf8(*bytes) : QString();
    }

    QString pdfPath(const Meeting& meeting, const ProtocolOptions& options = {})
    {
        const QString path = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".pdf"_s);
        const Status written
            = ProtocolExporter::exportMeeting(meeting, path, ExportFormat::Pdf, options);
        return written ? path : QString();
    }

    // Each page's text, in reading order, on one line.
    QStringList pdfPages(const Meeting& meeting, const ProtocolOptions& options = {})
    {
        QStringList pages = Poppler::pages(pdfPath(meeting, options), false);
        for (QString& page : pages)
            page = page.simplified();
        return pages;
    }

    // The images of a PDF as pdfimages lists them: page, width, height, x-ppi, y-ppi.
    struct PdfImage
    {
        int page = 0, width = 0, height = 0, xPpi = 0, yPpi = 0;
    };
    static QList<PdfImage> pdfImages(const QString& pdf)
    {
        bool ok = false;
        const QString listing = Poppler::run(u"pdfimages"_s, {u"-list"_s, pdf}, &ok);
        QList<PdfImage> images;
        for (const QString& line : listing.split(u'\n').mid(2)) {
            const QStringList cells = line.simplified().split(u' ');
            if (cells.size() < 14)
                continue;
            images.append({cells.at(0).toInt(), cells.at(3).toInt(), cells.at(4).toInt(),
                cells.at(12).toInt(), cells.at(13).toInt()});
        }
        return images;
    }

    static qsizetype pageWith(const QStringList& pages, const QString& text)
    {
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (pages.at(i).contains(text))
                return i;
        }
        return -1;
    }

    QString pdfText(const Meeting& meeting, const ProtocolOptions& options = {})
    {
        const QString path = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".pdf"_s);
        const Status written
            = ProtocolExporter::exportMeeting(meeting, path, ExportFormat::Pdf, options);
        if (!written)
            return {};
        // Reading order: a line broken by the layout does not split the words a test looks for.
        return Poppler::pages(path, false).join(u'\n').simplified();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result<Meeting> board = MeetingImporter::secondSample();
        QVERIFY2(board.ok(), qPrintable(board.ok() ? QString() : board.error().message));
        m_board = *board;
        const Result<Meeting> seed = MeetingImporter::sample();
        QVERIFY(seed.ok());
        m_seed = *seed;
    }

    void quorumArithmetic()
    {
        QCOMPARE(Quorum::requiredFor({QuorumKind::MoreThanHalf, 0}, 15), 8);
        QCOMPARE(Quorum::requiredFor({QuorumKind::MoreThanHalf, 0}, 14), 8);
        QCOMPARE(Quorum::requiredFor({QuorumKind::TwoThirds, 0}, 15), 10);
        QCOMPARE(Quorum::requiredFor({QuorumKind::TwoThirds, 0}, 10), 7);
        QCOMPARE(Quorum::requiredFor({QuorumKind::Fixed, 5}, 40), 5);
        const Quorum reached = Quorum::evaluate({}, 15, 11);
        QVERIFY(reached.reached);
        QCOMPARE(reached.sentence(u"Kengash aʼzolari"_s).simplified(),
            u"Kengash aʼzolari — 15 nafar, qatnashdi — 11 nafar. Kvorum mavjud."_s);
        const Quorum missing = Quorum::evaluate({QuorumKind::TwoThirds, 0}, 15, 9);
        QVERIFY(!missing.reached);
        QVERIFY(missing.sentence({}).contains(u"Kvorum mavjud emas"_s));
        QVERIFY(missing.sentence({}).contains(u"10"_s));
    }

    void quorumWarningIsPrinted()
    {
        Meeting meeting = m_board;
        for (Attendance& line : meeting.attendance) {
            if (line.role == AttendanceRole::Member && line.person.shortName != u"B.Rahimov"_s)
                line.presence = Presence::Absent;
        }
        const QString printed = text(meeting).simplified();
        QVERIFY(printed.contains(u"qatnashdi — 1 nafar. Kvorum mavjud emas"_s));
    }

    void voteValidation()
    {
        Vote counts {VoteKind::Counts, 11, 0, 0, {}, {}};
        QVERIFY(VoteValidator::validate(counts, 11, u"resolution 1"_s).isEmpty());
        counts.forCount = 12;
        const QList<ValidationIssue> tooMany
            = VoteValidator::validate(counts, 11, u"resolution 1"_s);
        QCOMPARE(tooMany.size(), 1);
        QVERIFY(tooMany.first().message.contains(u"12"_s));
        QVERIFY(tooMany.first().message.contains(u"11"_s));
        counts.againstCount = -1;
        QVERIFY(!VoteValidator::validate(counts, 20, u"resolution 1"_s).isEmpty());
        Vote roll {VoteKind::RollCall, 0, 0, 0, {}, {}};
        const Person a {0, u"A"_s, u"A.A"_s, {}, {}};
        roll.rollCall = {{a, VoteChoice::For, {}}, {a, VoteChoice::Against, {}}};
        QVERIFY(VoteValidator::validate(roll, 5, u"resolution 2"_s)
                    .first()
                    .message.contains(u"twice"_s));
        // The meeting's validator carries it, with the part.
        Meeting meeting = m_board;
        meeting.resolutions[1].vote.forCount = 40;
        bool marked = false;
        for (const ValidationIssue& issue : MeetingValidator::validate(meeting))
            marked = marked || (issue.part == u"resolution 2"_s && issue.field == u"vote"_s);
        QVERIFY(marked);
        QVERIFY(MeetingValidator::validate(m_board).isEmpty());
    }

    void jsonKeepsTheNewKeysAndOldFilesRead()
    {
        const Result<Meeting> back = MeetingJson::read(MeetingJson::write(m_board));
        QVERIFY(back.ok());
        Meeting expected = m_board;
        expected.id = 0;
        expected.emblem.clear(); // the body's: the format does not carry it
        QCOMPARE(*back, expected);
        // An agenda item's vote and the attached documents go and come back.
        Meeting voted = expected;
        voted.agenda[0].vote = {VoteKind::Counts, 5, 0, 1, {}, {}};
        const QByteArray votedJson = MeetingJson::write(voted);
        QVERIFY(votedJson.contains("\"appendices\""));
        const Result<Meeting> votedBack = MeetingJson::read(votedJson);
        QVERIFY(votedBack.ok());
        QCOMPARE(votedBack->agenda.at(0).vote, voted.agenda.at(0).vote);
        QCOMPARE(votedBack->appendices, voted.appendices);
        QVERIFY(!MeetingJson::write(m_seed).contains("\"appendices\""));
        // A meeting without them writes none of the new keys.
        const QByteArray seedJson = MeetingJson::write(m_seed);
        QVERIFY(!seedJson.contains("\"template\""));
        QVERIFY(!seedJson.contains("\"protocolForm\""));
        QVERIFY(!seedJson.contains("\"vote\""));
        QByteArray wrong = MeetingJson::write(m_board);
        wrong.replace("\"roll-call\"", "\"by-hand\"");
        const Result<Meeting> refused = MeetingJson::read(wrong);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"vote.kind"_s));
    }

    void templateElementsInThePdf()
    {
        const QString pdf = pdfText(m_board);
        for (const QString& expected :
            {u"TASDIQLAYMAN"_s, u"MAJLIS BAYONI"_s, u"4-son"_s, u"QAROR QILINDI:"_s,
                u"Kuzatuv kengashi raisi"_s, u"Kuzatuv kengashi kotibi"_s, u"M.Oʻ."_s,
                u"Kuzatuv kengashi aʼzolari — 7 nafar, qatnashdi — 6 nafar. Kvorum mavjud."_s,
                u"soat 10:00 da boshlandi, 12:30 da tugadi"_s, u"ESHITILDI:"_s,
                u"SOʻZGA CHIQDILAR:"_s, u"1.1."_s, u"2.2."_s, u"Bir ovozdan qabul qilindi."_s,
                u"Ovoz berish natijalari: «Rozi» — 5, «Qarshi» — 0, «Betaraf» — 1."_s,
                u"D.Karimova — «Qarshi»"_s, u"Alohida fikr (D.Karimova):"_s, u"1-ilova"_s,
                u"2-ilova"_s, u"Yigʻilishda qatnashganlar roʻyxati"_s}) {
            QVERIFY2(pdf.contains(expected), qPrintable(expected));
        }
        QVERIFY(!pdf.contains(u"YIGʻILISH BAYONI"_s));
    }

    void eachFormOfTheSameMeeting()
    {
        ProtocolOptions shortForm;
        shortForm.form = ProtocolForm::Short;
        const QString brief = text(m_board, shortForm);
        QVERIFY(brief.contains(u"Maʼruzachi: Sh.Toshpoʻlatov"_s));
        QVERIFY(brief.contains(u"QAROR QILINDI:"_s));
        QVERIFY(!brief.contains(u"ESHITILDI:"_s));
        QVERIFY(!brief.contains(u"38 ming tonna"_s)); // no report bodies
        ProtocolOptions narrative;
        narrative.form = ProtocolForm::Narrative;
        const QString running = text(m_board, narrative);
        QVERIFY(!running.contains(u"ESHITILDI:"_s));
        QVERIFY(running.contains(u"38 ming tonna"_s));
        QVERIFY(running.contains(u"\n4. "_s)); // numbered 1 … 4 after the discussion
        QVERIFY(!running.contains(u"2.1."_s));
        ProtocolOptions full;
        full.form = ProtocolForm::Full;
        QVERIFY(text(m_seed, full).contains(u"ESHITILDI:"_s));
        // Switching the form changes no data: the seed is still printed as before by default.
        QVERIFY(!text(m_seed).contains(u"ESHITILDI:"_s));
        // Continuous numbering.
        Meeting continuous = m_board;
        continuous.protocolTemplate.resolutionNumbering = ResolutionNumbering::Continuous;
        const QString numbered = text(continuous);
        QVERIFY(numbered.contains(u"\n4. Jamiyat ijroiya organi (U.Abdurahmonov):"_s));
        QVERIFY(!numbered.contains(u"1.2."_s));
    }

    void writtenPollPrintsBallots()
    {
        Meeting poll = m_board;
        poll.form = MeetingForm::WrittenPoll;
        const QString printed = text(poll).simplified();
        QVERIFY(printed.contains(u"soʻrovnoma yoʻli bilan oʻtkazildi"_s));
        QVERIFY(printed.contains(u"7 nafar aʼzoga yuborildi, 6 nafar aʼzodan"_s));
        QVERIFY(!printed.contains(u"Raislik qildi"_s));
    }

    void attendeeAppendixThreshold()
    {
        Meeting meeting = m_board;
        QVERIFY(
            text(meeting).contains(u"Qatnashdilar: 12 nafar (roʻyxat ilova qilinadi, 1-ilova)."_s));
        meeting.protocolTemplate.attendeeListThreshold = 12;
        const QString named = text(meeting);
        QVERIFY(!named.contains(u"Yigʻilishda qatnashganlar roʻyxati"_s));
        QVERIFY(named.contains(u"Taklif etilganlar:"_s));
        QVERIFY(named.contains(u"xabarnoma ilova qilinadi, 1-ilova"_s)); // the notice moves up
    }

    void extractOfOneItem()
    {
        ProtocolOptions options;
        options.extractItem = 1;
        options.extractDate = QDate(2025, 7, 15);
        for (const QString& printed : {text(m_seed, options), pdfText(m_seed, options)}) {
            const QString flat = printed.simplified();
            QVERIFY(flat.contains(u"BAYONNOMADAN KOʻCHIRMA"_s));
            QVERIFY(flat.contains(u"II. “Madad”"_s));
            QVERIFY(!flat.contains(u"I. Raqamli texnologiyalar vazirligi tomonidan"_s));
            QVERIFY(!flat.contains(u"IQTISODIY KOʻRSATKICHLAR"_s)); // item I's report stays out
            QVERIFY(flat.contains(u"Koʻchirma asli bilan toʻgʻri."_s));
            QVERIFY(flat.contains(u"Kengash kotibi"_s));
            QVERIFY(flat.contains(u"N.Abdullayev"_s));
            QVERIFY(!flat.contains(u"A.Ishanxodjaev ____"_s)); // only the secretary signs
            QVERIFY(flat.contains(u"Koʻchirma berilgan sana: 2025-yil 15-iyul"_s));
            QVERIFY(flat.contains(u"2. Joriy yilda"_s)); // resolutions keep their numbers
            QVERIFY(!flat.contains(u"1. Quyidagilar:"_s));
        }
        options.extractItem = 5;
        QVERIFY(!ProtocolExporter::render(m_seed, ExportFormat::Text, options).ok());
    }

    void extractForAnAddressee()
    {
        ProtocolOptions options;
        options.addressee = u"ijroiya organi"_s;
        const QString printed = text(m_board, options);
        QVERIFY(printed.contains(u"BAYONNOMADAN KOʻCHIRMA"_s));
        QVERIFY(printed.contains(u"1.2. Jamiyat ijroiya organi"_s));
        QVERIFY(printed.contains(u"2.2. Jamiyat ijroiya organi"_s));
        QVERIFY(!printed.contains(u"2.1."_s));
        QVERIFY(printed.contains(u"Koʻchirma asli bilan toʻgʻri."_s));
        options.addressee = u"Hech kim"_s;
        QVERIFY(!ProtocolExporter::render(m_board, ExportFormat::Text, options).ok());
    }

    void emblemAtTheTopOfTheFirstPage()
    {
        QVERIFY(!m_board.emblem.isEmpty());
        // Above the council's name, after the approval block at the right.
        const ProtocolContent content = ProtocolComposer::compose(m_board);
        qsizetype emblem = -1, name = -1;
        for (qsizetype i = 0; i < content.blocks.size(); ++i) {
            if (content.blocks.at(i).kind == ProtocolBlock::Kind::Emblem && emblem < 0)
                emblem = i;
            if (content.blocks.at(i).kind == ProtocolBlock::Kind::CouncilName && name < 0)
                name = i;
        }
        QVERIFY(emblem >= 0);
        QCOMPARE(name, emblem + 1);

        // In the PDF: one image, on page 1 only, about 22 mm high (240 px at ~277 ppi).
        const QList<PdfImage> images = pdfImages(pdfPath(m_board));
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().page, 1);
        QCOMPARE(images.first().height, 240);
        const qreal heightMm = 240 * 25.4 / images.first().yPpi;
        QVERIFY2(heightMm > 19 && heightMm < 26, qPrintable(QString::number(heightMm)));
        // No emblem, no image.
        Meeting plain = m_board;
        plain.emblem.clear();
        QVERIFY(pdfImages(pdfPath(plain)).isEmpty());
        // An extract keeps the header, emblem included.
        ProtocolOptions extract;
        extract.extractItem = 1;
        QCOMPARE(pdfImages(pdfPath(m_board, extract)).size(), 1);

        // Painted by the one layout the preview and printer share: the band
        // above the council's name, centred, is inked only with the emblem.
        const auto inked = [](const Meeting& meeting) {
            const auto layout = ProtocolLayout::create(ProtocolComposer::compose(meeting));
            if (!layout)
                return -1;
            const QImage page = ProtocolPainter(**layout).renderPage(0, 50);
            const qreal px = 50 / 25.4;
            int count = 0;
            // 95–115 mm across (the text column's middle is at 112.5 mm), 38–60 mm down.
            for (int y = int(38 * px); y < int(60 * px); ++y) {
                for (int x = int(100 * px); x < int(125 * px); ++x)
                    count += qGray(page.pixel(x, y)) < 200 ? 1 : 0;
            }
            return count;
        };
        // Against a blank image of the same size, so that the text stands where it stood.
        QImage white(240, 240, QImage::Format_RGB32);
        white.fill(Qt::white);
        QBuffer png;
        QVERIFY(png.open(QIODevice::WriteOnly));
        QVERIFY(white.save(&png, "PNG"));
        Meeting blank = m_board;
        blank.emblem = png.data();
        const int withEmblem = inked(m_board);
        QVERIFY2(withEmblem > 200, qPrintable(QString::number(withEmblem)));
        QCOMPARE(inked(blank), 0);

        // HTML inlines it; ODT carries it as a picture.
        const Result<QByteArray> html = ProtocolExporter::render(m_board, ExportFormat::Html, {});
        QVERIFY(html.ok());
        QVERIFY(html->contains("<img alt=\"\" src=\"data:image/png;base64,"));
        // (Qt's ODF writer, as the ODT export uses it, before the page style is added.)
        const auto odt = [](const Meeting& meeting) {
            const auto document
                = ProtocolDocumentBuilder::build(ProtocolComposer::compose(meeting));
            QBuffer bytes;
            bytes.open(QIODevice::WriteOnly);
            QTextDocumentWriter writer(&bytes, "ODF");
            return writer.write(document.get()) ? bytes.data() : QByteArray();
        };
        QVERIFY(odt(m_board).contains("Pictures/"));
        QVERIFY(!odt(plain).contains("Pictures/"));
    }

    void quorumWarningInTheValidator()
    {
        const auto quorumIssue = [](const Meeting& meeting) {
            for (const ValidationIssue& issue : MeetingValidator::validate(meeting)) {
                if (issue.part == u"meeting"_s && issue.field == u"quorum"_s)
                    return issue;
            }
            return ValidationIssue {};
        };
        QVERIFY(quorumIssue(m_board).message.isEmpty());
        Meeting meeting = m_board;
        int absent = 0;
        for (Attendance& line : meeting.attendance) {
            if (line.role == AttendanceRole::Member && absent < 3) {
                line.presence = Presence::Absent;
                ++absent;
            }
        }
        // 7 members, 3 of the 6 present stay away: 3 present, 4 needed.
        const ValidationIssue issue = quorumIssue(meeting);
        QVERIFY(issue.isWarning());
        QVERIFY2(issue.message.contains(u"3 of 7"_s), qPrintable(issue.message));
        QVERIFY(issue.message.contains(u"at least 4"_s));
        QVERIFY(text(meeting).contains(u"Kvorum mavjud emas (kamida 4 nafar"_s));
    }

    void voteBlocksAreWhatThePrintSays()
    {
        QVERIFY(ProtocolComposer::voteBlocks(Vote {}).isEmpty());
        Vote counted;
        counted.kind = VoteKind::Counts;
        counted.forCount = 9;
        counted.againstCount = 1;
        counted.abstainedCount = 1;
        counted.opinions = u"Muddat qisqa."_s;
        QStringList lines;
        for (const ProtocolBlock& block : ProtocolComposer::voteBlocks(counted))
            lines.append(block.plainText());
        QCOMPARE(lines,
            QStringList({u"Ovoz berish natijalari: «Rozi» — 9, «Qarshi» — 1, «Betaraf» — 1."_s,
                u"Qaror qabul qilindi."_s, u"Alohida fikr: Muddat qisqa."_s}));
        Vote unanimous;
        unanimous.kind = VoteKind::Unanimous;
        const QList<ProtocolBlock> cyrillic
            = ProtocolComposer::voteBlocks(unanimous, Script::Cyrillic);
        QCOMPARE(cyrillic.size(), 1);
        QCOMPARE(cyrillic.first().plainText(), u"Бир овоздан қабул қилинди."_s);
    }

    void agendaItemVoteIsPrintedAndChecked()
    {
        Meeting meeting = m_board;
        meeting.agenda[0].vote = {VoteKind::Counts, 5, 1, 0, {}, {}};
        const QString printed = text(meeting);
        const QString line = u"Ovoz berish natijalari: «Rozi» — 5, «Qarshi» — 1, «Betaraf» — 0."_s;
        QCOMPARE(printed.count(line), 1);
        // Full form: after the item's last resolution (1.2 and its vote), before item II.
        const qsizetype at = printed.indexOf(line);
        QVERIFY(at > printed.indexOf(u"1.2. Jamiyat ijroiya organi"_s));
        QVERIFY(at > printed.indexOf(u"«Betaraf» — 1."_s)); // resolution 1.2's own vote
        QVERIFY(at < printed.indexOf(u"II. Yangi qadoqlash"_s, printed.indexOf(u"ESHITILDI:"_s)));
        // Narrative: after the item's discussion, before the next item.
        ProtocolOptions narrative;
        narrative.form = ProtocolForm::Narrative;
        const QString running = text(meeting, narrative);
        const qsizetype there = running.indexOf(line);
        QVERIFY(there > running.indexOf(u"choralar yetarli emasligini"_s));
        QVERIFY(there < running.lastIndexOf(u"\nII. Yangi qadoqlash"_s)); // the item's heading
        QVERIFY(pdfText(meeting).contains(line));

        // A wrong total is marked, with its numbers, on the item.
        QVERIFY(MeetingValidator::validate(meeting).isEmpty());
        meeting.agenda[0].vote.forCount = 9;
        bool marked = false;
        for (const ValidationIssue& issue : MeetingValidator::validate(meeting)) {
            if (issue.part == u"agenda 1"_s && issue.field == u"vote"_s) {
                marked = true;
                QVERIFY2(issue.message.contains(u"10 votes"_s), qPrintable(issue.message));
                QVERIFY(issue.message.contains(u"only 6 members"_s));
                QVERIFY(!issue.isWarning());
            }
        }
        QVERIFY(marked);
        // Unanimously, on an item.
        meeting.agenda[1].vote = {VoteKind::Unanimous, 0, 0, 0, {}, {}};
        meeting.agenda[0].vote = {};
        QCOMPARE(text(meeting).count(u"Bir ovozdan qabul qilindi."_s),
            3); // two resolutions and the item
    }

    void rollCallOfNonMembersIsReported()
    {
        Meeting meeting = m_board;
        Vote& vote = meeting.resolutions[2].vote;
        QCOMPARE(vote.kind, VoteKind::RollCall);
        const auto messages = [](const Meeting& m) {
            QStringList found;
            for (const ValidationIssue& issue : MeetingValidator::validate(m)) {
                if (issue.part == u"resolution 3"_s && issue.field == u"vote"_s)
                    found.append(issue.message);
            }
            return found;
        };
        QVERIFY(messages(meeting).isEmpty());
        // An invited guest is no member.
        Person guest;
        for (const Attendance& line : std::as_const(meeting.attendance)) {
            if (line.role == AttendanceRole::Invited)
                guest = line.person;
        }
        QVERIFY(!guest.isEmpty());
        vote.rollCall.removeLast();
        vote.rollCall.append({guest, VoteChoice::For, {}});
        QStringList found = messages(meeting);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(
                     guest.printedName() + u" is in the roll call but is not a member"_s),
            qPrintable(found.first()));
        // A member marked absent.
        vote = m_board.resolutions.at(2).vote;
        const QString voter = vote.rollCall.first().member.printedName();
        for (Attendance& line : meeting.attendance) {
            if (line.person.printedName() == voter)
                line.presence = Presence::Absent;
        }
        found = messages(meeting);
        // Marked, beside the total that now exceeds those present.
        QCOMPARE(found.size(), 2);
        QVERIFY2(found.join(u'\n').contains(
                     voter + u" is in the roll call but is marked as not present"_s),
            qPrintable(found.join(u'\n')));
    }

    void appendicesNumberedEachOnItsOwnPage()
    {
        // The attendee list (1), the notice (2), the project's summary the
        // report mentions (3): after the signatures, each on a page of its own.
        const QStringList pages = pdfPages(m_board);
        const qsizetype signatures = pageWith(pages, u"Kuzatuv kengashi kotibi"_s);
        QVERIFY(signatures >= 0);
        const QString reference = u"2025-yil 18-iyuldagi 4-sonli bayonnomaga %1-ilova"_s;
        const qsizetype first = pageWith(pages, reference.arg(1));
        const qsizetype second = pageWith(pages, reference.arg(2));
        const qsizetype third = pageWith(pages, reference.arg(3));
        QVERIFY2(first > signatures, qPrintable(pages.join(u"\n---\n"_s)));
        QCOMPARE(second, first + 1);
        QCOMPARE(third, second + 1);
        QCOMPARE(third, pages.size() - 1);
        QVERIFY(pages.at(first).contains(u"Yigʻilishda qatnashganlar roʻyxati"_s));
        QVERIFY(pages.at(second).contains(u"Aʼzolarga yuborilgan xabarnoma"_s));
        QVERIFY(pages.at(third).contains(
            u"Yangi qadoqlash liniyasi loyihasining qisqacha texnik-iqtisodiy asosi"_s));
        QVERIFY(pages.at(third).contains(u"oʻzini oqlash muddati — 3,5 yil"_s));
        // Each page begins with its reference: nothing of the one before runs on.
        QVERIFY(pages.at(second).startsWith(reference.arg(2).section(u' ', 0, 2)));
        // The mention in the report is numbered as printed.
        const QString printed = text(m_board);
        QVERIFY(printed.contains(u"oldindan tarqatildi (ilova qilinadi, 3-ilova)."_s));
        QVERIFY(printed.contains(u"\f"_s)); // plain text marks the new pages

        // Fewer attendees than the threshold: no list, the others move up.
        Meeting named = m_board;
        named.protocolTemplate.attendeeListThreshold = 20;
        const QString renumbered = text(named);
        QVERIFY(renumbered.contains(u"(xabarnoma ilova qilinadi, 1-ilova)"_s));
        QVERIFY(renumbered.contains(u"(ilova qilinadi, 2-ilova)"_s));
        QVERIFY(!renumbered.contains(u"3-ilova"_s));
        // A document the text never mentions comes last; the validator says so.
        named.appendices.append({QUuid::createUuid(), u"Qoʻshimcha maʼlumotnoma"_s, u"Matn."_s});
        const QString extra = text(named);
        QVERIFY(
            extra.indexOf(u"bayonnomaga 2-ilova"_s) < extra.indexOf(u"texnik-iqtisodiy asosi\n"_s));
        QVERIFY(
            extra.indexOf(u"bayonnomaga 3-ilova"_s) > extra.indexOf(u"texnik-iqtisodiy asosi\n"_s));
        QVERIFY(
            extra.indexOf(u"Qoʻshimcha maʼlumotnoma"_s) > extra.indexOf(u"bayonnomaga 3-ilova"_s));
        bool warned = false;
        for (const ValidationIssue& issue : MeetingValidator::validate(named))
            warned = warned || (issue.field == u"appendices"_s && issue.isWarning());
        QVERIFY(warned);
        // The numbers the editor shows beside each document are the printed ones.
        QCOMPARE(ProtocolComposer::compose(m_board).appendixNumbers, QList<int>({3}));
        QCOMPARE(ProtocolComposer::compose(named).appendixNumbers, QList<int>({2, 3}));
        // The short form prints no report body, hence no mention: the document still follows.
        ProtocolOptions brief;
        brief.form = ProtocolForm::Short;
        QVERIFY(text(m_board, brief).contains(u"bayonnomaga 3-ilova"_s));
        // An extract keeps the protocol's numbers and attaches nothing.
        ProtocolOptions extract;
        extract.extractItem = 1;
        const QString copy = text(m_board, extract);
        QVERIFY(copy.contains(u"(ilova qilinadi, 3-ilova)"_s));
        QVERIFY(!copy.contains(u"bayonnomaga"_s));
    }

    void extractOfItemTwoReadsAsCertified()
    {
        ProtocolOptions options;
        options.extractItem = 1;
        options.extractDate = QDate(2025, 7, 15);
        const QString title = u"“Madad” muassasa shaklidagi nodavlat notijorat tashkilotining"_s;
        const QString pdf = pdfText(m_seed, options);
        for (const QString& printed : {text(m_seed, options).simplified(), pdf}) {
            QCOMPARE(printed.count(title), 1); // in the agenda, under its numeral; not again
            QVERIFY(printed.contains(u"KUN TARTIBI: II. “Madad”"_s));
            const qsizetype header = printed.indexOf(u"BAYONNOMADAN KOʻCHIRMA"_s);
            const qsizetype agenda = printed.indexOf(u"KUN TARTIBI:"_s);
            const qsizetype hearing = printed.indexOf(u"Mazkur masala yuzasidan"_s);
            const qsizetype formula = printed.indexOf(u"Kengash qaror qiladi:"_s);
            const qsizetype certified = printed.indexOf(u"Koʻchirma asli bilan toʻgʻri."_s);
            const qsizetype secretary = printed.indexOf(u"Kengash kotibi"_s, certified);
            const qsizetype day = printed.indexOf(u"Koʻchirma berilgan sana: 2025-yil 15-iyul"_s);
            QVERIFY(header >= 0 && header < agenda);
            QVERIFY(agenda < hearing && hearing < formula && formula < certified);
            QVERIFY(certified < secretary && secretary < day);
            QVERIFY(!printed.contains(u"I. Raqamli texnologiyalar vazirligi tomonidan"_s));
        }
        // In the full form too: "ESHITILDI:" follows the agenda, with no second title.
        ProtocolOptions full = options;
        full.form = ProtocolForm::Full;
        const QString fullText = text(m_seed, full).simplified();
        QCOMPARE(fullText.count(title), 1);
        QVERIFY(fullText.indexOf(u"ESHITILDI:"_s) > fullText.indexOf(title));
        // The whole protocol still titles each item above its hearing.
        QCOMPARE(text(m_seed).simplified().count(title), 2);
    }

    void everyFormatSharesTheComposition()
    {
        ProtocolOptions options;
        options.extractItem = 0;
        for (ExportFormat format :
            {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Odt}) {
            const Result<QByteArray> bytes = ProtocolExporter::render(m_board, format, options);
            QVERIFY(bytes.ok());
            QVERIFY(!bytes->isEmpty());
        }
        QVERIFY(!ProtocolExporter::render(m_board, ExportFormat::Json, options).ok());
    }
};

QTEST_MAIN(TestProtocolForms)
#include "testprotocolforms.moc"
