#include "richmeeting.h"

using namespace Qt::StringLiterals;

namespace Bayon::Test {

Person person(const QString& fullName, const QString& shortName, const QString& position,
    const QString& organisation, qint64 directoryId)
{
    return {directoryId, fullName, shortName, position, organisation};
}

Meeting richMeeting()
{
    Meeting meeting;
    meeting.councilName = u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s;
    meeting.number = 3;
    meeting.date = QDate(2025, 7, 10);
    meeting.startTime = QTime(11, 0, 0, 250);
    meeting.place = u"Toshkent shahri, Amir Temur koʻchasi 4"_s;
    meeting.form = MeetingForm::WrittenPoll;
    meeting.status = MeetingStatus::Review;

    const Person chair = person(
        u"Ishanxodjaev Abdulla"_s, u"A.Ishanxodjaev"_s, u"Jamoatchilik kengashi raisi"_s, {}, 7);
    const Person secretary = person(u"Abdullayev Nodir"_s, u"N.Abdullayev"_s, u"Kengash kotibi"_s);
    const Person pekso = person(u"Pekso Oleg"_s, u"O.Pekso"_s,
        u"Raqamli texnologiyalar vazirining birinchi oʻrinbosari"_s,
        u"Raqamli texnologiyalar vazirligi"_s);
    const Person djumabayev = person(u"Djumabayev Otabek"_s, u"O.Djumabayev"_s,
        u"Yuridik taʼminlash boʻlimi boshligʻi"_s, u"Raqamli texnologiyalar vazirligi"_s);
    const Person mamatqulov
        = person(u"Mamatqulov Rustam"_s, u"R.Mamatqulov"_s, u"boʻlim boshligʻi"_s,
            u"Oʻzbekiston Nodavlat notijorat tashkilotlari milliy assotsiatsiyasi"_s);
    const Person ermatov
        = person(u"Ermatov Hasan"_s, u"H.Ermatov"_s, u"“Ishonch” gazetasi bosh muharriri"_s);

    meeting.chair = chair;
    meeting.secretary = secretary;
    meeting.attendance = {
        {chair, AttendanceRole::Member, Presence::Present, {}},
        {ermatov, AttendanceRole::Member, Presence::Present, u"Senator"_s},
        {mamatqulov, AttendanceRole::Member, Presence::Excused, u"xizmat safarida"_s},
        {person(u"Rajabov Umid"_s, u"U.Rajabov"_s, u"maslahatchi"_s), AttendanceRole::Member,
            Presence::Absent, {}},
        {pekso, AttendanceRole::Invited, Presence::Present, {}},
        {secretary, AttendanceRole::Staff, Presence::Present, {}},
    };

    AgendaItem first;
    first.title
        = u"Raqamli texnologiyalar vazirligi tomonidan 2025-yilning I yarim yilligida amalga "
          "oshirilgan ishlar va istiqbolli rejalar toʻgʻrisida"_s;
    SpeakerReport report;
    report.speaker = pekso;
    report.lead = u"O.Pekso soʻzga chiqib, Vazirlik faoliyatining 2025-yilning birinchi yarim yil "
                  u"yakunlari "
                  "boʻyicha maʼlumotlar taqdim qildi. Jumladan:"_s;
    report.body
        = u"## IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:\n\n"
          "- soha joriy yilning yanvar-aprel oylarida eng yuqori oʻsish surʼatiga ega boʻldi;\n"
          "- sohada xodimlar soni 92 ming nafarni tashkil etdi.\n\n"
          "## RAQAMLI HUKUMAT YOʻNALISHIDA:\n\n"
          "Yagona interaktiv davlat xizmatlari portalida 54 ta yangi elektron xizmatlar joriy etildi."_s;
    KpiTable economy;
    economy.caption = u"Iqtisodiy koʻrsatkichlar"_s;
    economy.rows = {
        {u"Yalpi qoʻshilgan qiymat"_s, std::nullopt, {}, u"2023-2024-yillar"_s,
            {ChangeKind::Factor, 3.3}, u"YaIMga nisbatan tezroq"_s},
        {u"Sohada xodimlar soni"_s, 92000.0, u"nafar"_s, u"2025-yil I yarim yil"_s, {}, {}},
        {u"Xorijiy kapitalli korxonalar"_s, 1152.0, u"ta"_s, {}, {ChangeKind::Factor, 8.4},
            u"jami korxonalarning 11,2 foizi"_s},
    };
    KpiTable government;
    government.caption = u"Raqamli hukumat"_s;
    government.rows = {
        {u"Portal foydalanuvchilari"_s, 12.0, u"mln nafar"_s, {}, {ChangeKind::Factor, 1.4}, {}},
        {u"Dasturchilar sertifikati"_s, 325000.0, u"nafar"_s, u"2025-yil"_s,
            {ChangeKind::Percent, 125.0}, u"oʻsish 2024-yilga nisbatan"_s},
    };
    report.kpiTables = {economy, government};
    first.reports = {report};
    first.discussion = {{ermatov}, u"Kengash aʼzolari fikr-mulohazalarini bildirishdi."_s};

    AgendaItem second;
    second.title
        = u"“Madad” muassasa shaklidagi nodavlat notijorat tashkilotining murojaati haqida"_s;
    SpeakerReport chairReport;
    chairReport.speaker = chair;
    chairReport.lead
        = u"Jamoatchilik kengashi raisi A.Ishanxodjaev soʻzga chiqib, quyidagilarni maʼlum qildi:"_s;
    chairReport.body
        = u"“Madad” tashkiloti Kengashga murojaat qilgan.\n\nMurojaatda davlat ijtimoiy "
          "buyurtmasi loyihasini koʻrib chiqish soʻralgan."_s;
    SpeakerReport lawyerReport;
    lawyerReport.speaker = djumabayev;
    lawyerReport.lead = u"O.Djumabayev batafsil maʼlumot taqdim qildi. Jumladan:"_s;
    lawyerReport.body
        = u"- 498 ta oʻquv seminari oʻtkazildi;\n- 61 mingdan ortiq aholi oʻqitildi."_s;
    KpiTable training;
    training.caption = u"Oʻquv seminarlari"_s;
    training.rows = {{u"Oʻqitilgan aholi"_s, 61000.0, u"nafar"_s, {}, {}, {}}};
    lawyerReport.kpiTables = {training};
    SpeakerReport emptySpeaker; // a report whose speaker is not entered yet
    emptySpeaker.lead = u"Qoʻshimcha axborot"_s;
    second.reports = {chairReport, lawyerReport, emptySpeaker};
    second.discussion = {{mamatqulov, ermatov, chair}, u"Takliflar maʼqullandi."_s};

    meeting.agenda = {first, second};

    Resolution takeNote;
    takeNote.text = u"Quyidagilar:"_s;
    takeNote.subPoints = {
        u"O.Peksoning axboroti;"_s, u"O.Djumabayevning axboroti maʼlumot uchun qabul qilinsin."_s};
    takeNote.kind = ResolutionKind::TakeNote;
    takeNote.agendaItemUid = first.uid;

    Resolution approve;
    approve.text
        = u"“Madad” tashkiloti kiritgan loyihani kelgusi yilda koʻrib chiqish taklifi maʼqullansin."_s;
    approve.kind = ResolutionKind::Approve;
    approve.agendaItemUid = second.uid;
    approve.followUpStatus = FollowUpStatus::Done;

    Resolution support;
    support.text = u"R.Mamatqulovning takliflari qoʻllab-quvvatlansin."_s;
    support.kind = ResolutionKind::Support;
    support.deadline = Deadline::nextMeeting();
    support.followUpStatus = FollowUpStatus::InProgress;
    support.statusNote = u"keyingi yigʻilishda koʻriladi"_s;

    Resolution recommend;
    recommend.addressee = u"Raqamli texnologiyalar vazirligiga"_s;
    recommend.subPoints
        = {u"sunʼiy intellekt yoʻnalishiga oid maʼlumotlarni keng targʻib qilish;"_s,
            u"Kengashning keyingi yigʻilishida maʼlumotlar taqdim qilish tavsiya etilsin."_s};
    recommend.kind = ResolutionKind::Recommend;
    recommend.deadline = Deadline::on(QDate(2025, 12, 31));
    recommend.followUpStatus = FollowUpStatus::Cancelled;

    Resolution instruct;
    instruct.addressee = u"Kengash ishchi organi"_s;
    instruct.text
        = u"mazkur bayonni Jamoatchilik kengashi aʼzolariga yetkazish choralarini koʻrsin."_s;
    instruct.responsible = {u"N.Abdullayev"_s, u"Sh.Axmatov"_s};
    instruct.kind = ResolutionKind::Instruct;
    instruct.deadline = Deadline::on(QDate(2025, 7, 20));

    meeting.resolutions = {takeNote, approve, support, recommend, instruct};
    return meeting;
}

} // namespace Bayon::Test
