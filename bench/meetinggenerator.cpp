#include "meetinggenerator.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// The vocabulary of the seed protocol, with the right characters: oʻ and gʻ
// with U+02BB, the tutuq belgisi with U+02BC, quotation marks “…”.

const QStringList councils = {
    u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s,
    u"Oliy taʼlim, fan va innovatsiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s,
    u"Sogʻliqni saqlash vazirligi huzuridagi Jamoatchilik kengashi"_s,
    u"Iqtisodiyot va moliya vazirligi huzuridagi Jamoatchilik kengashi"_s,
    u"Transport vazirligi huzuridagi Jamoatchilik kengashi"_s,
    u"Qishloq xoʻjaligi vazirligi huzuridagi Jamoatchilik kengashi"_s,
    u"Maktabgacha va maktab taʼlimi vazirligi huzuridagi Jamoatchilik kengashi"_s,
    u"Ekologiya, atrof-muhitni muhofaza qilish va iqlim oʻzgarishi vazirligi huzuridagi Jamoatchilik kengashi"_s,
};

const QStringList places = {
    u"Toshkent shahri, Amir Temur koʻchasi, 4-uy, majlislar zali"_s,
    u"Toshkent shahri, Mustaqillik maydoni, 5-uy"_s,
    u"Vazirlikning 2-qavatdagi kichik majlislar zali"_s,
    u"Videokonferensaloqa rejimida"_s,
};

struct PersonSeed
{
    const char16_t* fullName;
    const char16_t* shortName;
    const char16_t* position;
    const char16_t* organisation;
};

const PersonSeed personSeeds[] = {
    {u"Ishanxodjaev Abdulla Akmalovich", u"A.Ishanxodjaev", u"Jamoatchilik kengashi raisi", u""},
    {u"Abdullayev Nodir Baxtiyorovich", u"N.Abdullayev", u"Kengash kotibi", u""},
    {u"Pekso Oleg Aleksandrovich", u"O.Pekso", u"vazirning birinchi oʻrinbosari",
        u"Raqamli texnologiyalar vazirligi"},
    {u"Djumabayev Otabek Rustamovich", u"O.Djumabayev", u"Yuridik taʼminlash boʻlimi boshligʻi",
        u"Raqamli texnologiyalar vazirligi"},
    {u"Mamatqulov Rustam Ergashevich", u"R.Mamatqulov", u"boʻlim boshligʻi",
        u"Oʻzbekiston Nodavlat notijorat tashkilotlari milliy assotsiatsiyasi"},
    {u"Ermatov Hasan Karimovich", u"H.Ermatov", u"“Ishonch” gazetasi bosh muharriri", u"Senat"},
    {u"Rajabov Umid Shavkatovich", u"U.Rajabov",
        u"Xalqaro aloqalarni rivojlantirish boʻyicha maslahatchi",
        u"“Yuksalish” umummilliy harakati"},
    {u"Abdurahmonov Alisher Baxodirovich", u"A.Abdurahmonov", u"bosh muharrir",
        u"“Xabar” gazetasi tahririyati"},
    {u"Axmatov Shuhrat Olimovich", u"Sh.Axmatov", u"Axborot xizmati rahbari",
        u"Raqamli texnologiyalar vazirligi"},
    {u"Yoʻldosheva Gulnora Anvarovna", u"G.Yoʻldosheva", u"professor",
        u"Toshkent axborot texnologiyalari universiteti"},
    {u"Gʻulomov Sardor Tohirovich", u"S.Gʻulomov", u"direktor",
        u"“Raqamli hukumat loyihalarini boshqarish markazi”"},
    {u"Qodirova Dilnoza Ilhomovna", u"D.Qodirova", u"huquqshunos",
        u"“Huquqiy muammolarni oʻrganish markazi”"},
    {u"Toshpoʻlatov Bekzod Erkinovich", u"B.Toshpoʻlatov", u"rais oʻrinbosari",
        u"Oʻzbekiston axborot texnologiyalari korxona va tashkilotlar assotsiatsiyasi"},
    {u"Saidova Nilufar Rahimovna", u"N.Saidova", u"bosh mutaxassis", u"Vazirlik devoni"},
    {u"Nazarov Jahongir Maʼrufovich", u"J.Nazarov", u"tadbirkor", u"“IT-Park” rezidenti"},
    {u"Karimova Shahnoza Baxromovna", u"Sh.Karimova", u"jurnalist",
        u"Oʻzbekiston milliy axborot agentligi"},
    {u"Choriyev Azamat Sobirovich", u"A.Choriyev", u"deputat", u"Oliy Majlis Qonunchilik palatasi"},
    {u"Olimov Farrux Ulugʻbekovich", u"F.Olimov", u"dotsent", u"Oʻzbekiston Milliy universiteti"},
    {u"Hasanova Malika Tursunovna", u"M.Hasanova", u"rais",
        u"“Madad” nodavlat notijorat tashkiloti"},
    {u"Ismoilov Doniyor Shukurovich", u"D.Ismoilov", u"departament boshligʻi",
        u"Raqamli texnologiyalar vazirligi"},
    {u"Rahimov Otabek Gʻayratovich", u"O.Rahimov", u"bosh hisobchi", u"Vazirlik"},
    {u"Mirzayeva Zarina Abdullayevna", u"Z.Mirzayeva", u"blogger", u""},
    {u"Usmonov Sherzod Nematovich", u"Sh.Usmonov", u"ekspert",
        u"“Taraqqiyot strategiyasi” markazi"},
    {u"Boboyev Jasur Qahramonovich", u"J.Boboyev", u"tahlilchi",
        u"Iqtisodiy tadqiqotlar instituti"},
};

