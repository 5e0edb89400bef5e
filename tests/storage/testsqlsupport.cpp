#include "storage/sqlsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The helpers the SQLite classes share, on a real (in-memory) SQLite
// connection: finishing a query after its rows, and the error of a row that
// fails part way.
class TestSqlSupport : public QObject
{
    Q_OBJECT

private:
    const QString m_connection = u"testsqlsupport"_s;

private slots:
    void initTestCase()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
    }

    void cleanupTestCase() { QSqlDatabase::removeDatabase(m_connection); }

    void finishAfterAllRows()
    {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        QVERIFY(query.prepare(u"SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2)"_s));
        QVERIFY(query.exec());
        QList<int> rows;
        while (query.next())
            rows.append(query.value(0).toInt());
        QCOMPARE(rows, (QList<int> {1, 2}));
        const Status status = SqlSupport::finish(&query, u"Could not read"_s);
        QVERIFY(status);
        QVERIFY(!query.isActive());
        // Finished, the prepared statement runs again from its first row.
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(SqlSupport::finish(&query, u"Could not read"_s));
    }

    void finishAfterAFailedRow()
    {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        // The second row overflows: SQLite fails in next(), not in exec().
        QVERIFY(query.prepare(
            u"SELECT abs(x) FROM (SELECT 1 AS x UNION ALL SELECT -9223372036854775808)"_s));
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!query.next());
        const Status status = SqlSupport::finish(&query, u"Could not read the councils"_s);
        QVERIFY(!status);
        QVERIFY2(status.error().message.startsWith(u"Could not read the councils: "_s),
            qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(u"integer overflow"_s),
            qPrintable(status.error().message));
        QVERIFY(!query.isActive());
    }
};

QTEST_GUILESS_MAIN(TestSqlSupport)
#include "testsqlsupport.moc"
