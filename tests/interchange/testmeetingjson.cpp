#include "interchange/meetingjson.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <cmath>
#include <limits>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The interchange JSON (docs/interchange.md): lossless round trips, the bytes
// it writes, and a message naming the place at fault for every malformed input.
class TestMeetingJson : public QObject
{
    Q_OBJECT

private:
    static Person person(const QString& shortName, const QString& position, qint64 directoryId = 0)
    {
        return {directoryId, u"To‘liq ism "_s + shortName, shortName, position,
            u"Raqamli texnologiyalar vazirligi"_s};
    }

    static KpiRow row(const QString& indicator, std::optional<double> value, const QString& unit,
        KpiChange change = {})
    {
        return {indicator, value, unit, u"2025-yil I yarim yil"_s, change, QString()};
    }

    // Every field set, with text as a real protocol has it; agenda[1] has a
    // report whose first table has at least four rows, for the deep-path errors.
    static Meeting richMeeting()
    {
        Meeting meeting;
        meeting.id = 42;
        meeting.revision = 7;
        meeting.councilName
            = u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s;
        meeting.number = 3;
        meeting.date = QDate(2025, 7, 10);
        meeting.startTime = QTime(11, 0);
        meeting.place = u"Toshkent shahri, Amir Temur koʻchasi, 4-uy"_s;
        meeting.form = MeetingForm::Online;
        meeting.status = MeetingStatus::Review;
        meeting.chair = person(u"A.Ishanxodjaev"_s, u"Kengash raisi"_s, 11);
        meeting.secretary = person(u"N.Abdullayev"_s, u"Kengash kotibi"_s, 12);
        meeting.attendance = {
            {person(u"B.Karimov"_s, u"Kengash aʼzosi"_s, 13), AttendanceRole::Member,
                Presence::Present, QString()},
            {person(u"D.Yusupova"_s, u"Kengash aʼzosi"_s, 14), AttendanceRole::Member,
                Presence::Excused, u"xizmat safarida"_s},
            {person(u"S.Olimov"_s, u"Kengash aʼzosi"_s), AttendanceRole::Member, Presence::Absent,
                QString()},
            {person(u"O.Pekso"_s, u"Vazirning birinchi oʻrinbosari"_s), AttendanceRole::Invited,
                Presence::Present, QString()},
            {person(u"M.Rahimova"_s, u"Bosh mutaxassis"_s), AttendanceRole::Staff,
                Presence::Present, QString()},
        };

        AgendaItem first;
        first.title = u"Raqamli texnologiyalar vazirligi tomonidan 2025-yilning I yarim yilligida "
                      u"amalga oshirilgan ishlar va istiqbolli rejalar toʻgʻrisida"_s;
        SpeakerReport report;
        report.speaker = person(u"O.Pekso"_s, u"Vazirning birinchi oʻrinbosari"_s);
        report.lead = u"O.Pekso soʻzga chiqib, … maʼlumotlar taqdim qildi. Jumladan:"_s;
        report.body = u"## IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:\n\n- soha eng yuqori oʻsish "
                      u"surʼatiga ega boʻldi;\n- “Raqamli startaplar dasturi” doirasida …"_s;
        report.kpiTables = {
            {u"Iqtisodiy koʻrsatkichlar"_s,
                {row(u"Sohada xodimlar soni"_s, 92000, u"nafar"_s),
                    row(u"Xorijiy kapital ishtirokidagi korxonalar"_s, 1152, u"ta"_s,
                        {ChangeKind::Factor, 8.4})}},
            {u"Raqamli hukumat"_s,
                {row(u"Koʻrsatilgan xizmatlar"_s, 16.5, u"mln"_s),
                    row(u"Portal foydalanuvchilari"_s, 12, u"mln nafar"_s,
                        {ChangeKind::Factor, 1.4})}},
        };
        first.reports = {report};
        first.discussion = {{meeting.attendance.at(0).person, meeting.attendance.at(1).person},
            u"Kengash aʼzolari oʻz fikr-mulohazalarini bildirishdi."_s};

        AgendaItem second;
        second.title = u"Kengashning 2025-yil II yarim yillik ish rejasi toʻgʻrisida"_s;
        SpeakerReport plan;
        plan.speaker = meeting.secretary;
        plan.lead = u"N.Abdullayev soʻzga chiqib, ish rejasi loyihasini taqdim qildi."_s;
        plan.body = u"Loyiha «Jamoatchilik nazorati» boʻlimini oʻz ichiga oladi.\n\nIkkinchi "
                    u"xatboshi \"qoʻshtirnoq\" bilan."_s;
        KpiTable targets {u"Rejadagi koʻrsatkichlar"_s,
            {row(u"Oʻquv markazlari"_s, 609, u"ta"_s, {ChangeKind::Percent, 125}),
                row(u"Yoshlar"_s, 51000, u"nafar"_s),
                row(u"Tezlik reytingi"_s, 76, u"oʻrin"_s, {ChangeKind::Factor, 7}),
                row(u"Baholanmagan koʻrsatkich"_s, std::nullopt, QString(),
                    {ChangeKind::Percent, -2.5})}};
        targets.rows[1].note = u"joriy yilda"_s;
        plan.kpiTables = {targets};
        second.reports = {plan};
        second.discussion = {{meeting.chair}, u"Takliflar bildirildi."_s};
        meeting.agenda = {first, second};

        Resolution takeNote;
        takeNote.text = u"Raqamli texnologiyalar vazirligining maʼlumoti eʼtiborga olinsin."_s;
        takeNote.kind = ResolutionKind::TakeNote;
        takeNote.agendaItemUid = first.uid;
        Resolution instruct;
        instruct.subPoints = {u"yoshlarni IT sohasiga jalb etish ishlarini davom ettirish;"_s,
            u"natijalari yuzasidan Kengashga axborot berish."_s};
        instruct.kind = ResolutionKind::Instruct;
        instruct.addressee = u"Raqamli texnologiyalar vazirligiga"_s;
        instruct.responsible = {u"N.Abdullayev"_s, u"O.Pekso"_s};
        instruct.deadline = Deadline::on(QDate(2025, 12, 25));
        instruct.followUpStatus = FollowUpStatus::InProgress;
        instruct.statusNote = u"Axborot soʻralgan (2025-09-01)."_s;
        instruct.agendaItemUid = first.uid;
        Resolution recommend;
        recommend.text = u"Ish rejasi maʼqullansin."_s;
        recommend.kind = ResolutionKind::Recommend;
        recommend.responsible = {u"Kengash kotibi"_s};
        recommend.deadline = Deadline::nextMeeting();
        recommend.followUpStatus = FollowUpStatus::Done;
        recommend.agendaItemUid = second.uid;
        Resolution wholeMeeting;
        wholeMeeting.text = u"Keyingi yigʻilish sentyabr oyida oʻtkazilsin."_s;
        wholeMeeting.kind = ResolutionKind::Approve;
        wholeMeeting.followUpStatus = FollowUpStatus::Cancelled;
        meeting.resolutions = {takeNote, instruct, recommend, wholeMeeting};
        return meeting;
    }

