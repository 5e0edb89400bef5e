#include "protocolsamples.h"

#include "interchange/meetingjson.h"
#include "resourcepaths.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

Person person(const QString& shortName, const QString& position)
{
    Person p;
    p.fullName = shortName;
    p.shortName = shortName;
    p.position = position;
    return p;
}

Attendance attendance(const Person& p, AttendanceRole role, Presence presence = Presence::Present,
    const QString& note = {})
{
    return {p, role, presence, note};
}

KpiRow row(const QString& indicator, std::optional<double> value, const QString& unit,
    const QString& period, KpiChange change = {}, const QString& note = {})
{
    return {indicator, value, unit, period, change, note};
}

const QStringList kWords {
    u"Vazirlik"_s,
    u"raqamli"_s,
    u"texnologiyalar"_s,
    u"sohasida"_s,
    u"amalga"_s,
    u"oshirilgan"_s,
    u"ishlar"_s,
    u"yuzasidan"_s,
    u"maʼlumot"_s,
    u"berildi"_s,
    u"Oʻzbekiston"_s,
    u"Respublikasi"_s,
    u"hududlarda"_s,
    u"aholining"_s,
    u"xizmatlar"_s,
    u"koʻrsatkichlar"_s,
    u"oʻsish"_s,
    u"barobar"_s,
    u"loyihalar"_s,
    u"doirasida"_s,
    u"tashkilotlar"_s,
    u"tomonidan"_s,
    u"qoʻllab-quvvatlandi"_s,
    u"yoshlar"_s,
    u"oʻqitildi"_s,
    u"elektron"_s,
    u"hukumat"_s,
    u"tizimlari"_s,
    u"joriy"_s,
    u"etildi"_s,
    u"jamoatchilik"_s,
    u"kengashi"_s,
    u"aʼzolari"_s,
    u"taklif"_s,
    u"kiritdi"_s,
    u"bugungi"_s,
    u"kunda"_s,
    u"natijasida"_s,
    u"sunʼiy"_s,
    u"intellekt"_s,
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {
    }

    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }

    QString sentence(int minWords, int maxWords)
    {
        const int count = between(minWords, maxWords);
        QStringList words;
        for (int i = 0; i < count; ++i)
            words.append(kWords.at(between(0, int(kWords.size()) - 1)));
        if (between(0, 3) == 0)
            words.insert(between(0, int(words.size()) - 1), QString::number(between(2, 9999)));
        QString text = words.join(u' ');
        text[0] = text[0].toUpper();
        return text;
    }

    QString paragraph(int minWords, int maxWords)
    {
        QStringList sentences;
        int words = between(minWords, maxWords);
        while (words > 0) {
            const int chunk = qMin(words, between(8, 18));
            sentences.append(sentence(chunk, chunk) + u'.');
            words -= chunk;
        }
        return sentences.join(u' ');
    }

    QString heading() { return (sentence(2, 4) + u" yoʻnalishida:"_s).toUpper(); }

private:
    QRandomGenerator m_random;
};

} // namespace

