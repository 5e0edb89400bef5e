// kill -9 in the middle of writes: bayon-cli is killed at random moments
// while it imports meetings and moves them along the workflow. Afterwards the
// database passes SQLite's integrity check, every write that a command
// confirmed (exit 0) is there, and nothing half-written is: each meeting in
// the database is whole.
#include "interchange/meetingimporter.h"
#include "interchange/meetingjson.h"
#include "testconfig.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    bool finished = false; // ran to its end (not killed)
    int exitCode = -1;
    QString out;
};

// Runs bayon-cli, and kills it with SIGKILL after killAfterMs unless it ended first.
Outcome runOrKill(const QString& database, const QStringList& arguments, int killAfterMs)
{
    QProcess process;
    process.start(QStringLiteral(BAYON_CLI_PATH), QStringList {u"--db"_s, database} + arguments);
    Outcome outcome;
    if (!process.waitForStarted(30000))
        return outcome;
    if (process.waitForFinished(killAfterMs) && process.exitStatus() == QProcess::NormalExit) {
        outcome.finished = true;
        outcome.exitCode = process.exitCode();
        outcome.out = QString::fromUtf8(process.readAllStandardOutput());
        return outcome;
    }
    process.kill(); // SIGKILL
    process.waitForFinished(30000);
    return outcome;
}

QString checkIntegrity(const QString& path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
            return query.lastError().text();
        result = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

} // namespace

class TestKillNine : public QObject
{
    Q_OBJECT

private slots:
    void committedWritesSurviveKills()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString database = dir.filePath(u"bayon.sqlite"_s);
        const Outcome init = runOrKill(database, {u"init"_s}, 60000);
        QVERIFY(init.finished && init.exitCode == 0);

        const Bayon::Result<Bayon::Meeting> sample = Bayon::MeetingImporter::sample();
        QVERIFY(sample.ok());
        const QString sampleFile = dir.filePath(u"sample.json"_s);
        {
            QFile file(sampleFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(Bayon::MeetingJson::write(*sample)) > 0);
        }

        // What each command confirmed, and what a killed one may have done.
        QList<qint64> confirmedImports;
        QHash<qint64, QSet<QString>> possibleStatus; // after the last confirmed change
        QRandomGenerator random(20261208);
        int kills = 0;
        int confirmed = 0;
        QElapsedTimer clock;
        clock.start();
        // Bounded: 100 kills, or 120 s, whichever comes first.
        while (kills < 100 && clock.elapsed() < 120000) {
            const int killAfter = int(random.bounded(5, 400));
            const bool doImport = confirmedImports.isEmpty() || random.bounded(3) == 0;
            if (doImport) {
                const Outcome run = runOrKill(database, {u"import"_s, sampleFile}, killAfter);
                if (!run.finished) {
                    ++kills;
                    continue;
                }
                QCOMPARE(run.exitCode, 0);
                const qint64 id = run.out.trimmed().toLongLong();
                QVERIFY2(id > 0, qPrintable(run.out));
                confirmedImports.append(id);
                possibleStatus[id] = {u"draft"_s};
                ++confirmed;
            } else {
                const qint64 id
                    = confirmedImports.at(int(random.bounded(qsizetype(confirmedImports.size()))));
                QSet<QString>& possible = possibleStatus[id];
                // Between draft and review, both ways; reopening needs a note.
                const QString target = possible.contains(u"review"_s) && possible.size() == 1
                    ? u"draft"_s
                    : u"review"_s;
                const Outcome run = runOrKill(database,
                    {u"status"_s, QString::number(id), target, u"--note"_s, u"kill -9 test"_s},
                    killAfter);
                if (!run.finished) {
                    ++kills;
                    possible.insert(target); // it may have committed before the kill
                    continue;
                }
                if (run.exitCode == 0) {
                    possible = {target};
                    ++confirmed;
                }
            }
        }
        qInfo("%d kills, %d confirmed writes, %lld ms", kills, confirmed, clock.elapsed());
        QVERIFY(kills >= 20);

        QCOMPARE(checkIntegrity(database), u"ok"_s);

        // Every confirmed import is there, whole, in a status it may have.
        for (const qint64 id : std::as_const(confirmedImports)) {
            const Outcome show = runOrKill(database, {u"show"_s, QString::number(id)}, 60000);
            QVERIFY2(show.finished && show.exitCode == 0, qPrintable(QString::number(id)));
            const Bayon::Result<Bayon::Meeting> stored
                = Bayon::MeetingJson::read(show.out.toUtf8());
            QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
            QCOMPARE(stored->agenda, sample->agenda);
            QCOMPARE(stored->resolutions.size(), sample->resolutions.size());
            const QString status = Bayon::enumKey(stored->status);
            QVERIFY2(possibleStatus.value(id).contains(status),
                qPrintable(u"meeting %1 is %2"_s.arg(id).arg(status)));
        }
        // And every meeting in the list is whole, confirmed or not.
        const Outcome list = runOrKill(database, {u"list"_s}, 60000);
        QVERIFY(list.finished && list.exitCode == 0);
        const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= confirmedImports.size());
        for (const QString& line : lines) {
            const QString id = line.section(u'\t', 0, 0);
            const Outcome show = runOrKill(database, {u"show"_s, id}, 60000);
            QVERIFY2(show.finished && show.exitCode == 0, qPrintable(line));
            const Bayon::Result<Bayon::Meeting> stored
                = Bayon::MeetingJson::read(show.out.toUtf8());
            QVERIFY(stored.ok());
            QCOMPARE(stored->agenda.size(), sample->agenda.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestKillNine)
#include "testkillnine.moc"
