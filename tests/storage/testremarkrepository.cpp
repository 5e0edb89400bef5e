#include "domain/remark.h"
#include "interchange/meetingimporter.h"
#include "interchange/remarksjson.h"
#include "rawsqlite.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/remarkrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

// The members' remarks in the secretary's database: imported all or nothing,
// once, from several members; refused when foreign or malformed; listed
// beside the parts they concern as those parts are now; marked.
class TestRemarkRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QDateTime m_now = QDateTime(QDate(2025, 7, 14), QTime(9, 0), Qt::UTC);

    struct Secretary
    {
        std::unique_ptr<Database> db;
        QString path;
        Meeting meeting; // the sample, in review, as stored
    };

    Secretary secretary()
    {
        Secretary s;
        s.path = m_dir.filePath(u"remarks-%1.sqlite"_s.arg(++m_files));
        auto opened = Database::open(s.path);
        if (!opened)
            qFatal("open: %s", qPrintable(opened.error().message));
        s.db = std::move(opened).value();
        s.db->setUserName(u"Nodir Abdullayev"_s);
        s.db->setClock([this] { return m_now; });
        Meeting meeting = *MeetingImporter::sample();
        meeting.status = MeetingStatus::Review;
        const Result<Meeting> saved = s.db->meetings().save(meeting);
        if (!saved)
            qFatal("save: %s", qPrintable(saved.error().message));
        s.meeting = *s.db->meetings().load(saved->id);
        return s;
    }

    static Remark remarkOn(
        const Meeting& meeting, const QString& part, const QString& text, const QString& reviewer)
    {
        const Result<Remark> remark = Remark::create(meeting, *RemarkPart::parse(part), text,
            reviewer, QDateTime(QDate(2025, 7, 11), QTime(21, 5), Qt::UTC));
        if (!remark)
            qFatal("remark: %s", qPrintable(remark.error().message));
        return *remark;
    }

    static QByteArray remarksFile(
        const QUuid& source, const QString& reviewer, QList<Remark> remarks)
    {
        RemarksFile file;
        file.reviewCopyId = QUuid::createUuid();
        file.sourceDatabaseId = source;
        file.reviewer = reviewer;
        file.exportedAt = QDateTime(QDate(2025, 7, 12), QTime(8, 0), Qt::UTC);
        file.remarks = std::move(remarks);
        return RemarksJson::write(file);
    }

    // The import of file, which must succeed (a warning says why when not).
    static RemarkImport imported(Database& db, const QByteArray& file)
    {
        const Result<RemarkImport> result = db.remarks().import(file);
        if (!result) {
            qWarning().noquote() << result.error().message;
            return {-1, -1, {}, {}};
        }
        return *result;
    }

    static QList<ImportedRemark> listed(Database& db, qint64 meetingId)
    {
        const Result<QList<ImportedRemark>> result = db.remarks().list(meetingId);
        if (!result)
            qWarning().noquote() << result.error().message;
        return result ? *result : QList<ImportedRemark> {};
    }

    static int rows(const QString& path)
    {
        RawSqlite raw(path);
        return raw.scalar(u"SELECT count(*) FROM remarks"_s).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importedRemarksAreListedBesideTheirParts()
    {
        Secretary s = secretary();
        QVERIFY(!s.db->databaseId().isNull());
        const Remark onReport
            = remarkOn(s.meeting, u"report 2.1"_s, u"Manba koʻrsatilsin."_s, u"Aziz Karimov"_s);
        const Remark onResolution
            = remarkOn(s.meeting, u"resolution 3"_s, u"Muddat?"_s, u"Aziz Karimov"_s);
        const Result<RemarkImport> imported = s.db->remarks().import(
            remarksFile(s.db->databaseId(), u"Aziz Karimov"_s, {onReport, onResolution}));
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->added, 2);
        QCOMPARE(imported->alreadyThere, 0);
        QCOMPARE(imported->meetingIds, QList<qint64> {s.meeting.id});
        QCOMPARE(imported->reviewer, u"Aziz Karimov"_s);

        const Result<QList<ImportedRemark>> listed = s.db->remarks().list(s.meeting.id);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        const ImportedRemark& first = listed->at(0);
        QCOMPARE(first.remark, onReport);
        QCOMPARE(first.importedAt, m_now);
        QVERIFY(!first.reviewCopyId.isNull());
        QCOMPARE(first.location.placement, RemarkLocation::Placement::Unchanged);
        QCOMPARE(first.location.current.name(), u"report 2.1"_s);
        QCOMPARE(listed->at(1).remark.part.name(), u"resolution 3"_s);
        QCOMPARE(listed->at(1).remark.part.uid, s.meeting.resolutions.at(2).uid);

        // What is in the file, column by column.
        RawSqlite raw(s.path);
        QCOMPARE(
            raw.scalar(
                   u"SELECT part_kind || ' ' || part_position || ' ' || state || ' ' || reviewer "
                   "FROM remarks ORDER BY id LIMIT 1"_s)
                .toString(),
            u"report 2.1 open Aziz Karimov"_s);
    }

    void importingTheSameFileTwiceAddsNothing()
    {
        Secretary s = secretary();
        const QByteArray file = remarksFile(s.db->databaseId(), u"Aziz Karimov"_s,
            {remarkOn(s.meeting, u"agenda 1"_s, u"Bir."_s, u"Aziz Karimov"_s),
                remarkOn(s.meeting, u"meeting"_s, u"Ikki."_s, u"Aziz Karimov"_s)});
        QCOMPARE(imported(*s.db, file).added, 2);
        const QList<ImportedRemark> first = listed(*s.db, s.meeting.id);
        QCOMPARE(first.size(), 2);
        const QUuid uid = first.at(0).remark.uid;
        QVERIFY(s.db->remarks().setState(uid, RemarkState::Accepted));

        const Result<RemarkImport> again = s.db->remarks().import(file);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->alreadyThere, 2);
        QCOMPARE(rows(s.path), 2);
        // The secretary's mark stays.
        QCOMPARE(listed(*s.db, s.meeting.id).value(0).remark.state, RemarkState::Accepted);
    }

    void remarksFromSeveralMembersMerge()
    {
        Secretary s = secretary();
        const Remark aziz = remarkOn(s.meeting, u"report 2.1"_s, u"Aziz."_s, u"Aziz Karimov"_s);
        const Remark dilnoza
            = remarkOn(s.meeting, u"report 2.1"_s, u"Dilnoza."_s, u"Dilnoza Yusupova"_s);
        const Remark dilnozaOnKpi
            = remarkOn(s.meeting, u"kpi 1.1.3"_s, u"Eski raqam."_s, u"Dilnoza Yusupova"_s);
        QCOMPARE(
            imported(*s.db, remarksFile(s.db->databaseId(), u"Aziz Karimov"_s, {aziz})).added, 1);
        const Result<RemarkImport> second = s.db->remarks().import(
            remarksFile(s.db->databaseId(), u"Dilnoza Yusupova"_s, {dilnoza, dilnozaOnKpi}));
        QVERIFY(second);
        QCOMPARE(second->added, 2);
        const QList<ImportedRemark> all = listed(*s.db, s.meeting.id);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).remark.reviewer, u"Aziz Karimov"_s);
        QCOMPARE(all.at(1).remark.reviewer, u"Dilnoza Yusupova"_s);
        QCOMPARE(all.at(2).remark.part.name(), u"kpi 1.1.3"_s);
        QVERIFY(all.at(0).reviewCopyId != all.at(1).reviewCopyId);
    }

    void aFileFromAnotherDatabaseIsRefusedAndNothingImported()
    {
        Secretary s = secretary();
        Secretary other = secretary();
        QVERIFY(s.db->databaseId() != other.db->databaseId());
        const QByteArray foreign = remarksFile(other.db->databaseId(), u"Aziz Karimov"_s,
            {remarkOn(s.meeting, u"agenda 1"_s, u"Bir."_s, u"Aziz Karimov"_s)});
        const Result<RemarkImport> imported = s.db->remarks().import(foreign);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, Error::Code::Refused);
        QVERIFY2(imported.error().message.contains(u"made from another database"_s),
            qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(u"nothing was imported"_s),
            qPrintable(imported.error().message));
        QCOMPARE(rows(s.path), 0);
    }

    // One remark on a meeting this database does not have: none is imported.
    void aFileWithAnUnknownMeetingImportsNothing()
    {
        Secretary s = secretary();
        Meeting elsewhere = s.meeting;
        elsewhere.id = s.meeting.id + 40;
        const QByteArray file = remarksFile(s.db->databaseId(), u"Aziz Karimov"_s,
            {remarkOn(s.meeting, u"agenda 1"_s, u"Bir."_s, u"Aziz Karimov"_s),
                remarkOn(elsewhere, u"agenda 2"_s, u"Ikki."_s, u"Aziz Karimov"_s)});
        const Result<RemarkImport> imported = s.db->remarks().import(file);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, Error::Code::NotFound);
        QVERIFY2(imported.error().message.contains(
                     u"meeting %1 (№ %2 of %3), which is not in this database"_s.arg(elsewhere.id)
                         .arg(elsewhere.number)
                         .arg(elsewhere.date.toString(Qt::ISODate))),
            qPrintable(imported.error().message));
        QCOMPARE(rows(s.path), 0);
    }

    void aMalformedFileIsRefusedWithItsCause()
    {
        Secretary s = secretary();
        QByteArray file = remarksFile(s.db->databaseId(), u"Aziz Karimov"_s,
            {remarkOn(s.meeting, u"agenda 1"_s, u"Bir."_s, u"Aziz Karimov"_s)});
        file.replace("\"agenda 1\"", "\"agenda one\"");
        const Result<RemarkImport> imported = s.db->remarks().import(file);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, Error::Code::Invalid);
        QVERIFY2(imported.error().message.contains(u"remarks[0].part.name: \"agenda one\""_s),
            qPrintable(imported.error().message));
        QCOMPARE(s.db->remarks().import("not json").error().code, Error::Code::Invalid);
        QCOMPARE(rows(s.path), 0);
    }

    // The secretary edited the protocol after the member read it.
    void aRemarkOnAPartMovedOrChangedSinceIsMarked()
    {
        Secretary s = secretary();
        const Remark onResolution
            = remarkOn(s.meeting, u"resolution 5"_s, u"Besh."_s, u"Aziz Karimov"_s);
        const Remark onReport = remarkOn(s.meeting, u"report 2.2"_s, u"Ikki."_s, u"Aziz Karimov"_s);
        const Remark onGone = remarkOn(s.meeting, u"resolution 1"_s, u"Bir."_s, u"Aziz Karimov"_s);
        QVERIFY(s.db->remarks().import(
            remarksFile(s.db->databaseId(), u"Aziz Karimov"_s, {onResolution, onReport, onGone})));

        Meeting edited = s.meeting;
        edited.resolutions.removeAt(0); // resolution 1 gone; 5 is now 4
        edited.agenda[1].reports[1].lead += u" Qoʻshimcha."_s; // report 2.2 changed
        QVERIFY(s.db->meetings().save(edited));

        const QList<ImportedRemark> all = listed(*s.db, s.meeting.id);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).location.placement, RemarkLocation::Placement::Moved);
        QCOMPARE(all.at(0).location.current.name(), u"resolution 4"_s);
        QCOMPARE(all.at(1).location.placement, RemarkLocation::Placement::Changed);
        QCOMPARE(all.at(2).location.placement, RemarkLocation::Placement::Gone);
        QCOMPARE(all.at(2).location.current.name(), u"resolution 1"_s);
    }

    void aRemarkIsMarked()
    {
        Secretary s = secretary();
        const Remark remark = remarkOn(s.meeting, u"agenda 2"_s, u"Ikki."_s, u"Aziz Karimov"_s);
        QVERIFY(
            s.db->remarks().import(remarksFile(s.db->databaseId(), u"Aziz Karimov"_s, {remark})));
        for (const RemarkState state :
            {RemarkState::Rejected, RemarkState::Noted, RemarkState::Accepted}) {
            QVERIFY(s.db->remarks().setState(remark.uid, state));
            QCOMPARE(listed(*s.db, s.meeting.id).value(0).remark.state, state);
        }
        RawSqlite raw(s.path);
        QCOMPARE(
            raw.scalar(
                   u"SELECT state || ' ' || state_changed_by || ' ' || state_changed_at FROM remarks"_s)
                .toString(),
            u"accepted Nodir Abdullayev 2025-07-14T09:00:00.000Z"_s);
        const Status unknown = s.db->remarks().setState(QUuid::createUuid(), RemarkState::Noted);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QCOMPARE(s.db->remarks().list(s.meeting.id + 40).error().code, Error::Code::NotFound);
    }

    void aDatabaseOpenedReadOnlyImportsNothing()
    {
        Secretary s = secretary();
        const QByteArray file = remarksFile(s.db->databaseId(), u"Aziz Karimov"_s,
            {remarkOn(s.meeting, u"agenda 1"_s, u"Bir."_s, u"Aziz Karimov"_s)});
        const qint64 id = s.meeting.id;
        const QString path = s.path;
        s.db.reset();
        auto readOnly = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(readOnly);
        const Result<RemarkImport> imported = (*readOnly)->remarks().import(file);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, Error::Code::Refused);
        QVERIFY(listed(**readOnly, id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemarkRepository)
#include "testremarkrepository.moc"