Meeting ProtocolSamples::built()
{
    Meeting m;
    m.councilName = u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s;
    m.number = 3;
    m.date = QDate(2025, 6, 23);
    m.startTime = QTime(11, 0);
    m.place = u"Toshkent shahri"_s;
    m.chair = person(u"A.Ishanxodjaev"_s, u"Jamoatchilik kengashi raisi"_s);
    m.secretary = person(u"N.Abdullayev"_s, u"Kengash kotibi"_s);
    const Person ermatov = person(u"H.Ermatov"_s, u"“Ishonch” gazetasi bosh muharriri"_s);
    const Person rajabov = person(u"U.Rajabov"_s, u"“Yuksalish” harakati maslahatchisi"_s);
    const Person pekso
        = person(u"O.Pekso"_s, u"Raqamli texnologiyalar vazirining birinchi oʻrinbosari"_s);
    m.attendance = {
        attendance(m.chair, AttendanceRole::Member),
        attendance(ermatov, AttendanceRole::Member),
        attendance(rajabov, AttendanceRole::Member),
        attendance(person(u"S.Karimova"_s, {}), AttendanceRole::Member, Presence::Excused,
            u"xizmat safarida"_s),
        attendance(pekso, AttendanceRole::Invited),
        attendance(m.secretary, AttendanceRole::Staff),
    };

    AgendaItem first;
    first.title
        = u"Raqamli texnologiyalar vazirligi tomonidan 2025-yilning I yarim yilligida amalga "
          "oshirilgan ishlar va istiqbolli rejalar toʻgʻrisida"_s;
    SpeakerReport report;
    report.speaker = pekso;
    report.lead
        = u"Birinchi masala yuzasidan Raqamli texnologiyalar vazirining birinchi oʻrinbosari "
          "O.Pekso soʻzga chiqib, Vazirlik faoliyatining yakunlari boʻyicha maʼlumotlar taqdim "
          "qildi. Jumladan:"_s;
    report.body
        = u"## IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:\n\n"
          "- xorijiy kapital ishtirokidagi korxonalar 8,4 barobar oshib, 1 152 tani tashkil etdi;\n"
          "- sohada xodimlar soni 92 ming nafarni tashkil etdi.\n\n"
          "## RAQAMLI HUKUMAT YOʻNALISHIDA:\n\n"
          "Yagona interaktiv davlat xizmatlari portalida 54 ta yangi elektron xizmatlar joriy "
          "etilib, jami xizmatlar soni 761 taga yetdi."_s;
    KpiTable kpi;
    kpi.caption = u"Iqtisodiy koʻrsatkichlar"_s;
    kpi.rows = {
        row(u"Xorijiy kapital ishtirokidagi korxonalar"_s, 1152, u"ta"_s, u"2025-yil I yarim yil"_s,
            {ChangeKind::Factor, 8.4}, u"jami korxonalarning 11,2 foizi"_s),
        row(u"Sohada xodimlar soni"_s, 92000, u"nafar"_s, u"2025-yil I yarim yil"_s),
        row(u"Yagona portal foydalanuvchilari"_s, 12.5, u"mln nafar"_s, u"2025-yil"_s,
            {ChangeKind::Percent, 25}),
    };
    report.kpiTables = {kpi};
    first.reports = {report};

    AgendaItem second;
    second.title = u"“Madad” nodavlat notijorat tashkilotining murojaati haqida"_s;
    SpeakerReport chairReport;
    chairReport.speaker = m.chair;
    chairReport.lead = u"Mazkur masala yuzasidan Jamoatchilik kengashi raisi A.Ishanxodjaev soʻzga "
                       "chiqib, quyidagilarni maʼlum qildi:"_s;
    chairReport.body
        = u"Murojaatda davlat ijtimoiy buyurtmasi loyihasi ishlab chiqilganligi maʼlum "
          "qilingan hamda shu loyihani koʻrib chiqish soʻralgan."_s;
    second.reports = {chairReport};
    second.discussion.participants = {ermatov, rajabov};
    second.discussion.summary = u"Kengash aʼzolari H.Ermatov va U.Rajabov oʻz fikr-mulohazalarini "
                                "bildirishdi."_s;
    m.agenda = {first, second};

    Resolution takeNote;
    takeNote.text = u"Quyidagilar:"_s;
    takeNote.subPoints = {u"O.Peksoning axboroti;"_s, u"maʼlumot uchun qabul qilinsin."_s};
    Resolution approve;
    approve.kind = ResolutionKind::Approve;
    approve.text
        = u"“Madad” tashkiloti loyihasini kelgusi yilda koʻrib chiqish taklifi maʼqullansin."_s;
    Resolution recommend;
    recommend.kind = ResolutionKind::Recommend;
    recommend.addressee = u"Raqamli texnologiyalar vazirligiga"_s;
    recommend.subPoints = {u"sunʼiy intellekt yoʻnalishiga oid maʼlumotlarni keng targʻib qilish "
                           "tavsiya etilsin."_s};
    recommend.deadline = Deadline::on(QDate(2025, 9, 1));
    Resolution instruct;
    instruct.kind = ResolutionKind::Instruct;
    instruct.addressee = u"Kengash ishchi organi"_s;
    instruct.responsible = {u"N.Abdullayev"_s};
    instruct.subPoints
        = {u"mazkur bayonni Jamoatchilik kengashi aʼzolariga yetkazish choralarini koʻrsin."_s};
    instruct.deadline = Deadline::nextMeeting();
    m.resolutions = {takeNote, approve, recommend, instruct};
    return m;
}