const QStringList periods = {
    u"I yarim yillik"_s,
    u"birinchi choragi"_s,
    u"9 oyi"_s,
    u"yanvar-may oylari"_s,
    u"ikkinchi choragi"_s,
};

const QStringList agendaTitles = {
    u"%1 tomonidan %2-yilning %3da amalga oshirilgan ishlar va istiqbolli rejalar toʻgʻrisida"_s,
    u"“%4” muassasa shaklidagi nodavlat notijorat tashkilotining murojaati haqida"_s,
    u"Davlat ijtimoiy buyurtmasi doirasida amalga oshirilayotgan loyihalar ijrosi toʻgʻrisida"_s,
    u"Aholining raqamli savodxonligini oshirish boʻyicha chora-tadbirlar toʻgʻrisida"_s,
    u"Jamoatchilik kengashining %2-yilga moʻljallangan ish rejasini tasdiqlash haqida"_s,
    u"Fuqarolarning murojaatlari bilan ishlash holati toʻgʻrisida"_s,
    u"Sunʼiy intellekt texnologiyalarini joriy etish strategiyasi loyihasi haqida"_s,
    u"Yagona interaktiv davlat xizmatlari portalida xizmatlar sifatini oshirish toʻgʻrisida"_s,
};

const QStringList organisationsForTitles = {
    u"Madad"_s,
    u"Kelajak"_s,
    u"Yuksalish"_s,
    u"Ishonch"_s,
    u"Mehr"_s,
    u"Barqaror rivojlanish"_s,
};

const QStringList headings = {
    u"IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:"_s,
    u"RAQAMLI HUKUMAT YOʻNALISHIDA:"_s,
    u"RAQAMLI INDUSTRIYA VA IT-STARTAPLAR YOʻNALISHIDA:"_s,
    u"SUNʼIY INTELLEKT YOʻNALISHIDA:"_s,
    u"TELEKOMMUNIKATSIYA INFRATUZILMASI YOʻNALISHIDA:"_s,
    u"POCHTA ALOQASI YOʻNALISHIDA:"_s,
    u"RAQAMLI TAʼLIM YOʻNALISHIDA:"_s,
};