    // What a meeting is after it went through the format: the database identity stays behind.
    static Meeting withoutIdentity(Meeting meeting)
    {
        meeting.id = 0;
        meeting.revision = 0;
        return meeting;
    }

    static QString randomText(QRandomGenerator& rng)
    {
        static const QStringList fragments {
            QString(),
            u"oʻzbek"_s,
            u"gʻalaba"_s,
            u"taʼlim"_s,
            u"Oʻzbekiston Respublikasi"_s,
            u"Ўзбекистон Республикаси"_s,
            u"“qoʻshtirnoq”"_s,
            u"«Raqamli hukumat»"_s,
            u"\"ichki\" qoʻshtirnoq"_s,
            u"o'zbek ` ‘ ’"_s,
            u"\\ teskari chiziq /"_s,
            u"\n"_s,
            u"\n\n- band;"_s,
            u"\t"_s,
            u" "_s,
            u"1 152"_s,
            u"😀"_s,
            u"\u0001\u001f"_s,
            QString(QChar(0)) + u"nol"_s,
            u"e\u0301"_s,
        };
        QString text;
        const int parts = int(rng.bounded(5));
        for (int i = 0; i < parts; ++i)
            text += fragments.at(rng.bounded(fragments.size()));
        return text;
    }

    static QUuid randomUuid(QRandomGenerator& rng)
    {
        QByteArray bytes(16, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
        return QUuid::fromRfc4122(bytes);
    }

    static double randomNumber(QRandomGenerator& rng)
    {
        switch (rng.bounded(4)) {
        case 0:
            return double(rng.bounded(1000000));
        case 1: // a figure as a protocol has it: 16,5 or 11,2
            return std::round(rng.generateDouble() * 100000.0) / 10.0;
        case 2: // every bit of the mantissa must survive
            return (rng.generateDouble() - 0.5) * 1e12;
        default:
            return -rng.generateDouble();
        }
    }

    template<typename E> static E randomEnum(QRandomGenerator& rng)
    {
        const QStringList keys = enumKeys<E>();
        return *enumFromKey<E>(keys.at(rng.bounded(keys.size())));
    }

    static QDate randomDate(QRandomGenerator& rng)
    {
        if (rng.bounded(4) == 0)
            return {};
        // The 31st of a short month gives the null date: worth a trip too.
        return QDate(2000 + rng.bounded(30), 1 + rng.bounded(12), 1 + rng.bounded(31));
    }

    static Person randomPerson(QRandomGenerator& rng)
    {
        const qint64 directoryId = rng.bounded(3) == 0 ? 0 : qint64(rng.generate64() >> 2);
        return {directoryId, randomText(rng), randomText(rng), randomText(rng), randomText(rng)};
    }

    template<typename T, typename Make>
    static QList<T> randomList(QRandomGenerator& rng, int most, Make make)
    {
        QList<T> items;
        const int count = int(rng.bounded(most + 1));
        for (int i = 0; i < count; ++i)
            items.append(make(rng));
        return items;
    }

    static Meeting randomMeeting(QRandomGenerator& rng)
    {
        Meeting meeting;
        meeting.councilName = randomText(rng);
        meeting.number = int(rng.bounded(200)) - 10;
        meeting.date = randomDate(rng);
        if (rng.bounded(3) != 0)
            meeting.startTime = QTime(int(rng.bounded(24)), int(rng.bounded(60)));
        meeting.place = randomText(rng);
        meeting.form = randomEnum<MeetingForm>(rng);
        meeting.status = randomEnum<MeetingStatus>(rng);
        meeting.chair = randomPerson(rng);
        meeting.secretary = randomPerson(rng);
        meeting.attendance = randomList<Attendance>(rng, 6, [](QRandomGenerator& g) {
            return Attendance {randomPerson(g), randomEnum<AttendanceRole>(g),
                randomEnum<Presence>(g), randomText(g)};
        });
        meeting.agenda = randomList<AgendaItem>(rng, 4, [](QRandomGenerator& g) {
            AgendaItem item;
            item.uid = randomUuid(g);
            item.title = randomText(g);
            item.reports = randomList<SpeakerReport>(g, 3, [](QRandomGenerator& gr) {
                SpeakerReport report;
                report.uid = randomUuid(gr);
                report.speaker = randomPerson(gr);
                report.lead = randomText(gr);
                report.body = randomText(gr);
                report.kpiTables = randomList<KpiTable>(gr, 2, [](QRandomGenerator& gt) {
                    KpiTable table;
                    table.caption = randomText(gt);
                    table.rows = randomList<KpiRow>(gt, 5, [](QRandomGenerator& gk) {
                        KpiRow kpi;
                        kpi.indicator = randomText(gk);
                        if (gk.bounded(4) != 0)
                            kpi.value = randomNumber(gk);
                        kpi.unit = randomText(gk);
                        kpi.period = randomText(gk);
                        kpi.change.kind = randomEnum<ChangeKind>(gk);
                        if (kpi.change.kind != ChangeKind::None)
                            kpi.change.amount = randomNumber(gk);
                        kpi.note = randomText(gk);
                        return kpi;
                    });
                    return table;
                });
                return report;
            });
            item.discussion.participants = randomList<Person>(g, 3, randomPerson);
            item.discussion.summary = randomText(g);
            return item;
        });
        const QList<AgendaItem> agenda = meeting.agenda;
        meeting.resolutions = randomList<Resolution>(rng, 5, [&agenda](QRandomGenerator& g) {
            Resolution resolution;
            resolution.uid = randomUuid(g);
            resolution.text = randomText(g);
            resolution.subPoints = randomList<QString>(g, 3, randomText);
            resolution.kind = randomEnum<ResolutionKind>(g);
            resolution.addressee = randomText(g);
            resolution.responsible = randomList<QString>(g, 2, randomText);
            resolution.deadline.kind = randomEnum<DeadlineKind>(g);
            if (resolution.deadline.kind == DeadlineKind::Date)
                resolution.deadline.date = randomDate(g);
            resolution.followUpStatus = randomEnum<FollowUpStatus>(g);
            resolution.statusNote = randomText(g);
            if (!agenda.isEmpty() && g.bounded(3) != 0)
                resolution.agendaItemUid = agenda.at(g.bounded(agenda.size())).uid;
            return resolution;
        });
        return meeting;
    }

    // Writes, reads back, and checks both the bytes of a second write (which
    // shows a difference legibly) and the meeting itself.
    static bool roundTrips(const Meeting& meeting)
    {
        const QByteArray json = MeetingJson::write(meeting);
        const Result<Meeting> back = MeetingJson::read(json);
        if (!back) {
            qWarning("read failed: %s", qPrintable(back.error().message));
            return false;
        }
        const QByteArray again = MeetingJson::write(*back);
        if (again != json) {
            qWarning("second write differs:\n%s\n----\n%s", json.constData(), again.constData());
            return false;
        }
        return *back == withoutIdentity(meeting);
    }

    // Each value of E, set into the rich meeting, is written under its key and read back.
    template<typename E, typename Set> static bool everyValueRoundTrips(Set set)
    {
        for (const QString& key : enumKeys<E>()) {
            Meeting meeting = richMeeting();
            set(meeting, *enumFromKey<E>(key));
            if (!MeetingJson::write(meeting).contains(u"\"%1\""_s.arg(key).toUtf8())
                || !roundTrips(meeting)) {
                qWarning("enum key %s does not round-trip", qPrintable(key));
                return false;
            }
        }
        return true;
    }

    // The written rich meeting with one value replaced (or removed, for an
    // undefined value) at a dotted path such as "meeting.agenda.1.title".
    static QByteArray changed(const QString& path, const QJsonValue& value)
    {
        const QJsonDocument document = QJsonDocument::fromJson(MeetingJson::write(richMeeting()));
        const QJsonValue root = setAt(document.object(), path.split(u'.'), value);
        return QJsonDocument(root.toObject()).toJson();
    }

    static QJsonValue setAt(const QJsonValue& node, QStringList steps, const QJsonValue& value)
    {
        const QString step = steps.takeFirst();
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            const int index = step.toInt();
            array[index] = steps.isEmpty() ? value : setAt(array.at(index), steps, value);
            return array;
        }
        QJsonObject object = node.toObject();
        if (steps.isEmpty() && value.isUndefined())
            object.remove(step);
        else
            object[step] = steps.isEmpty() ? value : setAt(object.value(step), steps, value);
        return object;
    }