std::optional<Meeting> ProtocolSamples::sample()
{
    QFile file(ResourcePaths::sampleMeeting());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Result<Meeting> meeting = MeetingJson::read(file.readAll());
    if (!meeting)
        return std::nullopt;
    return std::move(meeting).value();
}

Meeting ProtocolSamples::generated(quint32 seed, int items)
{
    Generator g(seed);
    Meeting m = built();
    m.agenda.clear();
    m.resolutions.clear();
    for (int i = 0; i < items; ++i) {
        AgendaItem item;
        item.title = g.sentence(4, 24) + u" toʻgʻrisida"_s;
        const int reports = g.between(0, 2);
        for (int r = 0; r < reports; ++r) {
            SpeakerReport report;
            report.speaker = person(u"S.Speaker%1"_s.arg(r + 1), u"vazir oʻrinbosari"_s);
            report.lead = u"S.Speaker%1 soʻzga chiqib, quyidagilarni maʼlum qildi:"_s.arg(r + 1);
            QStringList body;
            const int sections = g.between(0, 4);
            for (int s = 0; s < sections; ++s) {
                body.append(u"## "_s + g.heading());
                const int paragraphs = g.between(0, 6);
                for (int p = 0; p < paragraphs; ++p) {
                    if (g.between(0, 2) == 0)
                        body.append(u"- "_s + g.paragraph(6, 60) + u';');
                    else
                        body.append(g.paragraph(10, 140));
                }
            }
            report.body = body.join(u"\n\n"_s);
            if (g.between(0, 3) == 0) {
                KpiTable table;
                table.caption = g.sentence(2, 5);
                const int rows = g.between(1, 14);
                for (int k = 0; k < rows; ++k)
                    table.rows.append(row(g.sentence(2, 9), g.between(1, 2000000) / 10.0, u"ta"_s,
                        u"2025-yil"_s, {ChangeKind::Factor, g.between(10, 40) / 10.0}));
                report.kpiTables.append(table);
            }
            item.reports.append(report);
        }
        if (g.between(0, 1) == 0)
            item.discussion.summary = g.paragraph(10, 70);
        m.agenda.append(item);

        const int decisions = g.between(1, 3);
        for (int d = 0; d < decisions; ++d) {
            Resolution resolution;
            resolution.agendaItemUid = item.uid;
            const int variant = g.between(0, 2);
            if (variant == 0) {
                resolution.text = g.paragraph(8, 60);
            } else {
                resolution.kind = ResolutionKind::Instruct;
                resolution.addressee = g.sentence(2, 6) + u"ga"_s;
                resolution.responsible = {u"N.Abdullayev"_s};
                const int points = g.between(1, 4);
                for (int p = 0; p < points; ++p)
                    resolution.subPoints.append(g.paragraph(6, 50));
                resolution.deadline = variant == 1
                    ? Deadline::nextMeeting()
                    : Deadline::on(QDate(2025, 12, g.between(1, 28)));
            }
            m.resolutions.append(resolution);
        }
    }
    return m;
}

Meeting ProtocolSamples::longTable(int rows)
{
    Meeting m = built();
    KpiTable& table = m.agenda[0].reports[0].kpiTables[0];
    table.rows.clear();
    for (int i = 0; i < rows; ++i)
        table.rows.append(row(u"Koʻrsatkich raqami %1"_s.arg(i + 1), 1000.5 * (i + 1), u"ta"_s,
            u"2025-yil"_s, {ChangeKind::Percent, double(i % 7) - 3}));
    return m;
}

} // namespace Bayon