// %1, %2: figures; %3: a growth factor.
const QStringList statements = {
    u"soha boshqa sohalarga nisbatan eng yuqori oʻsish surʼatiga ega boʻldi;"_s,
    u"sohada yaratilayotgan yalpi qoʻshilgan qiymat hajmi yalpi ichki mahsulotga nisbatan %3 barobar tez oʻsmoqda;"_s,
    u"xorijiy kapital ishtirokidagi korxonalar %3 barobar oshib, %1 taga yetdi;"_s,
    u"sohada xodimlar soni %2 ming nafarni tashkil etib, oʻzini-oʻzi band qilganlar soni %1 nafardan oshdi;"_s,
    u"IT-parkning eksporter rezidentlari %3 barobarga oshib, %1 taga yetkazildi;"_s,
    u"Yagona interaktiv davlat xizmatlari portalida %2 ta yangi elektron xizmatlar joriy etilib, jami xizmatlar soni %1 taga yetdi;"_s,
    u"Yagona portal foydalanuvchilari soni %2 mln nafardan (oʻsish %3 barobar) oshdi;"_s,
    u"Idoralararo integratsiyalashuv platformasida %1 dan ortiq veb-servislar ulanib, kunlik soʻrovlar soni %2 mln tadan oshdi;"_s,
    u"IT-Park rezidentlari tomonidan %2 trln soʻmlik (oʻsish %3 barobar) xizmat koʻrsatildi;"_s,
    u"“Raqamli startaplar dasturi” doirasida %2 ta akseleratsiya dasturi tashkil etilib, %1 dan ortiq startap loyihalar qoʻllab-quvvatlandi;"_s,
    u"vazirlik va idoralarning raqamlashtirishga masʼul boʻlgan %1 nafar xodimi sunʼiy intellekt texnologiyalari boʻyicha oʻqitildi;"_s,
    u"banklar va toʻlov tizimlarida “My ID” yuzni identifikatsiya qilish tizimi keng qoʻllanilmoqda;"_s,
    u"optik-tolali aloqa liniyalarining uzunligi %1 ming kmdan, tayanch stansiyalar soni %2 mingdan oshirildi;"_s,
    u"internet tezligi %3 barobarga ortib, reytingda %2-oʻringa koʻtarildi;"_s,
    u"pochta aloqasi boʻlimlarida %1 ta yangi xizmat turi joriy etildi;"_s,
    u"xususiy IT-oʻquv markazlari soni %1 taga yetdi hamda ularda %2 mingta yoshlar zamonaviy kasblarga oʻqitildi;"_s,
    u"“Bir million dasturchi” loyihasiga qoʻshimcha %1 ming nafar yoshlar jalb etildi;"_s,
    u"hududlarda “IT-shaharcha”lar oʻz faoliyatini boshlab, %1 ga yaqin yoshlar bepul taʼlim olmoqda;"_s,
    u"informatika olimpiadasida %2 nafar yosh dasturchilarimiz medallarni qoʻlga kiritdi;"_s,
    u"%1 ta oʻquv seminari va treninglarda jami %2 mingdan ortiq aholi, yoshlar va tadbirkorlik subyektlari oʻqitildi;"_s,
};

const QStringList paragraphs = {
    u"Murojaatda vazirlik tizimida faoliyat yuritayotgan xodimlar hamda aholining sohaga oid "
    u"huquqiy "
    "savodxonligini oshirishga qaratilgan davlat ijtimoiy buyurtmasi loyihasi ishlab chiqilganligi "
    "maʼlum "
    "qilingan hamda shu loyihani koʻrib chiqish soʻralgan."_s,
    u"Tashabbusli loyiha belgilangan tartibga muvofiq davlat organi huzuridagi jamoatchilik "
    u"kengashi tomonidan "
    "ijobiy baholangan taqdirda, uning tashabbuskoriga budjetdan tashqari mablagʻlar hisobidan "
    "ijtimoiy "
    "buyurtma berilishi mumkin."_s,
    u"Markaz tomonidan loyihaning texnik topshirigʻi ishlab chiqilib, vazirlik bilan kelishilgan, "
    u"tijorat "
    "takliflari yigʻilgan hamda tanlov eʼlon qilingan."_s,
    u"Tanlovda ishtirok etgan tashkilotlar tomonidan taqdim etilgan hujjatlar Jamoatchilik "
    u"kengashi aʼzolari "
    "tomonidan baholandi va tegishli shartnoma imzolanib, bugungi kunda ishlar tashkil qilinmoqda."_s,
    u"Mazkur Farmonda har yili kamida bir marta sohaviy va idoraviy fuqarolik jamiyati instituti "
    u"vakillari "
    "bilan vazirlik va idoralar tomonidan ochiq muloqotlar oʻtkazilishi belgilangan."_s,
};