    static QByteArray dataFile(const QString& name)
    {
        QFile file(QStringLiteral(BAYON_TEST_DATA_DIR "/json/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open test data %s", qPrintable(file.fileName()));
        return file.readAll();
    }

private Q_SLOTS:
    void richMeetingRoundTrips() { QVERIFY(roundTrips(richMeeting())); }

    void idAndRevisionAreNotPartOfTheFormat()
    {
        const Meeting meeting = richMeeting();
        const QByteArray json = MeetingJson::write(meeting);
        QVERIFY(!json.contains("\"revision\""));
        const Result<Meeting> back = MeetingJson::read(json);
        QVERIFY(back);
        QCOMPARE(back->id, qint64(0));
        QCOMPARE(back->revision, 0);
        // The ids of the parts are part of it.
        QCOMPARE(back->agenda.at(1).uid, meeting.agenda.at(1).uid);
        QCOMPARE(back->resolutions.at(2).agendaItemUid, meeting.agenda.at(1).uid);
    }

    void everyEnumValueRoundTrips()
    {
        QVERIFY(everyValueRoundTrips<MeetingForm>([](Meeting& m, auto v) { m.form = v; }));
        QVERIFY(everyValueRoundTrips<MeetingStatus>([](Meeting& m, auto v) { m.status = v; }));
        QVERIFY(everyValueRoundTrips<AttendanceRole>(
            [](Meeting& m, auto v) { m.attendance[0].role = v; }));
        QVERIFY(everyValueRoundTrips<Presence>(
            [](Meeting& m, auto v) { m.attendance[0].presence = v; }));
        QVERIFY(everyValueRoundTrips<ResolutionKind>(
            [](Meeting& m, auto v) { m.resolutions[0].kind = v; }));
        QVERIFY(everyValueRoundTrips<FollowUpStatus>(
            [](Meeting& m, auto v) { m.resolutions[0].followUpStatus = v; }));
        QVERIFY(everyValueRoundTrips<ChangeKind>([](Meeting& m, auto v) {
            m.agenda[0].reports[0].kpiTables[0].rows[0].change.kind = v;
        }));
        QVERIFY(everyValueRoundTrips<DeadlineKind>(
            [](Meeting& m, auto v) { m.resolutions[0].deadline.kind = v; }));
    }

    void generatedMeetingsRoundTrip()
    {
        QRandomGenerator rng(20250710);
        for (int i = 0; i < 50; ++i) {
            const Meeting meeting = randomMeeting(rng);
            QVERIFY2(roundTrips(meeting), qPrintable(u"generated meeting %1"_s.arg(i)));
        }
    }

    void emptyMeetingRoundTrips()
    {
        Meeting meeting;
        meeting.startTime = QTime();
        QVERIFY(roundTrips(meeting));
        const QByteArray json = MeetingJson::write(meeting);
        QVERIFY(json.contains("\"date\": \"\""));
        QVERIFY(json.contains("\"startTime\": \"\""));
    }

    void writeIsDeterministic()
    {
        const Meeting meeting = richMeeting();
        QCOMPARE(MeetingJson::write(meeting), MeetingJson::write(meeting));
        QRandomGenerator rng(7);
        const Meeting generated = randomMeeting(rng);
        QCOMPARE(MeetingJson::write(generated), MeetingJson::write(Meeting(generated)));
    }

    void writtenBytes()
    {
        const Meeting meeting = richMeeting();
        const QByteArray json = MeetingJson::write(meeting);
        QVERIFY(json.startsWith("{\n    \"format\": \"bayon-meeting\",\n    \"meeting\": {\n"));
        QVERIFY(json.endsWith("    \"version\": 1\n}\n"));
        // Figures as the protocol has them, no float noise; a missing one is null.
        QVERIFY(json.contains("\"value\": 16.5\n"));
        QVERIFY(json.contains("\"amount\": 1.4,"));
        QVERIFY(json.contains("\"amount\": -2.5,"));
        QVERIFY(json.contains("\"value\": 92000\n"));
        QVERIFY(json.contains("\"value\": null\n"));
        QVERIFY(json.contains("\"date\": \"2025-07-10\","));
        QVERIFY(json.contains("\"startTime\": \"11:00\","));
        QVERIFY(json.contains("\"date\": \"2025-12-25\""));
        QVERIFY(json.contains("\"directoryId\": 11,"));
        const QByteArray firstId = meeting.agenda.at(0).uid.toByteArray(QUuid::WithBraces);
        QVERIFY(json.contains(QByteArray("\"id\": \"" + firstId + "\",")));
        QVERIFY(json.contains("\"agendaItem\": \"\",\n"));
        // UTF-8 as it is, not \u escapes: the file stays legible.
        QVERIFY(json.contains(u"\"Oʻquv markazlari\""_s.toUtf8()));
        QVERIFY(!json.contains("\\u02bb"));

        // The documented order: every object's keys sorted.
        const QRegularExpression meetingKey(
            u"^        \"(\\w+)\":"_s, QRegularExpression::MultilineOption);
        QStringList keys;
        for (const QRegularExpressionMatch& match : meetingKey.globalMatch(QString::fromUtf8(json)))
            keys.append(match.captured(1));
        QCOMPARE(keys,
            QStringList({u"agenda"_s, u"attendance"_s, u"chair"_s, u"councilName"_s, u"date"_s,
                u"form"_s, u"number"_s, u"place"_s, u"resolutions"_s, u"secretary"_s,
                u"startTime"_s, u"status"_s}));
    }

    void readsAHandWrittenFile()
    {
        const Result<Meeting> read = MeetingJson::read(dataFile(u"minimal.json"_s));
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        const Meeting& meeting = *read;
        // Text exactly as stored: the importer, not the format, normalises.
        QCOMPARE(meeting.councilName, u"O'zbekiston Jamoatchilik kengashi"_s);
        QCOMPARE(meeting.place, u"Toshkent shahri, Cafe\u0301"_s);
        QCOMPARE(meeting.agenda.at(0).reports.at(0).lead,
            u"O.Pekso so‘zga chiqib, ma’lumotlar taqdim qildi. Jumladan:"_s);
        QCOMPARE(meeting.form, MeetingForm::WrittenPoll);
        QVERIFY(meeting.date.isNull());
        QVERIFY(meeting.startTime.isNull());
        QCOMPARE(meeting.chair.directoryId, qint64(0));
        QCOMPARE(meeting.chair.shortName, u"A.Ishanxodjaev"_s);
        // Ids left out or empty are made, one per part.
        const QUuid item = meeting.agenda.at(0).uid;
        const QUuid report = meeting.agenda.at(0).reports.at(0).uid;
        const QUuid resolution = meeting.resolutions.at(0).uid;
        QVERIFY(!item.isNull());
        QVERIFY(!report.isNull());
        QVERIFY(!resolution.isNull());
        QVERIFY(item != report && report != resolution && item != resolution);
        QVERIFY(meeting.resolutions.at(0).agendaItemUid.isNull());
        QCOMPARE(meeting.resolutions.at(0).deadline, Deadline::none());
    }

    void acceptsAByteOrderMark()
    {
        // Windows editors put one at the start of a UTF-8 file.
        const Result<Meeting> read
            = MeetingJson::read("\xEF\xBB\xBF" + dataFile(u"minimal.json"_s));
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->chair.shortName, u"A.Ishanxodjaev"_s);
    }

