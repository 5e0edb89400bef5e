#include "interchange/jsonfieldreader.h"
#include "interchange/jsonvaluetext.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The values of Bayon's JSON files as written (JsonValueText) and read back
// (JsonFieldReader), and what the reader refuses.
class TestJsonValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAsWritten()
    {
        QCOMPARE(JsonValueText::date(QDate(2025, 7, 10)), u"2025-07-10"_s);
        QCOMPARE(JsonValueText::time(QTime(9, 5)), u"09:05"_s);
        // Tashkent time is written in UTC.
        const QDateTime tashkent(QDate(2025, 7, 10), QTime(11, 0, 0, 250), QTimeZone(5 * 3600));
        QCOMPARE(JsonValueText::moment(tashkent), u"2025-07-10T06:00:00.250Z"_s);
        const QUuid id = QUuid::fromString(u"{6f1c2a4e-0b7d-4c1e-9a33-2f5d8e7b1c00}"_s);
        QCOMPARE(JsonValueText::uuid(id), u"{6f1c2a4e-0b7d-4c1e-9a33-2f5d8e7b1c00}"_s);
        // "Not set" is "".
        QCOMPARE(JsonValueText::date(QDate()), QString());
        QCOMPARE(JsonValueText::time(QTime()), QString());
        QCOMPARE(JsonValueText::moment(QDateTime()), QString());
        QCOMPARE(JsonValueText::uuid(QUuid()), QString());
    }

    void readBackAsWritten()
    {
        const QDateTime moment(QDate(2025, 7, 10), QTime(6, 0, 0, 250), QTimeZone::utc());
        const QUuid id = QUuid::createUuid();
        JsonFieldReader r(QJsonObject {{u"day"_s, JsonValueText::date(QDate(2025, 7, 10))},
            {u"clock"_s, JsonValueText::time(QTime(9, 5))},
            {u"at"_s, JsonValueText::moment(moment)}, {u"id"_s, JsonValueText::uuid(id)},
            {u"never"_s, JsonValueText::moment(QDateTime())}});
        QCOMPARE(r.date(u"day"), QDate(2025, 7, 10));
        QCOMPARE(r.time(u"clock"), QTime(9, 5));
        QCOMPARE(r.moment(u"at"), moment);
        QCOMPARE(r.uuid(u"id"), id);
        QVERIFY(!r.moment(u"never").isValid());
        QVERIFY2(!r.failed(), qPrintable(r.errorMessage()));
    }

    void aMomentNotInUtcIsRefused()
    {
        JsonFieldReader r(QJsonObject {{u"at"_s, u"2025-07-10T11:00:00.000+05:00"_s}});
        QVERIFY(!r.moment(u"at").isValid());
        QVERIFY(r.failed());
        QCOMPARE(r.errorMessage(),
            u"at: expected a UTC time as YYYY-MM-DDTHH:mm:ss.zzzZ or \"\", found "
            "\"2025-07-10T11:00:00.000+05:00\""_s);
    }
};

QTEST_MAIN(TestJsonValues)
#include "testjsonvalues.moc"
