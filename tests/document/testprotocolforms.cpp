#include "document/meetingimporter.h"
#include "document/meetingjson.h"
#include "document/protocolcomposer.h"
#include "document/protocolexporter.h"
#include "domain/meetingvalidator.h"
#include "domain/quorum.h"
#include "domain/votevalidator.h"
#include "poppler.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// Protocol forms (issue 7): quorum, votes, the full, short and narrative forms,
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
        QCOMPARE(*back, expected);
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
