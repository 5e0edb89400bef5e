#include "rawsqlite.h"
#include "richmeeting.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/meetingrowstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

// The meeting's own columns of its row in `meetings`: one class reads and
// writes them, and every column of the table is either its or a known one of
// the lifecycle.
class TestMeetingRowStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyColumnOfTheRowHasOneOwner()
    {
        const QString path = m_dir.filePath(u"columns.sqlite"_s);
        QVERIFY(Database::open(path));
        RawSqlite raw(path);
        QVERIFY(raw.isOpen());
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(u"SELECT name FROM pragma_table_info('meetings') ORDER BY cid"_s));
        QStringList rest;
        while (query.next())
            rest.append(query.value(0).toString());
        const QStringList owned = MeetingRowStore::columns();
        for (const QString& column : owned)
            QVERIFY2(rest.removeOne(column), qPrintable(u"no column "_s + column));
        // The key, the lifecycle's (a status change writes them with its audit
        // line) and the bookkeeping: a new column of the meeting's content
        // belongs to MeetingRowStore.
        rest.sort();
        QCOMPARE(rest,
            (QStringList {
                u"control_hash"_s, u"created_at"_s, u"id"_s, u"signed_on"_s, u"updated_at"_s}));
    }

    void theRowHoldsTheMeetingAsSaved()
    {
        const QString path = m_dir.filePath(u"row.sqlite"_s);
        Meeting meeting = richMeeting();
        meeting.convenedBy = u"Kengash raisi"_s;
        meeting.basis = u"Nizomning 12-bandi"_s;
        meeting.notification = u"Elektron pochta orqali"_s;
        meeting.memberCount = 15;
        meeting.endTime = QTime(12, 30);
        meeting.protocolForm = ProtocolForm::Short;
        qint64 id = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            const Result<Meeting> saved = (*db)->meetings().save(meeting);
            QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
            id = saved->id;
            const Result<Meeting> loaded = (*db)->meetings().load(id);
            QVERIFY(loaded);
            QCOMPARE(*loaded, *saved);
        }
        RawSqlite raw(path);
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(u"SELECT council_name, place, convened_by, basis, notification, "
                           "member_count, end_time, protocol_form, status, revision "
                           "FROM meetings WHERE id = "_s
            + QString::number(id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), meeting.councilName);
        QCOMPARE(query.value(1).toString(), meeting.place);
        QCOMPARE(query.value(2).toString(), u"Kengash raisi"_s);
        QCOMPARE(query.value(3).toString(), u"Nizomning 12-bandi"_s);
        QCOMPARE(query.value(4).toString(), u"Elektron pochta orqali"_s);
        QCOMPARE(query.value(5).toInt(), 15);
        QCOMPARE(query.value(6).toString(), u"12:30:00.000"_s);
        QCOMPARE(query.value(7).toString(), u"short"_s);
        QCOMPARE(query.value(8).toString(), enumKey(meeting.status));
        QCOMPARE(query.value(9).toInt(), 1);
    }
};

QTEST_MAIN(TestMeetingRowStore)
#include "testmeetingrowstore.moc"
