#include "interchange/controlcode.h"
#include "interchange/meetingimporter.h"
#include "interchange/meetingjson.h"
#include "testconfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The control code printed on a final protocol: what its canonical form holds
// and leaves out, that it survives export and import and any follow-up, and
// that one changed character changes it.
class TestControlCode : public QObject
{
    Q_OBJECT

private:
    static Meeting sample() { return MeetingImporter::sample().value(); }

private Q_SLOTS:
    void theCanonicalFormIsSpecified()
    {
        Meeting meeting;
        meeting.id = 9;
        meeting.revision = 4;
        meeting.councilName = u"Kengash \"Ishonch\"\n"_s;
        meeting.number = 1;
        meeting.date = QDate(2025, 1, 2);
        meeting.status = MeetingStatus::Signed;
        meeting.chair = {77, u"Rais"_s, u"R."_s, {}, {}};
        AgendaItem item;
        item.title = u"Oʻzbekiston"_s;
        SpeakerReport report;
        report.kpiTables = {{u"T"_s, {{u"x"_s, 16.5, u"%"_s, {}, {ChangeKind::Factor, 1.4}, {}}}}};
        item.reports = {report};
        meeting.agenda = {item};
        Resolution resolution;
        resolution.text = u"R"_s;
        resolution.agendaItemUid = item.uid;
        resolution.followUpStatus = FollowUpStatus::Done;
        resolution.statusNote = u"bajarildi"_s;
        meeting.resolutions = {resolution};
        meeting.attachments = {Attachment::fromData(u"a.pdf"_s, u"application/pdf"_s, "%PDF")};

        // The expected bytes stand in a file: exactly what is hashed, no newline at the end.
        QFile file(QStringLiteral(BAYON_TEST_DATA_DIR "/controlcode/canonical-small.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = file.readAll();
        QCOMPARE(ControlCode::canonicalContent(meeting), expected);
        QCOMPARE(ControlCode::hash(meeting),
            QString::fromLatin1(
                QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    }

    void theCodeIsTheHashGrouped()
    {
        const QString hash = ControlCode::hash(sample());
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(hash).hasMatch());
        const QString code = ControlCode::of(sample());
        QCOMPARE(code,
            hash.first(4).toUpper() + u'-' + hash.mid(4, 4).toUpper() + u'-'
                + hash.mid(8, 4).toUpper() + u'-' + hash.mid(12, 4).toUpper());
        QCOMPARE(ControlCode::fromHash(u"3f2a91c07b4ed215ffff"_s), u"3F2A-91C0-7B4E-D215"_s);
        QCOMPARE(ControlCode::parse(u" 3f2a 91c0-7b4e d215 "_s),
            std::optional(u"3F2A-91C0-7B4E-D215"_s));
        QCOMPARE(ControlCode::parse(u"3F2A-91C0-7B4E-D21"_s), std::nullopt);
        QCOMPARE(ControlCode::parse(u"3F2A-91C0-7B4E-D21G"_s), std::nullopt);
        QVERIFY(ControlCode::matches(hash, code.toLower()));
        QVERIFY(!ControlCode::matches(hash, u"0000-0000-0000-0000"_s));
    }

    void stableAcrossExportAndImport()
    {
        const Meeting original = sample();
        const QString hash = ControlCode::hash(original);
        QCOMPARE(ControlCode::hash(original), hash);
        const auto reread = MeetingJson::read(MeetingJson::write(original));
        QVERIFY(reread);
        QCOMPARE(ControlCode::hash(*reread), hash);
        const auto imported = MeetingImporter::fromJson(MeetingJson::write(original));
        QVERIFY(imported);
        QCOMPARE(ControlCode::hash(*imported), hash);

        // A copy whose parts have other ids (a file made elsewhere), other
        // directory links, another status and revision, is the same protocol.
        QString json = QString::fromUtf8(MeetingJson::write(original));
        static const QRegularExpression uuid(u"\\{[0-9a-f-]{36}\\}"_s);
        QStringList seen;
        for (auto it = uuid.globalMatch(json); it.hasNext();) {
            const QString found = it.next().captured();
            if (!seen.contains(found))
                seen.append(found);
        }
        QVERIFY(seen.size() > 5);
        for (const QString& old : std::as_const(seen))
            json.replace(old, QUuid::createUuid().toString());
        const auto fresh = MeetingJson::read(json.toUtf8());
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().message));
        QVERIFY(fresh->agenda.first().uid != original.agenda.first().uid);
        QCOMPARE(ControlCode::hash(*fresh), hash);
        Meeting moved = original;
        moved.id = 99;
        moved.revision = 12;
        moved.status = MeetingStatus::Signed;
        moved.chair.directoryId = 5;
        QCOMPARE(ControlCode::hash(moved), hash);
    }

    void unchangedByFollowUpAndAttachments()
    {
        const Meeting original = sample();
        Meeting followed = original;
        followed.resolutions[4].followUpStatus = FollowUpStatus::Done;
        followed.resolutions[4].statusNote = u"bajarildi"_s;
        followed.resolutions[4].followUpHistory.append({QDate(2025, 8, 1), FollowUpStatus::Done,
            u"bajarildi"_s, u"Kotib"_s, QDateTime::currentDateTimeUtc()});
        followed.attachments.append(
            Attachment::fromData(u"scan.pdf"_s, u"application/pdf"_s, "%PDF-1.4"));
        QCOMPARE(ControlCode::hash(followed), ControlCode::hash(original));
    }

    void changedByOneCharacter_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("council") << 0;
        QTest::newRow("agenda title") << 1;
        QTest::newRow("report body") << 2;
        QTest::newRow("kpi value") << 3;
        QTest::newRow("resolution text") << 4;
        QTest::newRow("responsible") << 5;
        QTest::newRow("attendance") << 6;
        QTest::newRow("agenda item of a resolution") << 7;
        QTest::newRow("deadline") << 8;
    }

