#include "rawsqlite.h"
#include "storage/database.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

namespace {

// Tables keyed to a meeting that are not its signed text: they stay writable
// (in part) on a final or signed meeting, and have triggers of their own.
const QMap<QString, QString> notContent = {
    {u"audit_log"_s, u"the history of the meeting, append-only by its own triggers"_s},
    {u"meeting_revisions"_s, u"the saved states, never rewritten once locked (own trigger)"_s},
    {u"follow_up_history"_s, u"the follow-up goes on after signing"_s},
    {u"attachments"_s, u"the scan of the signed copy is added after signing; removal is refused"_s},
    {u"search_parts"_s, u"the search index, derived from the text and rebuilt from it"_s},
    {u"search_stale"_s, u"the meetings whose index an older Bayon wrote, to index again"_s},
    {u"remarks"_s, u"members' remarks about the text, answered after it is locked"_s},
};

// Columns of a content table that stay writable on a locked meeting, each
// with the reason.
const QMap<QString, QString> writableColumns = {
    {u"meetings.status"_s, u"changes only with its audit line (meetings_status_audited)"_s},
    {u"meetings.revision"_s, u"counts the saves; transitions and follow-up bump it"_s},
    {u"meetings.updated_at"_s, u"the time of the last change, follow-up included"_s},
    {u"resolutions.follow_up_status"_s, u"the follow-up of a signed resolution goes on"_s},
    {u"resolutions.status_note"_s, u"the follow-up of a signed resolution goes on"_s},
};

QStringList column(QSqlDatabase& db, const QString& sql, const QString& argument = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    if (!argument.isNull())
        query.addBindValue(argument);
    QStringList values;
    if (query.exec()) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

// The tables that hold a meeting's content: meetings and every table whose
// foreign keys lead to it, but those that are not its text.
QStringList contentTables(QSqlDatabase& db)
{
    const QStringList tables = column(
        db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    QMap<QString, QStringList> parents;
    for (const QString& table : tables)
        parents[table] = column(db, u"SELECT \"table\" FROM pragma_foreign_key_list(?)"_s, table);
    QSet<QString> reached = {u"meetings"_s};
    for (bool grew = true; grew;) {
        grew = false;
        for (const QString& table : tables) {
            if (reached.contains(table))
                continue;
            for (const QString& parent : parents.value(table)) {
                if (reached.contains(parent)) {
                    reached.insert(table);
                    grew = true;
                    break;
                }
            }
        }
    }
    QStringList content;
    for (const QString& table : tables) {
        if (reached.contains(table) && !notContent.contains(table))
            content.append(table);
    }
    content.sort();
    return content;
}

// Every way a meeting's content escapes the lock of final and signed
// meetings, one line each; empty when every column is covered.
QStringList lockGaps(QSqlDatabase& db)
{
    static const QRegularExpression space(u"\\s+"_s);
    static const QRegularExpression event(
        u"^CREATE TRIGGER \\S+ BEFORE (INSERT|UPDATE|DELETE)(?: OF ([\\w, ]+?))? ON (\\w+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression compared(u"new\\.(\\w+) IS NOT old\\.\\1"_s);
    const QString lockCondition = u"status IN ('final', 'signed')"_s;

    // table -> event -> covered columns ("*": the whole row)
    QMap<QString, QMap<QString, QSet<QString>>> covered;
    for (const QString& raw :
        column(db, u"SELECT sql FROM sqlite_master WHERE type = 'trigger'"_s)) {
        const QString sql = QString(raw).replace(space, u" "_s);
        const QRegularExpressionMatch match = event.match(sql);
        if (!match.hasMatch() || !sql.contains(lockCondition))
            continue;
        QSet<QString>& columns = covered[match.captured(3)][match.captured(1).toUpper()];
        if (!match.captured(2).isEmpty()) {
            for (const QString& name : match.captured(2).split(u','))
                columns.insert(name.trimmed());
            continue;
        }
        bool perColumn = false;
        for (const QRegularExpressionMatch& each : compared.globalMatch(sql)) {
            columns.insert(each.captured(1));
            perColumn = true;
        }
        if (!perColumn)
            columns.insert(u"*"_s);
    }

    QStringList gaps;
    for (const QString& table : contentTables(db)) {
        for (const QString& what : {u"INSERT"_s, u"DELETE"_s}) {
            if (!covered[table].contains(what))
                gaps << u"%1: no trigger refuses %2 for a locked meeting"_s.arg(table, what);
        }
        const QSet<QString> updated = covered[table].value(u"UPDATE"_s);
        for (const QString& name : column(db, u"SELECT name FROM pragma_table_info(?)"_s, table)) {
            if (updated.contains(u"*"_s) || updated.contains(name)
                || writableColumns.contains(table + u'.' + name))
                continue;
            gaps << u"%1.%2: no trigger refuses an UPDATE on a locked meeting"_s.arg(table, name);
        }
    }
    return gaps;
}

} // namespace

// Every column of a meeting's content is locked once it is final or signed:
// the check reads the schema Bayon writes, so that a new column or table
// without its trigger fails here rather than stays writable.
class TestLockCoverage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshDatabase()
    {
        const QString path = m_dir.filePath(u"lock-%1.sqlite"_s.arg(++m_count));
        auto opened = Database::open(path);
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.error().message));
        return opened.ok() ? path : QString();
    }

private slots:
    void theContentTablesComeFromTheSchema()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        RawSqlite raw(path);
        const QStringList tables = contentTables(raw.db());
        // A few that must be found through the foreign keys, down to the KPI rows.
        for (const QString& table : {u"meetings"_s, u"agenda_items"_s, u"speaker_reports"_s,
                 u"kpi_rows"_s, u"agenda_item_roll_calls"_s, u"roll_call_votes"_s,
                 u"meeting_appendices"_s, u"attendance"_s})
            QVERIFY2(tables.contains(table), qPrintable(tables.join(u", "_s)));
        QVERIFY(!tables.contains(u"persons"_s));
        QVERIFY(!tables.contains(u"councils"_s));
        QVERIFY(!tables.contains(u"audit_log"_s));
    }

    void everyColumnOfAMeetingsContentIsLocked()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        RawSqlite raw(path);
        const QStringList gaps = lockGaps(raw.db());
        QVERIFY2(gaps.isEmpty(), qPrintable(u"\n"_s + gaps.join(u'\n')));
    }

    void aColumnWithoutItsTriggerIsFound()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        RawSqlite raw(path);
        QVERIFY(raw.exec(u"ALTER TABLE meetings ADD COLUMN venue_note TEXT NOT NULL DEFAULT ''"_s));
        QCOMPARE(lockGaps(raw.db()),
            QStringList {
                u"meetings.venue_note: no trigger refuses an UPDATE on a locked meeting"_s});
    }

    void aChildTableWithoutTriggersIsFound()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        RawSqlite raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE agenda_item_signatories ("
                         "agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id), "
                         "full_name TEXT NOT NULL)"_s));
        const QStringList gaps = lockGaps(raw.db());
        QVERIFY2(gaps.contains(
                     u"agenda_item_signatories: no trigger refuses INSERT for a locked meeting"_s),
            qPrintable(gaps.join(u'\n')));
        QVERIFY(gaps.contains(
            u"agenda_item_signatories: no trigger refuses DELETE for a locked meeting"_s));
        QVERIFY(gaps.contains(
            u"agenda_item_signatories.full_name: no trigger refuses an UPDATE on a locked meeting"_s));
    }

    void aDroppedTriggerIsFound()
    {
        const QString path = freshDatabase();
        QVERIFY(!path.isEmpty());
        RawSqlite raw(path);
        QVERIFY(raw.exec(u"DROP TRIGGER kpi_rows_locked_delete"_s));
        QCOMPARE(lockGaps(raw.db()),
            QStringList {u"kpi_rows: no trigger refuses DELETE for a locked meeting"_s});
    }
};

QTEST_GUILESS_MAIN(TestLockCoverage)
#include "testlockcoverage.moc"