struct KpiSeed
{
    const char16_t* indicator;
    const char16_t* unit;
    double low;
    double high;
};

const KpiSeed kpiSeeds[] = {
    {u"Sohada xodimlar soni", u"ming nafar", 40, 120},
    {u"Yuqori daromadli ish oʻrinlari", u"ming nafar", 10, 60},
    {u"Oʻzini-oʻzi band qilganlar", u"ming nafar", 50, 200},
    {u"Xorijiy kapitalli korxonalar", u"ta", 500, 2000},
    {u"Eksporter rezidentlar", u"ta", 200, 1200},
    {u"Elektron davlat xizmatlari", u"ta", 300, 900},
    {u"Yangi elektron xizmatlar", u"ta", 10, 90},
    {u"Yagona portal foydalanuvchilari", u"mln nafar", 4, 20},
    {u"Mobil ilova foydalanuvchilari", u"mln nafar", 2, 10},
    {u"Kunlik soʻrovlar", u"mln", 5, 20},
    {u"IT-Park rezidentlari", u"ta", 1000, 4000},
    {u"Xizmatlar eksporti", u"mln dollar", 100, 600},
    {u"Optik-tolali aloqa liniyalari", u"ming km", 150, 400},
    {u"Tayanch stansiyalar", u"ming ta", 40, 120},
    {u"Xususiy IT-oʻquv markazlari", u"ta", 300, 900},
    {u"Oʻqitilgan yoshlar", u"ming nafar", 20, 400},
    {u"Akseleratsiya dasturlari", u"ta", 2, 12},
    {u"Qoʻllab-quvvatlangan startaplar", u"ta", 50, 300},
};

const QStringList kpiCaptions = {
    u"Iqtisodiy koʻrsatkichlar"_s,
    u"Raqamli hukumat"_s,
    u"Raqamli industriya va IT-startaplar"_s,
    u"Telekommunikatsiya infratuzilmasi"_s,
    u"Raqamli taʼlim"_s,
};

const QStringList summaries = {
    u"Kengash aʼzolari koʻrib chiqilgan masalalar yuzasidan oʻz fikr-mulohazalarini bildirishdi."_s,
    u"Bildirilgan fikr-mulohazalar hamda takliflar asosida qaror loyihasi muhokama qilindi."_s,
    u"Kengash aʼzolari axborotni maʼqullab, bir qator qoʻshimcha takliflar kiritdi."_s,
};

const QStringList addressees = {
    u"Raqamli texnologiyalar vazirligiga"_s,
    u"Vazirlik axborot xizmatiga"_s,
    u"Kengash ishchi organiga"_s,
    u"Yuridik taʼminlash boʻlimiga"_s,
};

const QStringList subPoints = {
    u"vazirlik tomonidan amalga oshirilayotgan ishlar, ayniqsa, sunʼiy intellekt yoʻnalishiga oid "
    "maʼlumotlarni keng targʻib qilish;"_s,
    u"aholining bilimi va koʻnikmalarini oshirishga qaratilgan loyihalarni amalga oshirish;"_s,
    u"hisobot davrida budjetdan tashqari mablagʻlar hisobidan ijtimoiy buyurtma berish yuzasidan "
    "oʻtkazilgan tanlovlar toʻgʻrisida maʼlumot taqdim qilish;"_s,
    u"fuqarolik jamiyati institutlari tomonidan kiritilgan takliflar va ularning ijrosi holatini "
    "Kengashning keyingi yigʻilishida maʼlum qilish;"_s,
    u"yigʻilish oʻtkazilganligi toʻgʻrisidagi maʼlumotni vazirlikning rasmiy veb-sayti va ijtimoiy "
    "tarmoqlardagi sahifalari orqali keng yoritish;"_s,
    u"mazkur bayonni Jamoatchilik kengashi aʼzolariga yetkazish choralarini koʻrsin."_s,
};