    void changedByOneCharacter()
    {
        QFETCH(int, field);
        const Meeting original = sample();
        Meeting changed = original;
        switch (field) {
        case 0:
            changed.councilName.replace(0, 1, u'r');
            break;
        case 1:
            changed.agenda[0].title.append(u'.');
            break;
        case 2:
            changed.agenda[0].reports[0].body.replace(u"ʻ"_s, u"‘"_s);
            break;
        case 3: {
            KpiRow& row = changed.agenda[0].reports[0].kpiTables[0].rows[0];
            row.value = row.value.value_or(0) + 0.1;
            break;
        }
        case 4:
            changed.resolutions[1].text.chop(1);
            break;
        case 5:
            changed.resolutions[4].responsible[0].append(u' ');
            break;
        case 6:
            changed.attendance[1].presence = Presence::Absent;
            break;
        case 7:
            changed.resolutions[0].agendaItemUid = {};
            break;
        case 8:
            changed.resolutions[2].deadline = Deadline::on(QDate(2025, 9, 1));
            break;
        }
        QVERIFY(changed != original);
        QVERIFY(ControlCode::hash(changed) != ControlCode::hash(original));
        QVERIFY(ControlCode::of(changed) != ControlCode::of(original));
    }

    void textsAreComparedInNfc()
    {
        Meeting composed = sample();
        composed.place = u"Caf\u00e9"_s;
        Meeting decomposed = composed;
        decomposed.place = u"Cafe\u0301"_s;
        QVERIFY(composed != decomposed);
        QCOMPARE(ControlCode::hash(decomposed), ControlCode::hash(composed));
    }

    void theCodeIsFoundInAPdfsSubject()
    {
        const QString subject = ControlCode::pdfSubject(u"3F2A-91C0-7B4E-D215"_s, 12);
        QCOMPARE(subject, u"Nazorat kodi 3F2A-91C0-7B4E-D215, tahrir 12"_s);
        QByteArray utf16 = "FEFF";
        for (const QChar c : subject)
            utf16 += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
        const QByteArray pdf
            = "%PDF-1.4\n1 0 obj\n<< /Title (x) >>\nendobj\n"
              "5 0 obj\n<< /Subject (Nazorat kodi 0000-0000-0000-0000, tahrir 1) >>\nendobj\n"
              "5 0 obj\n<< /Title <FEFF0041> /Subject <"
            + utf16 + "> >>\nendobj\n%%EOF\n";
        // The later Info (an incremental update) wins.
        QCOMPARE(ControlCode::findInPdf(pdf), std::optional(u"3F2A-91C0-7B4E-D215"_s));
        QCOMPARE(ControlCode::findInPdf("%PDF-1.4\n<< /Subject (Boshqa) >>\n%%EOF"), std::nullopt);
        QCOMPARE(ControlCode::findInPdf(QByteArray()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestControlCode)
#include "testcontrolcode.moc"
