#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// bayon-cli's lifecycle commands as a script drives them: status, history,
// show --revision, verify (a database and a PDF), attach and decisions.
class TestCliLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString newDatabase() { return path(u"cli-%1.sqlite"_s.arg(++m_files)); }

    static QByteArray readFile(const QString& name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString addSample(const CliRunner& cli)
    {
        const CliRunner::Run run = cli.run({u"sample"_s});
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return run.out.trimmed();
    }

    // Runs one command that must succeed; its output.
    static QString ok(const CliRunner& cli, const QStringList& arguments)
    {
        const CliRunner::Run run = cli.run(arguments);
        if (run.exitCode != 0)
            qWarning().noquote() << arguments.join(u' ') << "→" << run.exitCode << run.err;
        return run.exitCode == 0 ? run.out : QString();
    }

    static QString finalSample(const CliRunner& cli)
    {
        const QString id = addSample(cli);
        ok(cli, {u"status"_s, id, u"review"_s});
        ok(cli, {u"status"_s, id, u"final"_s});
        return id;
    }

    // One error line on stderr, as every failure of bayon-cli gives.
    static bool oneLine(const QString& err)
    {
        return err.trimmed().count(u'\n') == 0 && !err.trimmed().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BAYON_USER", "Nodir Abdullayev");
    }

    void statusMovesAlongTheWorkflowAndHistoryShowsIt()
    {
        const CliRunner cli(newDatabase());
        const QString id = addSample(cli);
        QCOMPARE(ok(cli, {u"status"_s, id, u"review"_s, u"--note"_s, u"aʼzolarga yuborildi"_s}),
            id + u"\treview\t2\t\n"_s);
        const QStringList final = ok(cli, {u"status"_s, id, u"final"_s}).trimmed().split(u'\t');
        QCOMPARE(final.mid(0, 3), (QStringList {id, u"final"_s, u"3"_s}));
        QVERIFY(
            QRegularExpression(u"^[0-9A-F]{4}(-[0-9A-F]{4}){3}$"_s).match(final.at(3)).hasMatch());
        const QStringList signedLine
            = ok(cli, {u"status"_s, id, u"signed"_s, u"--date"_s, u"2025-07-12"_s})
                  .trimmed()
                  .split(u'\t');
        QCOMPARE(signedLine.at(1), u"signed"_s);
        QCOMPARE(signedLine.at(3), final.at(3));

        const QStringList lines = ok(cli, {u"history"_s, id}).split(u'\n', Qt::SkipEmptyParts);
        QStringList revisions;
        QStringList audit;
        for (const QString& line : lines)
            (line.startsWith(u"revision\t"_s) ? revisions : audit).append(line);
        QCOMPARE(revisions.size(), 4);
        QCOMPARE(audit.size(), 3);
        const QStringList newest = revisions.first().split(u'\t');
        QCOMPARE(newest.at(1), u"4"_s);
        QCOMPARE(newest.at(3), u"transition"_s);
        QCOMPARE(newest.at(4), u"signed"_s);
        QCOMPARE(newest.at(5), u"Nodir Abdullayev"_s);
        QCOMPARE(newest.at(6), final.at(3));
        const QStringList review = audit.last().split(u'\t');
        QCOMPARE(review.at(0), u"audit"_s);
        QCOMPARE(review.at(2), u"Nodir Abdullayev"_s);
        QCOMPARE(review.mid(3),
            (QStringList {
                u"transition"_s, u"draft"_s, u"review"_s, u"2"_s, u"aʼzolarga yuborildi"_s}));

        // Between the first revision and the signed one only the status changed.
        QCOMPARE(ok(cli, {u"history"_s, id, u"--diff"_s, u"1"_s, u"4"_s}),
            u"changed\tmeeting\tstatus\t[-draft-]{+signed+}\n"_s);
        QCOMPARE(cli.run({u"history"_s, id, u"--diff"_s, u"1"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"history"_s, id, u"--diff"_s, u"1"_s, u"7"_s}).exitCode, 1);
    }

    void refusedTransitionsExitWithOne()
    {
        const CliRunner cli(newDatabase());
        const QString id = addSample(cli);
        CliRunner::Run run = cli.run({u"status"_s, id, u"final"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(oneLine(run.err));
        QVERIFY2(run.err.contains(u"draft to final"_s), qPrintable(run.err));

        ok(cli, {u"status"_s, id, u"review"_s});
        ok(cli, {u"status"_s, id, u"final"_s});
        ok(cli, {u"status"_s, id, u"signed"_s});
        run = cli.run({u"status"_s, id, u"review"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(oneLine(run.err));
        QVERIFY(run.err.contains(u"reopened"_s));
        run = cli.run({u"status"_s, id, u"draft"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--note"_s), qPrintable(run.err));

        QCOMPARE(ok(cli, {u"status"_s, id, u"draft"_s, u"--note"_s, u"Imzo sanasi xato"_s})
                     .section(u'\t', 1, 1),
            u"draft"_s);
        const QString history = ok(cli, {u"history"_s, id});
        QVERIFY(history.contains(u"\treopen\tsigned\tdraft\t5\tImzo sanasi xato\n"_s));

        QCOMPARE(cli.run({u"status"_s, id, u"closed"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"status"_s, u"x"_s, u"draft"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"status"_s, id, u"review"_s, u"--date"_s, u"2025-01-01"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"status"_s, u"99"_s, u"review"_s}).exitCode, 1);
    }

    void showPrintsAKeptRevision()
    {
        const CliRunner cli(newDatabase());
        const QString id = finalSample(cli);
        const QJsonObject first
            = QJsonDocument::fromJson(ok(cli, {u"show"_s, id, u"--revision"_s, u"1"_s}).toUtf8())
                  .object();
        QCOMPARE(first[u"meeting"_s][u"status"_s].toString(), u"draft"_s);
        const QJsonObject now = QJsonDocument::fromJson(ok(cli, {u"show"_s, id}).toUtf8()).object();
        QCOMPARE(now[u"meeting"_s][u"status"_s].toString(), u"final"_s);
        QCOMPARE(first[u"meeting"_s][u"agenda"_s], now[u"meeting"_s][u"agenda"_s]);
        const CliRunner::Run missing = cli.run({u"show"_s, id, u"--revision"_s, u"9"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"no revision 9"_s));
        QCOMPARE(cli.run({u"show"_s, id, u"--revision"_s, u"zero"_s}).exitCode, 2);
    }

    void verifyFindsAChangeBehindBayonsBack()
    {
        const QString database = newDatabase();
        const CliRunner cli(database);
        const QString id = finalSample(cli);
        const QStringList fine = ok(cli, {u"verify"_s, id}).trimmed().split(u'\t');
        QCOMPARE(fine.last(), u"match"_s);
        QCOMPARE(fine.at(3), fine.at(4));

        // Another program drops the lock and changes one word.
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_locked_%'"_s));
            QStringList triggers;
            while (query.next())
                triggers.append(query.value(0).toString());
            query.finish();
            QVERIFY(!triggers.isEmpty());
            for (const QString& trigger : std::as_const(triggers))
                QVERIFY(query.exec(u"DROP TRIGGER "_s + trigger));
            QVERIFY(query.exec(
                u"UPDATE resolutions SET text = text || ' ' WHERE meeting_id = %1 AND seq = 1"_s
                    .arg(id)));
            QCOMPARE(query.numRowsAffected(), 1);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const CliRunner::Run run = cli.run({u"verify"_s, id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.trimmed().endsWith(u"MISMATCH"_s));
        QVERIFY(oneLine(run.err));
        QVERIFY2(run.err.contains(u"does not match its control code"_s), qPrintable(run.err));

        const CliRunner::Run draft = cli.run({u"verify"_s, addSample(cli)});
        QCOMPARE(draft.exitCode, 1);
        QVERIFY(draft.err.contains(u"no control code"_s));
        QCOMPARE(cli.run({u"verify"_s}).exitCode, 2);
    }

    // Someone drops the triggers, changes a signed text, has Bayon finalise
    // and sign it again, then rewrites the audit log as if nothing happened:
    // the stored code matches the text, but the chain of the log does not.
    void verifyFindsARewrittenAuditLog()
    {
        const QString database = newDatabase();
        const CliRunner cli(database);
        const QString id = finalSample(cli);
        ok(cli, {u"status"_s, id, u"signed"_s});
        const QString pdf = path(u"signed.pdf"_s);
        ok(cli, {u"export"_s, id, u"--output"_s, pdf});
        QCOMPARE(cli.run({u"verify"_s, id}).exitCode, 0);
        const auto tamper = [&](const QStringList& statements) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rewrite"_s);
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger'"_s));
            QStringList triggers;
            while (query.next())
                triggers.append(query.value(0).toString());
            query.finish();
            for (const QString& trigger : std::as_const(triggers))
                QVERIFY(query.exec(u"DROP TRIGGER "_s + trigger));
            for (const QString& statement : statements)
                QVERIFY2(
                    query.exec(QString(statement).replace(u"ID"_s, id)), qPrintable(statement));
            query.finish();
            db.close();
        };
        tamper({u"UPDATE resolutions SET text = text || ' ' WHERE meeting_id = ID AND seq = 1"_s,
            u"UPDATE meetings SET status = 'draft', control_hash = NULL WHERE id = ID"_s});
        QSqlDatabase::removeDatabase(u"rewrite"_s);
        ok(cli, {u"status"_s, id, u"review"_s});
        ok(cli, {u"status"_s, id, u"final"_s});
        ok(cli, {u"status"_s, id, u"signed"_s});
        // The log is made to tell the old story with the new code.
        tamper({u"DELETE FROM audit_log WHERE meeting_id = ID AND id > (SELECT min(id) FROM "
                "audit_log WHERE meeting_id = ID AND to_status = 'signed')"_s,
            u"UPDATE audit_log SET control_hash = (SELECT control_hash FROM meetings WHERE id = "
            "ID) WHERE meeting_id = ID AND to_status = 'final'"_s,
            u"UPDATE audit_log SET content_hash = (SELECT control_hash FROM meetings WHERE id = "
            "ID) WHERE meeting_id = ID AND id >= (SELECT id FROM audit_log WHERE meeting_id = ID "
            "AND to_status = 'final')"_s});
        QSqlDatabase::removeDatabase(u"rewrite"_s);

        const CliRunner::Run run = cli.run({u"verify"_s, id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.trimmed().endsWith(u"MISMATCH"_s));
        QVERIFY(oneLine(run.err));
        QVERIFY2(run.err.contains(u"changed behind Bayon's back: line 2 of its audit log"_s),
            qPrintable(run.err));
        QVERIFY2(
            run.err.contains(u"transition review → final) does not fit"_s), qPrintable(run.err));

        const CliRunner::Run old = cli.run({u"verify"_s, u"--pdf"_s, pdf});
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.err.contains(u"changed behind Bayon's back"_s), qPrintable(old.err));
    }

    void verifyReadsTheCodeOfAnExportedPdf()
    {
        const CliRunner cli(newDatabase());
        const QString id = finalSample(cli);
        const QString code = ok(cli, {u"verify"_s, id}).section(u'\t', 3, 3);
        const QString pdf = path(u"final.pdf"_s);
        ok(cli, {u"export"_s, id, u"--output"_s, pdf});
        QVERIFY(QFile::exists(pdf));

        QStringList found = ok(cli, {u"verify"_s, u"--pdf"_s, pdf}).trimmed().split(u'\t');
        QCOMPARE(found,
            (QStringList {code, id, u"3"_s, u"2025-07-10"_s, u"3"_s, u"final"_s, u"current"_s}));
        if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
            QProcess text;
            text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            QVERIFY(text.waitForFinished(60000));
            const QString pages = QString::fromUtf8(text.readAllStandardOutput());
            // Every page's footer: the code and the revision beside "k / N".
            const qsizetype count = pages.count(u'\f');
            QVERIFY(count >= 1);
            QCOMPARE(pages.count(code), count);
            QCOMPARE(pages.count(u"tahrir 3"_s), count);
        }

        // Reopened and finalised again with another text: the old PDF belongs
        // to a superseded revision; a draft's PDF carries no code at all.
        ok(cli, {u"status"_s, id, u"draft"_s, u"--note"_s, u"tuzatish"_s});
        const QString json = path(u"edited.json"_s);
        ok(cli, {u"export"_s, id, u"--output"_s, json});
        const CliRunner::Run draftPdf
            = cli.run({u"export"_s, id, u"--output"_s, path(u"draft.pdf"_s)});
        QCOMPARE(draftPdf.exitCode, 0);
        const CliRunner::Run none = cli.run({u"verify"_s, u"--pdf"_s, path(u"draft.pdf"_s)});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(u"no Bayon control code"_s));
        QByteArray edited = readFile(json);
        edited.replace("Toshkent shahri", "Toshkent");
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(edited);
        file.close();
        const QString copy = ok(cli, {u"import"_s, json}).trimmed();
        ok(cli, {u"status"_s, copy, u"review"_s});
        ok(cli, {u"status"_s, copy, u"final"_s});
        found = ok(cli, {u"verify"_s, u"--pdf"_s, pdf}).trimmed().split(u'\t');
        QCOMPARE(found.last(), u"superseded"_s);

        const CliRunner other(newDatabase());
        ok(other, {u"init"_s});
        const CliRunner::Run unknown = other.run({u"verify"_s, u"--pdf"_s, pdf});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(code));
    }

    void attachKeepsTheScanWithItsHash()
    {
        const CliRunner cli(newDatabase());
        const QString id = finalSample(cli);
        ok(cli, {u"status"_s, id, u"signed"_s});
        const QString scan = path(u"imzolangan.pdf"_s);
        const QByteArray bytes = "%PDF-1.4\n% the scan of the signed copy\n%%EOF\n";
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

        QCOMPARE(ok(cli, {u"attach"_s, id, scan}),
            sha + u"\tapplication/pdf\t%1\timzolangan.pdf\n"_s.arg(bytes.size()));
        const QStringList listed
            = ok(cli, {u"show"_s, id, u"--attachments"_s}).trimmed().split(u'\t');
        QCOMPARE(listed.mid(0, 4),
            (QStringList {
                u"imzolangan.pdf"_s, u"application/pdf"_s, QString::number(bytes.size()), sha}));
        QCOMPARE(listed.at(5), u"Nodir Abdullayev"_s);
        QCOMPARE(listed.last(), u"intact"_s);
        // The interchange JSON carries it.
        const QJsonObject shown
            = QJsonDocument::fromJson(ok(cli, {u"show"_s, id}).toUtf8()).object();
        QCOMPARE(shown[u"meeting"_s][u"attachments"_s][0][u"sha256"_s].toString(), sha);
        QVERIFY(ok(cli, {u"verify"_s, id}).trimmed().endsWith(u"match"_s));

        const CliRunner::Run twice = cli.run({u"attach"_s, id, scan});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(oneLine(twice.err));
        const QString text = path(u"matn.txt"_s);
        QFile plain(text);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("oddiy matn\n");
        plain.close();
        QCOMPARE(cli.run({u"attach"_s, id, text}).exitCode, 1);
        QCOMPARE(cli.run({u"attach"_s, id, path(u"yoq.pdf"_s)}).exitCode, 1);
        QCOMPARE(cli.run({u"attach"_s, id}).exitCode, 2);
    }

    void decisionsListsPrintsAndExports()
    {
        const CliRunner cli(newDatabase());
        addSample(cli);
        const QStringList text = ok(cli, {u"decisions"_s, u"--today"_s, u"2025-09-20"_s})
                                     .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(text.first(), u"QARORLAR IJROSI REESTRI"_s);
        QVERIFY(text.contains(u"Qarorlar soni: 5"_s));
        const qsizetype header = text.indexOf(
            u"Yigʻilish\t№\tQaror\tTuri\tKimga\tMasʼullar\tMuddat\tHolati\tIzoh\tKechikish (kun)"_s);
        QVERIFY(header > 0);
        QCOMPARE(text.size() - header - 1, 5);
        QVERIFY(text.at(header + 5).contains(u"\tN.Abdullayev\t"_s));
        QVERIFY(text.at(header + 3).contains(u"keyingi yigʻilishgacha"_s));

        const QString csv = ok(
            cli, {u"decisions"_s, u"--format"_s, u"csv"_s, u"--responsible"_s, u"abdullayev"_s});
        const QStringList records = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(records.size(), 2);
        QVERIFY(records.first().startsWith(
            u"Yigʻilish ID,Yigʻilish №,Yigʻilish sanasi,Kengash,Qaror №"_s));
        QVERIFY(records.at(1).contains(u",N.Abdullayev,"_s));
        QVERIFY(records.at(1).startsWith(u"1,3,2025-07-10,"_s));

        QCOMPARE(ok(cli, {u"decisions"_s, u"--status"_s, u"overdue"_s, u"--format"_s, u"csv"_s})
                     .count(u"\r\n"_s),
            1);
        QCOMPARE(ok(cli, {u"decisions"_s, u"--status"_s, u"done"_s, u"--format"_s, u"csv"_s})
                     .count(u"\r\n"_s),
            1);
        QCOMPARE(ok(cli, {u"decisions"_s, u"--from"_s, u"2025-08-01"_s, u"--format"_s, u"csv"_s})
                     .count(u"\r\n"_s),
            1);
        QCOMPARE(ok(cli, {u"decisions"_s, u"--to"_s, u"2025-07-10"_s, u"--format"_s, u"csv"_s})
                     .count(u"\r\n"_s),
            6);

        const QString pdf = path(u"register.pdf"_s);
        ok(cli, {u"decisions"_s, u"--output"_s, pdf, u"--sort"_s, u"responsible"_s, u"--desc"_s});
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
            QProcess process;
            process.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            QVERIFY(process.waitForFinished(60000));
            const QString pages = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY(pages.contains(u"QARORLAR IJROSI REESTRI"_s));
            QVERIFY(pages.contains(u"N.Abdullayev"_s));
            QVERIFY(pages.contains(
                u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s));
            QVERIFY(pages.contains(u"1 / "_s));
        }
        const QString odt = path(u"register.odt"_s);
        ok(cli, {u"decisions"_s, u"--output"_s, odt});
        QVERIFY(readFile(odt).startsWith("PK"));

        QCOMPARE(cli.run({u"decisions"_s, u"--status"_s, u"late"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"decisions"_s, u"--format"_s, u"pdf"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"decisions"_s, u"--from"_s, u"yesterday"_s}).exitCode, 2);
        QCOMPARE(cli.run({u"decisions"_s, u"--sort"_s, u"colour"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "testclilifecycle.moc"