Person toPerson(const PersonSeed& seed)
{
    return {0, QString::fromUtf16(seed.fullName), QString::fromUtf16(seed.shortName),
        QString::fromUtf16(seed.position), QString::fromUtf16(seed.organisation)};
}

QString uzbekNumber(double value, int decimals)
{
    // "1 152", "11,2": what the protocol prints.
    QLocale locale(QLocale::Uzbek, QLocale::LatinScript, QLocale::Uzbekistan);
    QString text = locale.toString(value, 'f', decimals);
    text.replace(locale.groupSeparator(), u"\u00a0"_s);
    return text;
}

} // namespace

MeetingGenerator::MeetingGenerator(quint32 seed)
    : m_random(seed)
{
}

int MeetingGenerator::between(int lowest, int highest)
{
    return lowest + int(m_random.bounded(quint32(highest - lowest + 1)));
}

QList<Meeting> MeetingGenerator::generate(int count, int councilCount)
{
    councilCount = std::clamp(councilCount, 1, int(councils.size()));
    // Walk back from June 2025, two sittings a month for each council, then
    // put them in order and number them per council and year.
    struct Sitting
    {
        QDate date;
        int council;
    };
    QList<Sitting> sittings;
    QDate month(2025, 6, 1);
    while (sittings.size() < count) {
        QDate thursday = month;
        while (thursday.dayOfWeek() != Qt::Thursday)
            thursday = thursday.addDays(1);
        for (int council = 0; council < councilCount && sittings.size() < count; ++council) {
            // Councils keep different days of the week of the same fortnight.
            sittings.append({thursday.addDays(7 + council % 3 - 1), council});
            if (sittings.size() < count)
                sittings.append({thursday.addDays(21 + council % 3 - 1), council});
        }
        month = month.addMonths(-1);
    }
    std::sort(sittings.begin(), sittings.end(), [](const Sitting& a, const Sitting& b) {
        return a.date < b.date || (a.date == b.date && a.council < b.council);
    });

    QList<Meeting> meetings;
    meetings.reserve(count);
    QHash<int, std::pair<int, int>> numbering; // council → (year, last number)
    for (const Sitting& sitting : sittings) {
        auto& [year, number] = numbering[sitting.council];
        if (year != sitting.date.year()) {
            year = sitting.date.year();
            number = 0;
        }
        meetings.append(meeting(councils.at(sitting.council), sitting.date, ++number));
    }
    return meetings;
}

