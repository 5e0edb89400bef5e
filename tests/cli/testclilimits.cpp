#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// bayon-cli at its limits: attachments measured before they are read and
// told by their whole content, an import that claims "signed", searches too
// long, and a review copy changed after it was packed.
class TestCliLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_meeting;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static bool oneLine(const QString& err)
    {
        return err.trimmed().count(u'\n') == 0 && !err.trimmed().isEmpty();
    }

    static bool write(const QString& name, const QByteArray& bytes)
    {
        QFile file(name);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BAYON_USER", "Nodir Abdullayev");
        m_db = path(u"council.sqlite"_s);
        const CliRunner::Run sample = CliRunner(m_db).run({u"sample"_s});
        QCOMPARE(sample.exitCode, 0);
        m_meeting = sample.out.trimmed();
    }

    // /dev/zero once grew to 22 GB: now it is refused before a byte is read,
    // and so is a file over 100 MB (sparse: no real data).
    void attachMeasuresTheFileFirst()
    {
        const CliRunner cli(m_db);
        const CliRunner::Run zero = cli.run({u"attach"_s, m_meeting, u"/dev/zero"_s});
        QCOMPARE(zero.exitCode, 1);
        QVERIFY2(oneLine(zero.err), qPrintable(zero.err));
        QVERIFY2(zero.err.contains(u"not a regular file"_s), qPrintable(zero.err));

        const QString big = path(u"katta.pdf"_s);
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n");
            QVERIFY(file.resize(100LL * 1024 * 1024 + 1));
        }
        const CliRunner::Run tooBig = cli.run({u"attach"_s, m_meeting, big});
        QCOMPARE(tooBig.exitCode, 1);
        QVERIFY2(tooBig.err.contains(u"100 MB"_s), qPrintable(tooBig.err));
    }

    // A page that starts with %PDF but is HTML is not attached; a name with
    // a line break and an escape sequence is kept and printed without them.
    void attachTellsTheTypeByTheWholeContent()
    {
        const CliRunner cli(m_db);
        const QString html = path(u"sahifa.pdf"_s);
        QVERIFY(write(html, "%PDF-1.4\n<html><script>alert(1)</script></html>\n"));
        const CliRunner::Run refused = cli.run({u"attach"_s, m_meeting, html});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(oneLine(refused.err), qPrintable(refused.err));

        const QString scan = path(u"scan.pdf"_s);
        QVERIFY(write(scan, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
        const CliRunner::Run attached
            = cli.run({u"attach"_s, m_meeting, scan, u"--name"_s, u"imzo\n\u001b[31mlangan.pdf"_s});
        QCOMPARE(attached.exitCode, 0);
        QVERIFY2(
            attached.out.trimmed().endsWith(u"\timzo[31mlangan.pdf"_s), qPrintable(attached.out));
        const CliRunner::Run listed = cli.run({u"show"_s, m_meeting, u"--attachments"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.out.contains(QChar(0x1b)));
        QCOMPARE(listed.out.trimmed().count(u'\n'), 0);
        QVERIFY2(listed.out.trimmed().endsWith(u"\tintact"_s), qPrintable(listed.out));

        // Listed without loading the bytes, the check of their hash still holds.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DROP TRIGGER attachments_no_update"_s));
            QVERIFY2(query.exec(u"UPDATE attachments SET data = CAST(replace(CAST(data AS TEXT), "
                                "'obj', 'OBJ') AS BLOB)"_s),
                qPrintable(query.lastError().text()));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        const CliRunner::Run damaged = cli.run({u"show"_s, m_meeting, u"--attachments"_s});
        QCOMPARE(damaged.exitCode, 0);
        QVERIFY2(damaged.out.trimmed().endsWith(u"\tDAMAGED"_s), qPrintable(damaged.out));
    }

    // "status": "signed" in a file makes a draft, not a signed meeting.
    void anImportedMeetingIsADraft()
    {
        const CliRunner cli(m_db);
        const CliRunner::Run shown = cli.run({u"show"_s, m_meeting});
        QCOMPARE(shown.exitCode, 0);
        QJsonObject root = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QJsonObject meeting = root[u"meeting"_s].toObject();
        meeting[u"status"_s] = u"signed"_s;
        meeting.remove(u"attachments"_s);
        root[u"meeting"_s] = meeting;
        const QString file = path(u"imzolangan.json"_s);
        QVERIFY(write(file, QJsonDocument(root).toJson()));
        const CliRunner::Run imported = cli.run({u"import"_s, file});
        QCOMPARE(imported.exitCode, 0);
        const QString id = imported.out.trimmed().section(u'\t', 0, 0);
        const CliRunner::Run again = cli.run({u"show"_s, id});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())
                     .object()[u"meeting"_s]
                     .toObject()[u"status"_s]
                     .toString(),
            u"draft"_s);
    }

    // 17 words or 257 characters: one line saying the limit, no search.
    void aSearchTooLongIsRefused()
    {
        const CliRunner cli(m_db);
        QStringList words;
        for (int i = 0; i < 17; ++i)
            words.append(u"a%1*"_s.arg(i));
        const CliRunner::Run many = cli.run({u"search"_s, words.join(u' ')});
        QVERIFY(many.exitCode != 0);
        QVERIFY2(many.err.contains(u"at most 16 words"_s), qPrintable(many.err));
        QVERIFY2(oneLine(many.err), qPrintable(many.err));
        const CliRunner::Run longOne = cli.run({u"search"_s, QString(257, u'a')});
        QVERIFY(longOne.exitCode != 0);
        QVERIFY2(longOne.err.contains(u"at most 256 characters"_s), qPrintable(longOne.err));
    }

    // A member edits a meeting in review inside the copy with the sqlite3
    // shell: every command on the copy then says so, in one line, and exits 1.
    void aCopyChangedAfterPackingIsRefused()
    {
        const CliRunner council(m_db);
        QCOMPARE(council.run({u"status"_s, m_meeting, u"review"_s}).exitCode, 0);
        const QString copy = path(u"nusxa.bayon"_s);
        const CliRunner::Run packed = council.run({u"pack"_s, u"--output"_s, copy});
        QVERIFY2(packed.exitCode == 0, qPrintable(packed.err));
        const CliRunner reader(copy);
        QCOMPARE(reader.run({u"list"_s}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(
                query.exec(u"UPDATE resolution_points SET text = text || ' (o‘zgartirildi)'"_s),
                qPrintable(query.lastError().text()));
            QVERIFY(query.numRowsAffected() > 0);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        for (const QStringList& command :
            {QStringList {u"list"_s}, QStringList {u"show"_s, m_meeting}}) {
            const CliRunner::Run run = reader.run(command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(oneLine(run.err), qPrintable(run.err));
            QVERIFY2(run.err.contains(u"changed after it was packed"_s), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLimits)
#include "testclilimits.moc"
