#include "domain/statusworkflow.h"
#include "interchange/controlcode.h"
#include "interchange/meetingimporter.h"
#include "interchange/meetingjson.h"
#include "rawsqlite.h"
#include "storage/database.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"
#include "storage/migrator.h"
#include "storage/personrepository.h"
#include "storage/username.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Bayon::MeetingStatus)

// The life of a protocol in the database: every transition with its audit
// line, the lock (through the repository and below it, in SQLite's triggers),
// the control hash, revisions, follow-up and attachments.
class TestLifecycleRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QDateTime m_now = QDateTime(QDate(2025, 7, 10), QTime(9, 0), Qt::UTC);

    QString newPath() { return m_dir.filePath(u"lifecycle-%1.sqlite"_s.arg(++m_files)); }

    std::unique_ptr<Database> open(const QString& path)
    {
        auto opened = Database::open(path);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return {};
        }
        auto db = std::move(opened).value();
        db->setUserName(u"Nodir Abdullayev"_s);
        db->setClock([this] { return m_now; });
        return db;
    }

    static Meeting sample()
    {
        const auto meeting = MeetingImporter::sample();
        if (!meeting)
            qFatal("sample: %s", qPrintable(meeting.error().message));
        return *meeting;
    }

    static QString messageOf(const Status& status)
    {
        return status ? QString() : status.error().message;
    }
    template<typename T> static QString messageOf(const Result<T>& result)
    {
        return result ? QString() : result.error().message;
    }

    // Walks the sample along the workflow to `status`.
    static qint64 sampleAt(Database& db, MeetingStatus status)
    {
        const qint64 id = db.meetings().save(sample())->id;
        const QList<MeetingStatus> path {
            MeetingStatus::Review, MeetingStatus::Final, MeetingStatus::Signed};
        for (const MeetingStatus step : path) {
            if (db.meetings().load(id)->status == status)
                break;
            const auto moved = db.lifecycle().transition(id, step, u"step"_s);
            if (!moved)
                qFatal("transition: %s", qPrintable(moved.error().message));
        }
        return id;
    }

    // The error SQLite gives a statement run by another program, or "" when it ran.
    static QString rawError(RawSqlite& raw, const QString& sql)
    {
        QSqlQuery query(raw.db());
        if (query.exec(sql))
            return {};
        return query.lastError().databaseText();
    }

    // How the triggers name a locked meeting: SQLite 3.40 takes only a
    // literal in RAISE(), so since schema 9 they say what kind of meeting it is
    // (schema 7 named it, inside "JSON path error near …").
    static QString lockedLabel(Database&, qint64) { return u"a final or signed meeting"_s; }

    // Every row a SELECT gives, value by value, to compare the bytes in the
    // file before and after a refused write.
    static QStringList rowsOf(RawSqlite& raw, const QString& select)
    {
        QSqlQuery query(raw.db());
        if (!query.exec(select)) {
            qWarning("%s: %s", qPrintable(select), qPrintable(query.lastError().text()));
            return {u"(failed)"_s};
        }
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                values.append(value.isNull()
                        ? u"NULL"_s
                        : QString::fromLatin1(value.metaType().name()) + u':' + value.toString());
            }
            rows.append(values.join(u'|'));
        }
        return rows;
    }

    static QByteArray pdfBytes(const QByteArray& marker)
    {
        return "%PDF-1.4\n% a scan\n1 0 obj << /Type /Catalog >> endobj\n" + marker
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyTransitionIsCheckedAndAudited_data()
    {
        QTest::addColumn<MeetingStatus>("from");
        QTest::addColumn<MeetingStatus>("to");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("allowed");
        const QList<MeetingStatus> all {MeetingStatus::Draft, MeetingStatus::Review,
            MeetingStatus::Final, MeetingStatus::Signed};
        for (const MeetingStatus from : all) {
            for (const MeetingStatus to : all) {
                const QByteArray name = (enumKey(from) + u" → "_s + enumKey(to)).toUtf8();
                const bool reopening = StatusWorkflow::isReopening(from, to);
                QTest::newRow(name.constData())
                    << from << to << u"eslatma"_s
                    << (StatusWorkflow::isTransition(from, to) || reopening);
                if (reopening)
                    QTest::newRow(QByteArray(name + " without a reason").constData())
                        << from << to << u"  "_s << false;
            }
        }
    }

    void everyTransitionIsCheckedAndAudited()
    {
        QFETCH(MeetingStatus, from);
        QFETCH(MeetingStatus, to);
        QFETCH(QString, note);
        QFETCH(bool, allowed);
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, from);
        const Meeting before = db->meetings().load(id).value();
        QCOMPARE(before.status, from);
        const int auditBefore = int(db->lifecycle().history(id)->audit.size());

        m_now = m_now.addSecs(60);
        const auto result = db->lifecycle().transition(id, to, note, u"Kotib"_s);
        const auto history = db->lifecycle().history(id).value();
        const Meeting after = db->meetings().load(id).value();
        if (!allowed) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, Error::Code::Refused);
            QVERIFY2(!result.error().message.isEmpty(), "a refusal says why");
            QCOMPARE(after, before);
            QCOMPARE(history.audit.size(), auditBefore);
            return;
        }
        QVERIFY2(result, qPrintable(messageOf(result)));
        QCOMPARE(after.status, to);
        QCOMPARE(after.revision, before.revision + 1);
        QCOMPARE(history.audit.size(), auditBefore + 1);
        const AuditEntry& line = history.audit.first();
        QCOMPARE(line.from, std::optional(from));
        QCOMPARE(line.to, std::optional(to));
        QCOMPARE(line.user, u"Kotib"_s);
        QCOMPARE(line.note, note);
        QCOMPARE(line.at, m_now);
        QCOMPARE(line.revision, after.revision);
        QCOMPARE(line.action,
            StatusWorkflow::isReopening(from, to) ? AuditAction::Reopen : AuditAction::Transition);
        // Each transition is kept as a revision of its own.
        QCOMPARE(history.revisions.first().revision, after.revision);
        QCOMPARE(history.revisions.first().status, to);
    }

    void finalisingStoresTheControlHash()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Final);
        const auto state = db->lifecycle().state(id).value();
        const Meeting stored = db->meetings().load(id).value();
        QCOMPARE(state.status, MeetingStatus::Final);
        QCOMPARE(state.controlHash, ControlCode::hash(stored));
        QCOMPARE(state.controlCode, ControlCode::of(stored));
        QVERIFY(QRegularExpression(u"^[0-9A-F]{4}(-[0-9A-F]{4}){3}$"_s)
                    .match(state.controlCode)
                    .hasMatch());
        QCOMPARE(db->lifecycle().history(id)->audit.first().controlHash, state.controlHash);
        RawSqlite raw(db->path());
        QCOMPARE(
            raw.scalar(u"SELECT control_hash FROM meetings WHERE id = %1"_s.arg(id)).toString(),
            state.controlHash);

        const auto check = db->lifecycle().verify(id).value();
        QVERIFY(check.matches());
        QCOMPARE(check.computedCode, state.controlCode);

        // Signing keeps the code and records the day.
        QVERIFY(db->lifecycle().transition(id, MeetingStatus::Signed, {}, {}, QDate(2025, 7, 12)));
        const auto signedState = db->lifecycle().state(id).value();
        QCOMPARE(signedState.controlHash, state.controlHash);
        QCOMPARE(signedState.signedOn, QDate(2025, 7, 12));
    }

    void finalisingRefusesAProtocolWithFaults()
    {
        auto db = open(newPath());
        QVERIFY(db);
        Meeting meeting = sample();
        meeting.date = QDate();
        meeting.status = MeetingStatus::Review;
        const qint64 id = db->meetings().save(meeting)->id;
        const auto refused = db->lifecycle().transition(id, MeetingStatus::Final, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Refused);
        QVERIFY2(refused.error().message.contains(u"date"_s), qPrintable(refused.error().message));
        QCOMPARE(db->meetings().load(id)->status, MeetingStatus::Review);
    }

    void aLockedMeetingIsRefusedByTheRepository()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Signed);
        const Meeting stored = db->meetings().load(id).value();
        const QByteArray before = RevisionlessJson(stored);

        Meeting changed = stored;
        changed.place = u"Samarqand"_s;
        const auto refused = db->meetings().save(changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Refused);
        QVERIFY2(refused.error().message.contains(u"№ 3"_s), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"signed"_s));

        // A copy that claims to be a draft does not get past the stored status.
        changed.status = MeetingStatus::Draft;
        const auto pretended = db->meetings().save(changed);
        QVERIFY(!pretended);
        QCOMPARE(pretended.error().code, Error::Code::Refused);

        const Status removed = db->meetings().remove(id);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, Error::Code::Refused);
        QCOMPARE(RevisionlessJson(db->meetings().load(id).value()), before);

        // Restoring an old revision is a change of the text too.
        const auto restored = db->lifecycle().restoreRevision(id, 1);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, Error::Code::Refused);
    }

    void finalisingThroughASaveIsRefused()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Review);
        Meeting meeting = db->meetings().load(id).value();
        meeting.status = MeetingStatus::Final;
        const auto refused = db->meetings().save(meeting);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Refused);
        QCOMPARE(db->meetings().load(id)->status, MeetingStatus::Review);

        // review → draft is a transition a save may make; it is audited.
        meeting.status = MeetingStatus::Draft;
        const auto saved = db->meetings().save(meeting);
        QVERIFY2(saved, qPrintable(messageOf(saved)));
        const auto line = db->lifecycle().history(id)->audit.first();
        QCOMPARE(line.from, std::optional(MeetingStatus::Review));
        QCOMPARE(line.to, std::optional(MeetingStatus::Draft));
        QCOMPARE(line.user, u"Nodir Abdullayev"_s);
    }

    void aLockedMeetingIsRefusedBelowTheProgram_data()
    {
        QTest::addColumn<QString>("sql");
        // Whether the refusal names the meeting (schema 7); the status, the
        // audit log and deleting a revision are refused by the literal
        // messages of schema 2, as they are not about one meeting's content.
        QTest::addColumn<bool>("namesTheMeeting");
        const auto ofMeeting = [](const char* sql) { return QString::fromUtf8(sql); };
        QTest::newRow("meetings header")
            << ofMeeting("UPDATE meetings SET place = 'x' WHERE id = ID") << true;
        QTest::newRow("meetings control hash")
            << ofMeeting("UPDATE meetings SET control_hash = '"
                         "0123456789abcdef0123456789abcdef"
                         "0123456789abcdef0123456789abcdef' WHERE id = ID")
            << true;
        QTest::newRow("meetings delete") << ofMeeting("DELETE FROM meetings WHERE id = ID") << true;
        QTest::newRow("meetings status") << ofMeeting(
            "UPDATE meetings SET status = 'draft', revision = revision + 1 WHERE id = ID")
                                         << false;
        QTest::newRow("persons") << ofMeeting(
            "UPDATE meeting_persons SET full_name = 'x' WHERE meeting_id = ID")
                                 << true;
        QTest::newRow("persons insert")
            << ofMeeting("INSERT INTO meeting_persons (meeting_id, full_name) VALUES (ID, 'x')")
            << true;
        QTest::newRow("attendance")
            << ofMeeting("DELETE FROM attendance WHERE meeting_id = ID") << true;
        QTest::newRow("agenda") << ofMeeting(
            "UPDATE agenda_items SET title = 'x' WHERE meeting_id = ID")
                                << true;
        QTest::newRow("agenda insert") << ofMeeting(
            "INSERT INTO agenda_items (meeting_id, seq, uid, title) VALUES (ID, 99, 'u', 'x')")
                                       << true;
        QTest::newRow("participants")
            << ofMeeting("DELETE FROM discussion_participants WHERE agenda_item_id IN (SELECT id "
                         "FROM agenda_items WHERE meeting_id = ID)")
            << true;
        QTest::newRow("reports") << ofMeeting(
            "UPDATE speaker_reports SET body = body || '!' WHERE agenda_item_id IN (SELECT id FROM "
            "agenda_items WHERE meeting_id = ID)")
                                 << true;
        QTest::newRow("kpi tables") << ofMeeting(
            "UPDATE kpi_tables SET caption = 'x' WHERE report_id IN (SELECT s.id FROM "
            "speaker_reports s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE "
            "a.meeting_id = ID)") << true;
        QTest::newRow("kpi rows") << ofMeeting(
            "UPDATE kpi_rows SET value = 1 WHERE kpi_table_id IN (SELECT t.id FROM kpi_tables t "
            "JOIN speaker_reports s ON s.id = t.report_id JOIN agenda_items a ON a.id = "
            "s.agenda_item_id WHERE a.meeting_id = ID)")
                                  << true;
        QTest::newRow("resolution text")
            << ofMeeting("UPDATE resolutions SET text = 'x' WHERE meeting_id = ID") << true;
        QTest::newRow("resolution delete")
            << ofMeeting("DELETE FROM resolutions WHERE meeting_id = ID") << true;
        QTest::newRow("resolution points")
            << ofMeeting("UPDATE resolution_points SET text = 'x' WHERE resolution_id IN (SELECT "
                         "id FROM resolutions WHERE meeting_id = ID)")
            << true;
        QTest::newRow("responsible")
            << ofMeeting("INSERT INTO resolution_responsible (resolution_id, seq, name) SELECT id, "
                         "9, 'x' FROM resolutions WHERE meeting_id = ID")
            << true;
        QTest::newRow("audit update")
            << ofMeeting("UPDATE audit_log SET note = 'x' WHERE meeting_id = ID") << false;
        QTest::newRow("audit delete")
            << ofMeeting("DELETE FROM audit_log WHERE meeting_id = ID") << false;
        QTest::newRow("revisions")
            << ofMeeting("UPDATE meeting_revisions SET author = 'x' WHERE meeting_id = ID") << true;
        QTest::newRow("revisions delete")
            << ofMeeting("DELETE FROM meeting_revisions WHERE meeting_id = ID") << false;
    }

    void aLockedMeetingIsRefusedBelowTheProgram()
    {
        QFETCH(QString, sql);
        QFETCH(bool, namesTheMeeting);
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Signed);
        const QByteArray before = RevisionlessJson(db->meetings().load(id).value());
        const auto historyBefore = db->lifecycle().history(id).value();
        {
            RawSqlite raw(db->path());
            QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s));
            const QString error = rawError(raw, sql.replace(u"ID"_s, QString::number(id)));
            if (namesTheMeeting) {
                QVERIFY2(error.startsWith(u"Bayon: "_s) && error.contains(lockedLabel(*db, id))
                        && error.endsWith(u'.'),
                    qPrintable(u"ran, or failed otherwise: "_s + error));
            } else {
                QVERIFY2(error.startsWith(u"Bayon: "_s),
                    qPrintable(u"ran, or failed otherwise: "_s + error));
            }
        }
        QCOMPARE(RevisionlessJson(db->meetings().load(id).value()), before);
        QCOMPARE(db->lifecycle().history(id).value(), historyBefore);
        QVERIFY(db->lifecycle().verify(id)->matches());
    }

    void theRefusalBelowTheProgramIsASentence_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("rows");
        const QString kpiTables = u"SELECT t.id FROM kpi_tables t JOIN speaker_reports s ON s.id = "
                                  "t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id "
                                  "WHERE a.meeting_id = ID"_s;
        const QString kpiRows
            = u"SELECT * FROM kpi_rows WHERE kpi_table_id IN (%1) ORDER BY 1, 2"_s.arg(kpiTables);
        const QString resolutions
            = u"SELECT * FROM resolutions WHERE meeting_id = ID ORDER BY id"_s;
        const QString attendance = u"SELECT * FROM attendance WHERE meeting_id = ID ORDER BY seq"_s;
        const QString header = u"SELECT * FROM meetings WHERE id = ID"_s;
        const QString changed = u" cannot be changed: its protocol is locked."_s;
        QTest::newRow("resolution update")
            << u"UPDATE resolutions SET text = text || '.' WHERE meeting_id = ID AND seq = 1"_s
            << u"Bayon: the resolutions of LABEL"_s + changed << resolutions;
        QTest::newRow("resolution delete")
            << u"DELETE FROM resolutions WHERE meeting_id = ID AND seq = 1"_s
            << u"Bayon: the resolutions of LABEL"_s + changed << resolutions;
        QTest::newRow("attendance update")
            << u"UPDATE attendance SET note = 'kechikdi' WHERE meeting_id = ID"_s
            << u"Bayon: the attendance of LABEL"_s + changed << attendance;
        QTest::newRow("attendance delete")
            << u"DELETE FROM attendance WHERE meeting_id = ID"_s
            << u"Bayon: the attendance of LABEL"_s + changed << attendance;
        QTest::newRow("kpi row update")
            << u"UPDATE kpi_rows SET value = 99 WHERE kpi_table_id IN (%1)"_s.arg(kpiTables)
            << u"Bayon: the KPI rows of LABEL"_s + changed << kpiRows;
        QTest::newRow("kpi row delete")
            << u"DELETE FROM kpi_rows WHERE kpi_table_id IN (%1)"_s.arg(kpiTables)
            << u"Bayon: the KPI rows of LABEL"_s + changed << kpiRows;
        QTest::newRow("header update")
            << u"UPDATE meetings SET place = 'Boshqa joy' WHERE id = ID"_s
            << u"Bayon: the header of LABEL, its revision and its time of change"_s + changed
            << header;
        QTest::newRow("meeting delete")
            << u"DELETE FROM meetings WHERE id = ID"_s
            << u"Bayon: LABEL cannot be deleted. Reopen it in Bayon, with a reason, first."_s
            << header;
    }

    // Another program writing to a signed meeting is told, in a sentence,
    // which part it tried to change and why; the statement is undone, and the
    // transaction it ran in goes on.
    void theRefusalBelowTheProgramIsASentence()
    {
        QFETCH(QString, sql);
        QFETCH(QString, part);
        QFETCH(QString, rows);
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Signed);
        Meeting other = sample();
        other.number = 41;
        const qint64 draftId = db->meetings().save(other)->id;
        const QString label = lockedLabel(*db, id);
        const QString ofThis = rows.replace(u"ID"_s, QString::number(id));
        {
            RawSqlite raw(db->path());
            QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s));
            const QStringList before = rowsOf(raw, ofThis);
            QVERIFY(!before.isEmpty());
            QVERIFY(raw.exec(u"BEGIN"_s));
            QVERIFY(
                raw.exec(u"UPDATE meetings SET place = 'Samarqand' WHERE id = %1"_s.arg(draftId)));
            const QString error = rawError(raw, sql.replace(u"ID"_s, QString::number(id)));
            const QString expected = part.replace(u"LABEL"_s, label);
            QVERIFY2(error.startsWith(expected), qPrintable(error + u"\nexpected: "_s + expected));
            QCOMPARE(rowsOf(raw, ofThis), before);
            // Only the statement was undone: the draft's change commits.
            QVERIFY(raw.exec(u"COMMIT"_s));
            QCOMPARE(rowsOf(raw, ofThis), before);
        }
        QCOMPARE(db->meetings().load(draftId)->place, u"Samarqand"_s);
        QVERIFY(db->lifecycle().verify(id)->matches());
    }

    void aDraftStaysWritableBelowTheProgram()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 signedId = sampleAt(*db, MeetingStatus::Signed);
        Meeting other = sample();
        other.number = 41;
        const qint64 id = db->meetings().save(other)->id;
        RawSqlite raw(db->path());
        QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s));
        const auto ofDraft = [id](const QString& sql) { return sql.arg(QString::number(id)); };
        const QString kpiTables = u"SELECT t.id FROM kpi_tables t JOIN speaker_reports s ON s.id = "
                                  "t.report_id JOIN agenda_items a ON a.id = s.agenda_item_id "
                                  "WHERE a.meeting_id = %1"_s;
        const QStringList writes {
            u"UPDATE resolutions SET text = 'Yangi matn' WHERE meeting_id = %1 AND seq = 1"_s,
            u"DELETE FROM resolutions WHERE meeting_id = %1 AND seq = 2"_s,
            u"UPDATE attendance SET note = 'kechikdi' WHERE meeting_id = %1"_s,
            u"UPDATE kpi_rows SET value = 99 WHERE kpi_table_id IN ("_s + kpiTables + u')',
            u"UPDATE meetings SET place = 'Samarqand' WHERE id = %1"_s,
        };
        for (const QString& sql : writes)
            QCOMPARE(rawError(raw, ofDraft(sql)), QString());
        QCOMPARE(raw.scalar(
                     ofDraft(u"SELECT text FROM resolutions WHERE meeting_id = %1 AND seq = 1"_s)),
            QVariant(u"Yangi matn"_s));
        QCOMPARE(
            raw.scalar(
                   ofDraft(u"SELECT count(*) FROM resolutions WHERE meeting_id = %1 AND seq = 2"_s))
                .toInt(),
            0);
        QCOMPARE(raw.scalar(ofDraft(u"SELECT min(note) FROM attendance WHERE meeting_id = %1"_s)),
            QVariant(u"kechikdi"_s));
        QCOMPARE(raw.scalar(ofDraft(u"SELECT min(value) FROM kpi_rows WHERE kpi_table_id IN ("_s
                                + kpiTables + u')'))
                     .toDouble(),
            99.0);
        QCOMPARE(db->meetings().load(id)->place, u"Samarqand"_s);

        // The follow-up of the signed meeting's resolutions stays writable.
        QCOMPARE(rawError(raw,
                     u"UPDATE resolutions SET follow_up_status = 'in-progress', status_note = "
                     "'boshlandi' WHERE meeting_id = %1"_s.arg(signedId)),
            QString());
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM resolutions WHERE meeting_id = %1 AND "
                            "follow_up_status = 'in-progress'"_s.arg(signedId))
                     .toInt(),
            db->meetings().load(signedId)->resolutions.size());

        // A row moved from the draft into the signed meeting is refused.
        const QString moved = rawError(raw,
            u"UPDATE resolutions SET meeting_id = %1 WHERE meeting_id = %2 AND seq = 0"_s.arg(
                QString::number(signedId), QString::number(id)));
        QVERIFY2(moved.contains(u"Bayon: the resolutions of "_s + lockedLabel(*db, signedId)),
            qPrintable(moved));
        QVERIFY(db->lifecycle().verify(signedId)->matches());
    }

    // Schema 7 changed only what the lock triggers say, never when they fire:
    // each has the name, event and WHEN condition it had in schema 6.
    void theLockTriggersKeepTheirConditions()
    {
        const auto triggersAt = [this](int version) {
            RawSqlite raw(m_dir.filePath(u"schema-%1.sqlite"_s.arg(version)));
            QMap<QString, QString> triggers;
            if (!Migrator::migrate(raw.db(), version).ok())
                return triggers;
            QSqlQuery query(raw.db());
            query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"_s);
            while (query.next())
                triggers.insert(query.value(0).toString(), query.value(1).toString());
            return triggers;
        };
        const QMap<QString, QString> before = triggersAt(6);
        const QMap<QString, QString> after = triggersAt(7);
        QVERIFY(before.size() > 50);
        QCOMPARE(after.keys(), before.keys());
        const auto condition
            = [](const QString& sql) { return sql.left(sql.indexOf(u"\nBEGIN\n"_s)); };
        int naming = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QCOMPARE(condition(it.value()), condition(before.value(it.key())));
            QVERIFY(!condition(it.value()).isEmpty());
            if (it.value() == before.value(it.key()))
                continue;
            // Made again: it names the meeting, and no literal is left.
            ++naming;
            QVERIFY2(it.value().contains(u"FROM locked_meeting_label WHERE meeting_id"_s),
                qPrintable(it.value()));
            QVERIFY(!it.value().contains(u"RAISE"_s));
            QVERIFY(!it.value().contains(u"a final or signed meeting"_s));
        }
        QCOMPARE(naming, 49);
        // What is left with a literal is not about one locked meeting's content.
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (it.value().contains(u"a final or signed meeting"_s))
                QCOMPARE(it.key(), u"meetings_locked_insert"_s);
        }
    }

    // Every statement that could change a signed meeting behind Bayon's back:
    // a REPLACE on the meeting and on each table of its text and history (it
    // deletes the row it replaces without a DELETE trigger, unless recursive
    // triggers are on), an UPSERT, an UPDATE of the revision printed in the
    // footer or of its time of change, a DELETE and an INSERT. (The sample
    // has no votes nor appendices; their triggers are made as the others'.)
    void everyStatementOnASignedMeetingIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("recursive");
        const QString items = u"(SELECT id FROM agenda_items WHERE meeting_id = ID)"_s;
        const QString reports
            = u"(SELECT id FROM speaker_reports WHERE agenda_item_id IN "_s + items + u')';
        const QString tables = u"(SELECT id FROM kpi_tables WHERE report_id IN "_s + reports + u')';
        const QString resolutions = u"(SELECT id FROM resolutions WHERE meeting_id = ID)"_s;
        const QList<std::pair<QString, QString>> children {
            {u"meeting_persons"_s, u"meeting_id = ID"_s},
            {u"attendance"_s, u"meeting_id = ID"_s},
            {u"agenda_items"_s, u"meeting_id = ID"_s},
            {u"discussion_participants"_s, u"agenda_item_id IN "_s + items},
            {u"speaker_reports"_s, u"agenda_item_id IN "_s + items},
            {u"kpi_tables"_s, u"report_id IN "_s + reports},
            {u"kpi_rows"_s, u"kpi_table_id IN "_s + tables},
            {u"resolutions"_s, u"meeting_id = ID"_s},
            {u"resolution_points"_s, u"resolution_id IN "_s + resolutions},
            {u"resolution_responsible"_s, u"resolution_id IN "_s + resolutions},
            {u"meeting_revisions"_s, u"meeting_id = ID"_s},
            {u"attachments"_s, u"meeting_id = ID"_s},
            {u"follow_up_history"_s, u"meeting_id = ID"_s},
            {u"audit_log"_s, u"meeting_id = ID"_s},
        };
        for (const bool recursive : {false, true}) {
            const QString on = recursive ? u" (recursive triggers)"_s : QString();
            const auto row = [&](const QString& name, const QString& sql) {
                QTest::newRow(qPrintable(name + on)) << sql << recursive;
            };
            row(u"meetings replace as draft"_s,
                u"INSERT OR REPLACE INTO meetings SELECT COLUMNS FROM meetings WHERE id = ID"_s);
            row(u"meetings upsert"_s,
                u"INSERT INTO meetings (id, revision) VALUES (ID, 1) ON CONFLICT (id) DO UPDATE "
                "SET revision = revision + 1"_s);
            row(u"meetings revision"_s,
                u"UPDATE meetings SET revision = revision + 1 WHERE id = ID"_s);
            row(u"meetings updated_at"_s,
                u"UPDATE meetings SET updated_at = '2030-01-01T00:00:00.000Z' WHERE id = ID"_s);
            row(u"meetings delete"_s, u"DELETE FROM meetings WHERE id = ID"_s);
            row(u"meetings insert signed"_s,
                u"INSERT INTO meetings (revision, status) VALUES (1, 'signed')"_s);
            row(u"meetings update or replace"_s,
                u"UPDATE OR REPLACE meetings SET id = ID WHERE id = (SELECT max(id) FROM meetings "
                "WHERE status = 'draft')"_s);
            for (const auto& [table, owned] : children) {
                row(table + u" replace"_s,
                    u"REPLACE INTO %1 SELECT * FROM %1 WHERE %2"_s.arg(table, owned));
            }
            row(u"agenda upsert"_s,
                u"INSERT INTO agenda_items SELECT * FROM agenda_items WHERE meeting_id = ID "
                "ON CONFLICT (id) DO UPDATE SET title = 'Boshqa'"_s);
            row(u"agenda delete"_s, u"DELETE FROM agenda_items WHERE meeting_id = ID"_s);
            row(u"agenda insert"_s,
                u"INSERT INTO agenda_items (meeting_id, seq, uid, title) VALUES (ID, 99, 'u', "
                "'x')"_s);
        }
    }

    void everyStatementOnASignedMeetingIsRefused()
    {
        QFETCH(QString, sql);
        QFETCH(bool, recursive);
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Signed);
        const Meeting signedMeeting = db->meetings().load(id).value();
        QVERIFY(db->lifecycle().attach(id, u"scan.pdf"_s, pdfBytes("signed")));
        QVERIFY(db->lifecycle().setFollowUp(
            id, signedMeeting.resolutions.first().uid, FollowUpStatus::InProgress, u"boshlandi"_s));
        Meeting draft = sample();
        draft.number = 41;
        QVERIFY(db->meetings().save(draft));
        const Meeting before = db->meetings().load(id).value();
        const auto historyBefore = db->lifecycle().history(id).value();
        {
            RawSqlite raw(db->path());
            QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON"_s));
            QVERIFY(raw.exec(u"PRAGMA recursive_triggers = "_s + (recursive ? u"ON"_s : u"OFF"_s)));
            QStringList columns;
            QSqlQuery info(raw.db());
            QVERIFY(info.exec(u"SELECT name FROM pragma_table_info('meetings')"_s));
            while (info.next()) {
                const QString name = info.value(0).toString();
                columns.append(name == u"status"_s  ? u"'draft'"_s
                        : name == u"control_hash"_s ? u"NULL"_s
                                                    : name);
            }
            info.finish();
            sql.replace(u"COLUMNS"_s, columns.join(u", "_s));
            sql.replace(u"ID"_s, QString::number(id));
            const QString error = rawError(raw, sql);
            QVERIFY2(error.startsWith(u"Bayon: "_s) && error.endsWith(u'.')
                    && !error.contains(u"JSON"_s),
                qPrintable(u"ran, or failed otherwise: "_s + error));
        }
        const Meeting after = db->meetings().load(id).value();
        QCOMPARE(after.status, MeetingStatus::Signed);
        QCOMPARE(after.revision, before.revision);
        QCOMPARE(RevisionlessJson(after), RevisionlessJson(before));
        QCOMPARE(after.attachments.size(), 1);
        QCOMPARE(db->lifecycle().history(id).value(), historyBefore);
        QVERIFY(db->lifecycle().verify(id)->matches());
    }

    // Every step Bayon takes extends the audit log's chain; a line put in by
    // another program, or a line changed after its triggers were dropped, is
    // named by verify as the first that does not fit.
    void theAuditLogIsAHashChain()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Signed);
        QVERIFY(db->lifecycle().attach(id, u"scan.pdf"_s, pdfBytes("signed")));
        QVERIFY(db->lifecycle().reopen(id, u"tuzatish"_s));
        QVERIFY(db->lifecycle().transition(id, MeetingStatus::Review, {}));
        QVERIFY(db->lifecycle().transition(id, MeetingStatus::Final, {}));
        const ControlCheck whole = db->lifecycle().verify(id).value();
        QCOMPARE(whole.brokenLine, 0);
        QVERIFY(whole.matches());
        const int lines = int(db->lifecycle().history(id)->audit.size());
        {
            RawSqlite raw(db->path());
            QCOMPARE(raw.scalar(u"SELECT count(*) FROM audit_log WHERE meeting_id = %1 AND "
                                "(chain_hash IS NULL OR content_hash IS NULL)"_s.arg(id))
                         .toInt(),
                0);
            QVERIFY(raw.exec(u"INSERT INTO audit_log (meeting_id, at, action, revision) "
                             "SELECT %1, '2030-01-01T00:00:00.000Z', 'attach', revision FROM "
                             "meetings WHERE id = %1"_s.arg(id)));
        }
        ControlCheck check = db->lifecycle().verify(id).value();
        QCOMPARE(check.brokenLine, lines + 1);
        QVERIFY(!check.matches());
        QVERIFY2(check.chainProblem.startsWith(u"line %1 of its audit log"_s.arg(lines + 1)),
            qPrintable(check.chainProblem));
        {
            RawSqlite raw(db->path());
            QVERIFY(raw.exec(u"DROP TRIGGER audit_log_no_delete"_s));
            QVERIFY(raw.exec(u"DROP TRIGGER audit_log_no_update"_s));
            QVERIFY(raw.exec(u"DELETE FROM audit_log WHERE at = '2030-01-01T00:00:00.000Z'"_s));
            QVERIFY(raw.exec(u"UPDATE audit_log SET note = 'boshqa' WHERE meeting_id = %1 AND "
                             "action = 'reopen'"_s.arg(id)));
        }
        check = db->lifecycle().verify(id).value();
        const auto audit = db->lifecycle().history(id)->audit; // newest first
        int reopenLine = 0;
        for (qsizetype i = 0; i < audit.size(); ++i) {
            if (audit.at(i).action == AuditAction::Reopen)
                reopenLine = int(audit.size() - i);
        }
        QVERIFY(reopenLine > 0);
        QCOMPARE(check.brokenLine, reopenLine);
        QVERIFY(check.chainProblem.contains(u"reopen signed → draft"_s));
    }

    void theFollowUpOfASignedMeetingStaysWritable()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Signed);
        const Meeting stored = db->meetings().load(id).value();
        RawSqlite raw(db->path());
        QCOMPARE(rawError(raw,
                     u"UPDATE resolutions SET follow_up_status = 'done', status_note = 'bajarildi' "
                     "WHERE meeting_id = %1 AND seq = 4"_s.arg(id)),
            QString());
        QCOMPARE(
            rawError(raw,
                u"INSERT INTO follow_up_history (meeting_id, resolution_uid, status, recorded_at) "
                "VALUES (%1, 'x', 'done', '2025-07-11T00:00:00.000Z')"_s.arg(id)),
            QString());
        // A new attachment (the scan) may be added to a signed meeting.
        QVERIFY(db->lifecycle().attach(id, u"scan.pdf"_s, pdfBytes("signed")));
        const Meeting after = db->meetings().load(id).value();
        QCOMPARE(after.resolutions.at(4).followUpStatus, FollowUpStatus::Done);
        QCOMPARE(after.revision, stored.revision);
        QVERIFY(db->lifecycle().verify(id)->matches());
    }

    void aLockedMeetingIsRefusedToTheSqliteShell()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        QString path;
        qint64 id = 0;
        {
            auto db = open(newPath());
            QVERIFY(db);
            id = sampleAt(*db, MeetingStatus::Final);
            path = db->path();
        }
        QProcess shell;
        shell.start(sqlite3,
            {path, u"UPDATE agenda_items SET title = 'Boshqa' WHERE meeting_id = %1;"_s.arg(id)});
        QVERIFY(shell.waitForFinished(10000));
        const QString error = QString::fromUtf8(shell.readAllStandardError());
        QVERIFY(shell.exitCode() != 0);
        auto db = open(path);
        QVERIFY2(error.contains(u"Bayon: the agenda of "_s + lockedLabel(*db, id)
                     + u" cannot be changed: its protocol is locked."_s),
            qPrintable(error));
        QVERIFY2(!error.contains(u"JSON"_s), qPrintable(error));
        QVERIFY(db->lifecycle().verify(id)->matches());
    }

    void aStatusChangeNeedsItsAuditLine()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = db->meetings().save(sample())->id;
        RawSqlite raw(db->path());
        QVERIFY(
            rawError(raw,
                u"UPDATE meetings SET status = 'review', revision = revision + 1 WHERE id = %1"_s
                    .arg(id))
                .startsWith(
                    u"Bayon: the status of a meeting changes only with its line in audit_log"_s));
        // An illegal transition is refused by the file too.
        QVERIFY(rawError(raw,
            u"INSERT INTO audit_log (meeting_id, at, action, from_status, to_status, revision) "
            "VALUES (%1, '2025-07-10T00:00:00.000Z', 'transition', 'draft', 'signed', 2)"_s.arg(id))
                    .contains(u"CHECK constraint failed"_s));
        // With the line first, another program may move it along the workflow.
        QCOMPARE(
            rawError(raw,
                u"INSERT INTO audit_log (meeting_id, at, action, from_status, to_status, revision) "
                "VALUES (%1, '2025-07-10T00:00:00.000Z', 'transition', 'draft', 'review', 2)"_s.arg(
                    id)),
            QString());
        QCOMPARE(
            rawError(raw,
                u"UPDATE meetings SET status = 'review', revision = 2 WHERE id = %1"_s.arg(id)),
            QString());
        QCOMPARE(db->meetings().load(id)->status, MeetingStatus::Review);
    }

    void reopeningNeedsAReasonAndMakesANewRevision()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Signed);
        const int revision = db->meetings().load(id)->revision;
        const auto refused = db->lifecycle().reopen(id, u" "_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Refused);
        QVERIFY(refused.error().message.contains(u"reason"_s));

        m_now = m_now.addDays(1);
        const auto reopened = db->lifecycle().reopen(id, u"Imzo sanasi xato"_s, u"Rais"_s);
        QVERIFY2(reopened, qPrintable(messageOf(reopened)));
        QCOMPARE(reopened->status, MeetingStatus::Draft);
        QCOMPARE(reopened->revision, revision + 1);
        const auto history = db->lifecycle().history(id).value();
        QCOMPARE(history.audit.first().action, AuditAction::Reopen);
        QCOMPARE(history.audit.first().note, u"Imzo sanasi xato"_s);
        QCOMPARE(history.audit.first().user, u"Rais"_s);
        QCOMPARE(history.revisions.first().kind, RevisionKind::Reopen);
        QCOMPARE(history.revisions.first().revision, revision + 1);
        const auto state = db->lifecycle().state(id).value();
        QVERIFY(state.controlHash.isEmpty());
        QVERIFY(!state.signedOn.isValid());

        // It can be corrected again.
        Meeting meeting = db->meetings().load(id).value();
        meeting.place = u"Toshkent shahri, Amir Temur koʻchasi"_s;
        QVERIFY(db->meetings().save(meeting));
    }

    void tamperingBehindBayonsBackIsFound()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Final);
        {
            RawSqlite raw(db->path());
            QSqlQuery names(raw.db());
            QVERIFY(names.exec(
                u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%locked%'"_s));
            QStringList triggers;
            while (names.next())
                triggers.append(names.value(0).toString());
            QVERIFY(triggers.size() > 30);
            for (const QString& trigger : std::as_const(triggers))
                QVERIFY(raw.exec(u"DROP TRIGGER "_s + trigger));
            QVERIFY(raw.exec(
                u"UPDATE agenda_items SET title = title || '.' WHERE meeting_id = %1 AND seq = 0"_s
                    .arg(id)));
        }
        const auto check = db->lifecycle().verify(id).value();
        QVERIFY(check.hasStoredCode());
        QVERIFY(!check.matches());
        QVERIFY(check.computedCode != check.state.controlCode);
        // Signing what no longer matches is refused.
        const auto signedMeeting = db->lifecycle().transition(id, MeetingStatus::Signed, {});
        QVERIFY(!signedMeeting);
        QVERIFY(signedMeeting.error().message.contains(u"control code"_s));
    }

    void theDirectoryDoesNotChangeASignedProtocol()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const Person person = db->persons()
                                  .save(Person {0, u"Abdullayev Nodir"_s, u"N.Abdullayev"_s,
                                      u"Kengash kotibi"_s, {}})
                                  .value();
        Meeting meeting = sample();
        meeting.secretary = person;
        const qint64 id = db->meetings().save(meeting)->id;
        for (const MeetingStatus step :
            {MeetingStatus::Review, MeetingStatus::Final, MeetingStatus::Signed})
            QVERIFY(db->lifecycle().transition(id, step, {}));
        const Meeting signedMeeting = db->meetings().load(id).value();
        Person moved = person;
        moved.position = u"Vazir oʻrinbosari"_s;
        moved.shortName = u"N.B.Abdullayev"_s;
        QVERIFY(db->persons().save(moved));
        QCOMPARE(db->meetings().load(id).value(), signedMeeting);
        QVERIFY(db->lifecycle().verify(id)->matches());
    }

    void revisionsAreKeptAndAutosavesCoalesce()
    {
        auto db = open(newPath());
        QVERIFY(db);
        Meeting meeting = db->meetings().save(sample()).value();
        QCOMPARE(db->lifecycle().history(meeting.id)->revisions.size(), 1);
        const QString firstPlace = meeting.place;

        // Typing for nine minutes: one autosave a minute, one revision.
        for (int minute = 1; minute <= 9; ++minute) {
            m_now = m_now.addSecs(60);
            meeting.place = firstPlace + u" "_s + QString::number(minute);
            meeting = db->meetings().save(meeting, MeetingRepository::SaveKind::Autosave).value();
        }
        auto revisions = db->lifecycle().history(meeting.id)->revisions;
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.first().kind, RevisionKind::Autosave);
        QCOMPARE(revisions.first().autosaves, 9);
        QCOMPARE(revisions.first().revision, meeting.revision);
        QCOMPARE(revisions.first().savedAt, m_now);
        QCOMPARE(revisions.first().firstSavedAt, m_now.addSecs(-8 * 60));

        // Ten minutes after the first of them, a new one begins.
        m_now = m_now.addSecs(2 * 60);
        meeting.place = firstPlace + u" 10"_s;
        meeting = db->meetings().save(meeting, MeetingRepository::SaveKind::Autosave).value();
        QCOMPARE(db->lifecycle().history(meeting.id)->revisions.size(), 3);
        // Another author's autosave is theirs.
        db->setUserName(u"Boshqa kotib"_s);
        m_now = m_now.addSecs(10);
        meeting.place = firstPlace + u" 11"_s;
        meeting = db->meetings().save(meeting, MeetingRepository::SaveKind::Autosave).value();
        QCOMPARE(db->lifecycle().history(meeting.id)->revisions.size(), 4);
        // An explicit save always is a revision of its own.
        m_now = m_now.addSecs(10);
        meeting.place = firstPlace + u" 12"_s;
        meeting = db->meetings().save(meeting).value();
        revisions = db->lifecycle().history(meeting.id)->revisions;
        QCOMPARE(revisions.size(), 5);
        QCOMPARE(revisions.first().kind, RevisionKind::Save);
        QCOMPARE(revisions.first().author, u"Boshqa kotib"_s);

        // Each keeps its state.
        const int coalesced = revisions.at(3).revision;
        const Meeting old = db->lifecycle().loadRevision(meeting.id, coalesced).value();
        QCOMPARE(old.place, firstPlace + u" 9"_s);
        QCOMPARE(old.revision, coalesced);
        const Meeting first = db->lifecycle().loadRevision(meeting.id, 1).value();
        QCOMPARE(first.place, firstPlace);
        const auto missing = db->lifecycle().loadRevision(meeting.id, coalesced - 1);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void restoringIsANewRevision()
    {
        auto db = open(newPath());
        QVERIFY(db);
        Meeting meeting = db->meetings().save(sample()).value();
        const Meeting original = meeting;
        meeting.agenda[0].title = u"Yangi sarlavha"_s;
        meeting.resolutions.removeLast();
        meeting = db->meetings().save(meeting).value();
        QVERIFY(db->lifecycle().setFollowUp(meeting.id, meeting.resolutions[2].uid,
            FollowUpStatus::InProgress, u"ish boshlandi"_s));

        const auto restored = db->lifecycle().restoreRevision(meeting.id, 1, u"Rais"_s);
        QVERIFY2(restored, qPrintable(messageOf(restored)));
        const Meeting now = db->meetings().load(meeting.id).value();
        QCOMPARE(now, *restored);
        QCOMPARE(now.agenda, original.agenda);
        QCOMPARE(now.resolutions.size(), original.resolutions.size());
        QCOMPARE(ControlCode::hash(now), ControlCode::hash(original));
        // The follow-up is not the text: it stays as it was set.
        QCOMPARE(now.resolutions[2].followUpStatus, FollowUpStatus::InProgress);
        const auto history = db->lifecycle().history(meeting.id).value();
        QCOMPARE(history.revisions.first().kind, RevisionKind::Restore);
        QCOMPARE(history.revisions.first().revision, now.revision);
        QCOMPARE(history.audit.first().action, AuditAction::Restore);
        QCOMPARE(history.audit.first().user, u"Rais"_s);
        QVERIFY(history.audit.first().note.contains(u"1"_s));

        // And it is undone by restoring the revision before it.
        const int before = history.revisions.at(1).revision;
        QVERIFY(db->lifecycle().restoreRevision(meeting.id, before));
        QCOMPARE(db->meetings().load(meeting.id)->agenda[0].title, u"Yangi sarlavha"_s);
    }

    void followUpIsADatedHistory()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Signed);
        const Meeting before = db->meetings().load(id).value();
        const QUuid uid = before.resolutions[4].uid;
        const auto set = db->lifecycle().setFollowUp(id, uid, FollowUpStatus::InProgress,
            u"ishchi guruh tuzildi"_s, u"Kotib"_s, QDate(2025, 7, 20));
        QVERIFY2(set, qPrintable(messageOf(set)));
        m_now = m_now.addDays(30);
        QVERIFY(db->lifecycle().setFollowUp(id, uid, FollowUpStatus::Done, u"bajarildi"_s));
        const Meeting after = db->meetings().load(id).value();
        const Resolution& resolution = after.resolutions[4];
        QCOMPARE(resolution.followUpStatus, FollowUpStatus::Done);
        QCOMPARE(resolution.statusNote, u"bajarildi"_s);
        QCOMPARE(resolution.followUpHistory.size(), 2);
        QCOMPARE(resolution.followUpHistory[0].date, QDate(2025, 7, 20));
        QCOMPARE(resolution.followUpHistory[0].status, FollowUpStatus::InProgress);
        QCOMPARE(resolution.followUpHistory[0].author, u"Kotib"_s);
        QCOMPARE(resolution.followUpHistory[1].date, m_now.toLocalTime().date());
        QCOMPARE(resolution.followUpHistory[1].author, u"Nodir Abdullayev"_s);
        // Not the text: the signed revision and its control code stand.
        QCOMPARE(after.revision, before.revision);
        QVERIFY(db->lifecycle().verify(id)->matches());

        const auto unknown
            = db->lifecycle().setFollowUp(id, QUuid::createUuid(), FollowUpStatus::Done, {});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
    }

    void followUpOfAnOpenMeetingMakesAStaleCopyConflict()
    {
        auto db = open(newPath());
        QVERIFY(db);
        Meeting copy = db->meetings().save(sample()).value();
        QVERIFY(db->lifecycle().setFollowUp(
            copy.id, copy.resolutions[0].uid, FollowUpStatus::Done, {}));
        copy.place = u"Buxoro"_s;
        const auto stale = db->meetings().save(copy);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, Error::Code::Conflict);
    }

    void followUpChangedByASaveIsKept()
    {
        auto db = open(newPath());
        QVERIFY(db);
        Meeting meeting = db->meetings().save(sample()).value();
        meeting.resolutions[1].followUpStatus = FollowUpStatus::InProgress;
        meeting.resolutions[1].statusNote = u"loyiha"_s;
        meeting = db->meetings().save(meeting, MeetingRepository::SaveKind::Autosave).value();
        m_now = m_now.addSecs(30);
        meeting.resolutions[1].statusNote = u"loyiha tayyor"_s;
        meeting = db->meetings().save(meeting, MeetingRepository::SaveKind::Autosave).value();
        // Typed in two autosaves: one step.
        QCOMPARE(meeting.resolutions[1].followUpHistory.size(), 1);
        QCOMPARE(meeting.resolutions[1].followUpHistory[0].note, u"loyiha tayyor"_s);
        QCOMPARE(db->meetings().load(meeting.id).value(), meeting);
    }

    void attachmentsKeepTheirBytesAndHash()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Signed);
        const QByteArray bytes = pdfBytes("imzolangan nusxa");
        m_now = m_now.addSecs(5);
        const auto attached = db->lifecycle().attach(id, u"bayon-3.pdf"_s, bytes);
        QVERIFY2(attached, qPrintable(messageOf(attached)));
        QCOMPARE(attached->mimeType, u"application/pdf"_s);
        QCOMPARE(attached->sha256,
            QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(attached->addedAt, m_now);

        const auto listed = db->lifecycle().attachments(id).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first(), *attached);
        QVERIFY(listed.first().isIntact());
        QCOMPARE(db->meetings().load(id)->attachments, listed);
        RawSqlite raw(db->path());
        QCOMPARE(raw.scalar(u"SELECT data FROM attachments WHERE meeting_id = %1"_s.arg(id))
                     .toByteArray(),
            bytes);
        QCOMPARE(raw.scalar(u"SELECT sha256 FROM attachments WHERE meeting_id = %1"_s.arg(id))
                     .toString(),
            attached->sha256);
        QCOMPARE(db->lifecycle().history(id)->audit.first().action, AuditAction::Attach);

        const auto again = db->lifecycle().attach(id, u"yana.pdf"_s, bytes);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Refused);
        QVERIFY(again.error().message.contains(u"bayon-3.pdf"_s));
        const auto text = db->lifecycle().attach(id, u"eslatma.txt"_s, "oddiy matn");
        QVERIFY(!text);
        QCOMPARE(text.error().code, Error::Code::Invalid);
        // A whole 1×1 grey PNG: signature, IHDR, IEND (the CRCs are not checked).
        const QByteArray pngBytes = QByteArray("\x89PNG\r\n\x1a\n", 8)
            + QByteArray("\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\0\0\0\0\0\0\0\0", 25)
            + QByteArray("\0\0\0\0IEND\xae\x42\x60\x82", 12);
        const auto png = db->lifecycle().attach(id, u"sahifa.png"_s, pngBytes);
        QVERIFY2(png, qPrintable(messageOf(png)));
        QCOMPARE(png->mimeType, u"image/png"_s);

        // A signed meeting keeps its files.
        const Status removed = db->lifecycle().removeAttachment(id, attached->sha256);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, Error::Code::Refused);
        QVERIFY(
            !rawError(raw, u"DELETE FROM attachments WHERE meeting_id = %1"_s.arg(id)).isEmpty());
        QVERIFY(
            !rawError(raw, u"UPDATE attachments SET data = x'00' WHERE meeting_id = %1"_s.arg(id))
                 .isEmpty());

        // The interchange JSON carries them into another database, hash and all.
        const Meeting exported = db->meetings().load(id).value();
        const auto imported = MeetingJson::read(MeetingJson::write(exported));
        QVERIFY2(imported, qPrintable(messageOf(imported)));
        auto other = open(newPath());
        const Meeting copy = other->meetings().save(*imported).value();
        QCOMPARE(other->meetings().load(copy.id)->attachments, exported.attachments);
        QCOMPARE(other->meetings().load(copy.id)->status, MeetingStatus::Signed);
        QCOMPARE(ControlCode::hash(other->meetings().load(copy.id).value()),
            ControlCode::hash(exported));
    }

    void attachmentsOfADraftCanBeRemoved()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = db->meetings().save(sample())->id;
        const auto attached = db->lifecycle().attach(id, u"a.pdf"_s, pdfBytes("a"));
        QVERIFY(attached);
        QVERIFY(db->lifecycle().removeAttachment(id, attached->sha256));
        QVERIFY(db->lifecycle().attachments(id)->isEmpty());
        QCOMPARE(db->lifecycle().history(id)->audit.first().action, AuditAction::Detach);
        QCOMPARE(db->lifecycle().removeAttachment(id, attached->sha256).error().code,
            Error::Code::NotFound);
    }

    void aLockedImportIsStoredThenLocked()
    {
        auto db = open(newPath());
        QVERIFY(db);
        Meeting meeting = sample();
        meeting.status = MeetingStatus::Signed;
        const auto stored = db->meetings().save(meeting);
        QVERIFY2(stored, qPrintable(messageOf(stored)));
        const auto state = db->lifecycle().state(stored->id).value();
        QCOMPARE(state.status, MeetingStatus::Signed);
        QCOMPARE(state.controlHash, ControlCode::hash(*stored));
        const auto line = db->lifecycle().history(stored->id)->audit.first();
        QCOMPARE(line.action, AuditAction::Import);
        QCOMPARE(line.to, std::optional(MeetingStatus::Signed));
        QCOMPARE(db->meetings().load(stored->id).value(), *stored);
    }

    void aControlCodeLeadsToItsRevisions()
    {
        auto db = open(newPath());
        QVERIFY(db);
        const qint64 id = sampleAt(*db, MeetingStatus::Final);
        const auto first = db->lifecycle().state(id).value();
        auto matches
            = db->lifecycle().findControlCode(first.controlCode.toLower().remove(u'-')).value();
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().meetingId, id);
        QCOMPARE(matches.first().revision, first.revision);
        QCOMPARE(matches.first().meetingNumber, 3);
        QVERIFY(matches.first().current);

        // Reopened and corrected: the old paper copy still leads here, marked as superseded.
        QVERIFY(db->lifecycle().reopen(id, u"tuzatish"_s));
        Meeting meeting = db->meetings().load(id).value();
        meeting.place = u"Toshkent"_s;
        meeting = db->meetings().save(meeting).value();
        QVERIFY(db->lifecycle().transition(id, MeetingStatus::Review, {}));
        QVERIFY(db->lifecycle().transition(id, MeetingStatus::Final, {}));
        matches = db->lifecycle().findControlCode(first.controlCode).value();
        QCOMPARE(matches.size(), 1);
        QVERIFY(!matches.first().current);
        QVERIFY(db->lifecycle().findControlCode(u"0000-0000-0000-0000"_s)->isEmpty());
        QCOMPARE(db->lifecycle().findControlCode(u"xyz"_s).error().code, Error::Code::Usage);
    }

    void theUserNameComesFromTheEnvironmentFirst()
    {
        const QByteArray saved = qgetenv("BAYON_USER");
        qputenv("BAYON_USER", "  Nodira Karimova ");
        QCOMPARE(UserName::current(), u"Nodira Karimova"_s);
        qunsetenv("BAYON_USER");
        const QString fallback = UserName::current();
        QVERIFY(!fallback.isEmpty());
        if (!saved.isNull())
            qputenv("BAYON_USER", saved);

        auto opened = Database::open(newPath());
        QVERIFY(opened);
        QCOMPARE((*opened)->userName(), UserName::current());
    }

private:
    static QByteArray RevisionlessJson(Meeting meeting)
    {
        meeting.revision = 0;
        return MeetingJson::write(meeting);
    }
};

QTEST_GUILESS_MAIN(TestLifecycleRepository)
#include "testlifecyclerepository.moc"