    void refusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray written = MeetingJson::write(richMeeting());

        QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
        QTest::newRow("blank") << QByteArray(" \n\t\n") << u"The file is empty."_s;
        QTest::newRow("not json") << dataFile(u"syntax-error.json"_s)
                                  << u"Not valid JSON at line 4, column 5: "_s;
        QTest::newRow("column counts characters")
            << u"{\"format\": \"oʻʼ\", x}"_s.toUtf8() << u"Not valid JSON at line 1, column 19: "_s;
        QTest::newRow("garbage after") << QByteArray(written + "}") << u"Not valid JSON at line "_s;
        QTest::newRow("plain text") << QByteArray("Yig‘ilish bayoni") << u"line 1, column 1"_s;
        QTest::newRow("truncated half") << written.left(written.size() / 2) << u"truncated"_s;
        QTest::newRow("truncated end") << written.left(written.size() - 3) << u"truncated"_s;
        QTest::newRow("truncated in a literal")
            << written.left(written.indexOf("null") + 2) << u"truncated"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QTest::newRow("wrong format")
            << changed(u"format"_s, u"bayon-protocol"_s)
            << u"format: expected \"bayon-meeting\" (a Bayon meeting), found \"bayon-protocol\""_s;
        QTest::newRow("no format")
            << changed(u"format"_s, QJsonValue::Undefined)
            << u"format: required field is missing: this is not a Bayon meeting"_s;
        QTest::newRow("version 2") << changed(u"version"_s,
            2) << u"version: this file has version 2 of the format; this Bayon reads version 1"_s;
        QTest::newRow("version missing") << changed(u"version"_s, QJsonValue::Undefined)
                                         << u"version: required field is missing"_s;
        QTest::newRow("version as text")
            << changed(u"version"_s, u"1"_s) << u"version: expected a whole number"_s;
        QTest::newRow("unknown key at the top") << changed(u"comment"_s,
            u"x"_s) << u"comment: unknown field; the fields here are: format, version, meeting"_s;
        QTest::newRow("unknown key")
            << changed(u"meeting.agenda.0.titel"_s, u"x"_s)
            << u"meeting.agenda[0].titel: unknown field; the fields here are: id, title, "
               u"reports, discussion, vote"_s;
        QTest::newRow("missing key")
            << changed(u"meeting.agenda.1.discussion.summary"_s, QJsonValue::Undefined)
            << u"meeting.agenda[1].discussion.summary: required field is missing"_s;
        QTest::newRow("deep wrong type")
            << changed(u"meeting.agenda.1.reports.0.kpiTables.0.rows.3.value"_s, u"16,5"_s)
            << u"meeting.agenda[1].reports[0].kpiTables[0].rows[3].value: expected a number or "
               u"null, found a string"_s;
        QTest::newRow("amount not a number")
            << changed(u"meeting.agenda.0.reports.0.kpiTables.1.rows.1.change.amount"_s, u"1,4"_s)
            << u"meeting.agenda[0].reports[0].kpiTables[1].rows[1].change.amount: expected a "
               u"number, found a string"_s;
        QTest::newRow("number with a fraction")
            << changed(u"meeting.number"_s, 3.5)
            << u"meeting.number: expected a whole number from -2147483648 to 2147483647, found 3.5"_s;
        QTest::newRow("negative directory id") << changed(u"meeting.chair.directoryId"_s,
            -1) << u"meeting.chair.directoryId: expected a whole number from 0 to "_s;
        QTest::newRow("string list element") << changed(u"meeting.resolutions.1.subPoints.1"_s,
            5) << u"meeting.resolutions[1].subPoints[1]: expected a string, found a number"_s;
        QTest::newRow("array expected") << changed(u"meeting.attendance"_s,
            QJsonObject()) << u"meeting.attendance: expected an array, found an object"_s;
        QTest::newRow("object expected") << changed(u"meeting.chair"_s, QJsonArray())
                                         << u"meeting.chair: expected an object, found an array"_s;
        QTest::newRow("element not an object") << changed(u"meeting.agenda.1"_s,
            u"II. masala"_s) << u"meeting.agenda[1]: expected an object, found a string"_s;
        QTest::newRow("null text") << changed(u"meeting.place"_s, QJsonValue::Null)
                                   << u"meeting.place: expected a string, found null"_s;
        QTest::newRow("bad enum")
            << changed(u"meeting.form"_s, u"hybrid"_s)
            << u"meeting.form: \"hybrid\" is not one of: in-person, online, written-poll"_s;
        QTest::newRow("bad enum deep")
            << changed(u"meeting.resolutions.2.followUp.status"_s, u"finished"_s)
            << u"meeting.resolutions[2].followUp.status: \"finished\" is not one of: open, "
               u"in-progress, done, cancelled"_s;
        QTest::newRow("enum key is case sensitive")
            << changed(u"meeting.attendance.0.role"_s, u"Member"_s)
            << u"meeting.attendance[0].role: \"Member\" is not one of: member, invited, staff"_s;
        QTest::newRow("bad date")
            << changed(u"meeting.date"_s, u"2025-02-30"_s)
            << u"meeting.date: expected a date as YYYY-MM-DD or \"\", found \"2025-02-30\""_s;
        QTest::newRow("date not ISO")
            << changed(u"meeting.resolutions.1.deadline.date"_s, u"25.12.2025"_s)
            << u"meeting.resolutions[1].deadline.date: expected a date as YYYY-MM-DD or \"\", "
               u"found \"25.12.2025\""_s;
        QTest::newRow("bad time") << changed(u"meeting.startTime"_s, u"25:00"_s)
                                  << u"meeting.startTime: expected a time as HH:mm"_s;
        QTest::newRow("time with seconds") << changed(u"meeting.startTime"_s, u"11:00:00"_s)
                                           << u"meeting.startTime: expected a time as HH:mm"_s;
        QTest::newRow("bad uuid") << changed(u"meeting.agenda.0.id"_s, u"not-a-uuid"_s)
                                  << u"meeting.agenda[0].id: expected an id such as {"_s;
        QTest::newRow("uuid without braces")
            << changed(
                   u"meeting.resolutions.0.agendaItem"_s, u"0b7e2c56-1d7f-4c1e-9a53-6c1f0e4f8a10"_s)
            << u"meeting.resolutions[0].agendaItem: expected an id such as {"_s;
    }

    void refusesMalformedInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<Meeting> read = MeetingJson::read(json);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Invalid);
        QVERIFY2(read.error().message.startsWith(message)
                || (!message.contains(u':') && read.error().message.contains(message)),
            qPrintable(read.error().message));
    }

    void sampleMeetingRoundTrips()
    {
        QFile file(QStringLiteral(BAYON_SOURCE_DIR "/resources/sample/sample-meeting.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray json = file.readAll();
        const Result<Meeting> sample = MeetingJson::read(json);
        QVERIFY2(sample, sample ? "" : qPrintable(sample.error().message));
        QVERIFY(sample->agenda.size() >= 2);
        QVERIFY(roundTrips(*sample));
        // Every id the file gives is kept.
        const QJsonObject firstItem = QJsonDocument::fromJson(json)
                                          .object()
                                          .value(u"meeting"_s)
                                          .toObject()
                                          .value(u"agenda"_s)
                                          .toArray()
                                          .at(0)
                                          .toObject();
        if (firstItem.contains(u"id"_s))
            QCOMPARE(
                sample->agenda.at(0).uid, QUuid::fromString(firstItem.value(u"id"_s).toString()));
    }
};

QTEST_GUILESS_MAIN(TestMeetingJson)
#include "testmeetingjson.moc"