Meeting MeetingGenerator::meeting(const QString& councilName, QDate date, int number)
{
    QList<Person> people;
    for (const PersonSeed& seed : personSeeds)
        people.append(toPerson(seed));

    Meeting m;
    m.councilName = councilName;
    m.date = date;
    m.number = number;
    m.startTime = QTime(between(9, 16), between(0, 1) * 30);
    m.place = pick(places);
    m.form = between(0, 9) == 0 ? MeetingForm::WrittenPoll : MeetingForm::InPerson;
    // Older protocols are signed; the last weeks' still in the works.
    const qint64 age = date.daysTo(QDate(2025, 6, 30));
    m.status = age > 60 ? MeetingStatus::Signed
        : age > 30      ? MeetingStatus::Final
                        : MeetingStatus::Draft;
    m.chair = people.at(0);
    m.secretary = people.at(1);

    m.attendance.append({m.chair, AttendanceRole::Member, Presence::Present, {}});
    const int members = between(8, 14);
    for (int i = 0; i < members; ++i) {
        const Person& member = people.at(4 + i % (int(people.size()) - 4));
        const int roll = between(0, 9);
        const Presence presence = roll == 0 ? Presence::Absent
            : roll == 1                     ? Presence::Excused
                                            : Presence::Present;
        m.attendance.append({member, AttendanceRole::Member, presence,
            presence == Presence::Excused ? u"xizmat safarida"_s : QString()});
    }
    m.attendance.append({people.at(2), AttendanceRole::Invited, Presence::Present, {}});
    m.attendance.append({people.at(3), AttendanceRole::Invited, Presence::Present, {}});
    m.attendance.append({m.secretary, AttendanceRole::Staff, Presence::Present, {}});

    const int items = between(2, 4);
    for (int i = 0; i < items; ++i) {
        AgendaItem item;
        item.uid = uuid();
        item.title = agendaTitles.at(i == 0 ? 0 : between(1, int(agendaTitles.size()) - 1));
        item.title.replace(u"%1"_s, councilName.section(u" huzuridagi"_s, 0, 0));
        item.title.replace(u"%2"_s, QString::number(date.year()));
        item.title.replace(u"%3"_s, pick(periods));
        item.title.replace(u"%4"_s, pick(organisationsForTitles));
        if (i == 0) {
            item.reports.append(report(people.at(2), between(4, 6)));
        } else {
            const int reports = between(1, 2);
            for (int r = 0; r < reports; ++r)
                item.reports.append(
                    report(people.at(between(3, int(people.size()) - 1)), between(0, 2)));
        }
        const int participants = between(2, 4);
        for (int p = 0; p < participants; ++p)
            item.discussion.participants.append(people.at(between(4, int(people.size()) - 1)));
        item.discussion.summary = pick(summaries);
        m.agenda.append(std::move(item));
    }

    const int resolutions = between(3, 6);
    for (int i = 0; i < resolutions; ++i)
        m.resolutions.append(resolution(i, m));
    return m;
}

QString MeetingGenerator::statement()
{
    // Not every statement uses every figure, so no arg() here.
    QString text = pick(statements);
    text.replace(u"%1"_s, uzbekNumber(between(20, 3000), 0));
    text.replace(u"%2"_s, uzbekNumber(between(2, 99), 0));
    text.replace(u"%3"_s, uzbekNumber(between(11, 45) / 10.0, 1));
    return text;
}

SpeakerReport MeetingGenerator::report(const Person& speaker, int sections)
{
    SpeakerReport report;
    report.uid = uuid();
    report.speaker = speaker;
    report.lead = speaker.shortName + u" soʻzga chiqib, "_s
        + (speaker.organisation.isEmpty() ? u"Kengash"_s : speaker.organisation)
        + u" faoliyati, erishilgan natijalar va ustuvor vazifalar boʻyicha maʼlumotlar taqdim qildi. Jumladan:"_s;
    QStringList body;
    if (sections == 0) {
        body.append(pick(paragraphs));
        body.append(pick(paragraphs));
    }
    const int firstHeading = between(0, int(headings.size()) - 1);
    for (int s = 0; s < sections; ++s) {
        body.append(u"## "_s + headings.at((firstHeading + s) % headings.size()));
        QStringList bullets;
        const int count = between(3, 5);
        for (int b = 0; b < count; ++b)
            bullets.append(u"- "_s + statement());
        body.append(bullets.join(u'\n'));
    }
    report.body = body.join(u"\n\n"_s);
    const int tables = sections == 0 ? 0 : between(1, 3);
    for (int t = 0; t < tables; ++t)
        report.kpiTables.append(kpiTable(kpiCaptions.at((firstHeading + t) % kpiCaptions.size())));
    return report;
}

KpiTable MeetingGenerator::kpiTable(const QString& caption)
{
    KpiTable table;
    table.caption = caption;
    const int rows = between(3, 6);
    const int first = between(0, int(std::size(kpiSeeds)) - 1);
    for (int r = 0; r < rows; ++r) {
        const KpiSeed& seed = kpiSeeds[(first + r) % std::size(kpiSeeds)];
        KpiRow row;
        row.indicator = QString::fromUtf16(seed.indicator);
        row.unit = QString::fromUtf16(seed.unit);
        row.value
            = std::round((seed.low + (seed.high - seed.low) * m_random.generateDouble()) * 10) / 10;
        row.period = pick(periods);
        const int change = between(0, 3);
        if (change == 1)
            row.change = {ChangeKind::Factor, between(11, 30) / 10.0};
        else if (change == 2)
            row.change = {ChangeKind::Percent, double(between(5, 150))};
        if (between(0, 4) == 0)
            row.note = u"oʻtgan yilning shu davriga nisbatan"_s;
        table.rows.append(std::move(row));
    }
    return table;
}

QUuid MeetingGenerator::uuid()
{
    quint32 words[4];
    m_random.fillRange(words);
    QUuid id(words[0], quint16(words[1]), quint16((words[1] >> 16 & 0x0fff) | 0x4000),
        quint8(0x80 | (words[2] & 0x3f)), quint8(words[2] >> 8), quint8(words[2] >> 16),
        quint8(words[2] >> 24), quint8(words[3]), quint8(words[3] >> 8), quint8(words[3] >> 16),
        quint8(words[3] >> 24));
    return id;
}

Resolution MeetingGenerator::resolution(int index, const Meeting& meeting)
{
    const QList<AgendaItem>& agenda = meeting.agenda;
    const Person& secretary = meeting.secretary;
    Resolution resolution;
    resolution.uid = uuid();
    const AgendaItem& item = agenda.at(std::min(index, int(agenda.size()) - 1));
    resolution.agendaItemUid = item.uid;
    const QString speaker
        = item.reports.isEmpty() ? QString() : item.reports.constFirst().speaker.shortName;
    switch (index == 0 ? 0 : between(1, 4)) {
    case 0:
        resolution.kind = ResolutionKind::TakeNote;
        resolution.text = u"Quyidagilar:"_s;
        resolution.subPoints = {speaker + u"ning taqdim qilgan axboroti;"_s,
            u"ustuvor vazifalar taqdimoti maʼlumot uchun qabul qilinsin."_s};
        break;
    case 1:
        resolution.kind = ResolutionKind::Approve;
        resolution.text
            = u"Joriy yilda kiritilgan loyihani kelgusi yilda koʻrib chiqish yuzasidan kiritilgan "
              "taklif maʼqullansin."_s;
        break;
    case 2:
        resolution.kind = ResolutionKind::Support;
        resolution.text = speaker
            + u"ning Kengashning keyingi yigʻilishida maʼlumotlar taqdim qilish "
              "boʻyicha takliflari qoʻllab-quvvatlansin."_s;
        resolution.deadline = Deadline::nextMeeting();
        break;
    case 3:
        resolution.kind = ResolutionKind::Recommend;
        resolution.addressee = pick(addressees);
        resolution.subPoints = {pick(subPoints), pick(subPoints),
            u"Kengashning keyingi yigʻilishida maʼlumotlar taqdim qilish tavsiya etilsin."_s};
        resolution.deadline = Deadline::nextMeeting();
        break;
    default:
        resolution.kind = ResolutionKind::Instruct;
        resolution.addressee = u"Kengash ishchi organi"_s;
        resolution.responsible = {secretary.shortName};
        if (between(0, 1) == 0)
            resolution.responsible.append(u"Sh.Axmatov"_s);
        resolution.subPoints = {pick(subPoints), subPoints.constLast()};
        resolution.deadline = Deadline::on(meeting.date.addDays(between(10, 60)));
        break;
    }
    const int followUp = between(0, 3);
    resolution.followUpStatus = resolution.needsFollowUp() ? (followUp == 0 ? FollowUpStatus::Done
                                        : followUp == 1 ? FollowUpStatus::InProgress
                                                        : FollowUpStatus::Open)
                                                           : FollowUpStatus::Open;
    return resolution;
}

} // namespace Bayon
