// bench_revisions: what keeping every save costs. Saves the sample
// protocol, then makes 500 autosaves of small edits to it (a word typed in a
// report, a figure, a resolution), then prints the growth of the database
// file, the time of an autosave, and the time to list the history and to
// restore a revision. Targets: growth < 5 MB, list < 20 ms, restore < 50 ms.
// Two runs: autosaves 20 s apart (typing with pauses: they coalesce into a
// revision per ten minutes), and each autosave more than ten minutes after the
// last (none coalesce: 500 revisions, the worst case). It prints figures; it is
// not a test.
//
//   bench_revisions [--saves N]

#include "interchange/meetingimporter.h"
#include "storage/database.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double maximum(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

int fail(const Error& error)
{
    std::fprintf(stderr, "bench_revisions: %s\n", qPrintable(error.message));
    return 1;
}

// The file and its write-ahead log: what the disk holds.
qint64 sizeOnDisk(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

// A small edit, as typing makes between two autosaves.
void edit(Meeting& meeting, int step)
{
    switch (step % 4) {
    case 0:
        if (!meeting.agenda.isEmpty() && !meeting.agenda[0].reports.isEmpty())
            meeting.agenda[0].reports[0].body += u" soʻz"_s + QString::number(step);
        break;
    case 1:
        for (AgendaItem& item : meeting.agenda) {
            for (SpeakerReport& report : item.reports) {
                for (KpiTable& table : report.kpiTables) {
                    if (!table.rows.isEmpty()) {
                        table.rows[0].value = step * 1.5;
                        return;
                    }
                }
            }
        }
        break;
    case 2:
        if (!meeting.resolutions.isEmpty())
            meeting.resolutions.last().text += u" qoʻshimcha"_s;
        break;
    case 3:
        meeting.place = u"Toshkent shahri, "_s + QString::number(step) + u"-xona"_s;
        break;
    }
}

struct Figures
{
    qint64 growth = 0;
    int revisions = 0;
    QList<double> saves;
    QList<double> lists;
    QList<double> restores;
};

Result<Figures> run(const QString& path, int saves, qint64 secondsApart)
{
    Figures figures;
    QDateTime now = QDateTime(QDate(2025, 7, 10), QTime(9, 0), Qt::UTC);
    qint64 id = 0;
    {
        auto opened = Database::open(path);
        if (!opened)
            return opened.error();
        auto stored = (*opened)->meetings().save(MeetingImporter::sample().value());
        if (!stored)
            return stored.error();
        id = stored->id;
    } // closed: the log is checkpointed into the file
    const qint64 before = sizeOnDisk(path);

    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    Database& db = **opened;
    db.setClock([&now] { return now; });
    Meeting meeting = db.meetings().load(id).value();
    for (int step = 0; step < saves; ++step) {
        now = now.addSecs(secondsApart);
        edit(meeting, step);
        QElapsedTimer timer;
        timer.start();
        auto stored = db.meetings().save(meeting, MeetingRepository::SaveKind::Autosave);
        figures.saves.append(milliseconds(timer));
        if (!stored)
            return stored.error();
        meeting = std::move(stored).value();
    }

    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto history = db.lifecycle().history(id);
        figures.lists.append(milliseconds(timer));
        if (!history)
            return history.error();
        figures.revisions = int(history->revisions.size());
    }
    const QList<RevisionInfo> revisions = db.lifecycle().history(id)->revisions;
    for (int i = 0; i < 10; ++i) {
        // An older revision each time, as someone looking back would pick.
        const int revision
            = revisions.at(std::min<qsizetype>(revisions.size() - 1, 1 + i)).revision;
        QElapsedTimer timer;
        timer.start();
        const auto restored = db.lifecycle().restoreRevision(id, revision);
        figures.restores.append(milliseconds(timer));
        if (!restored)
            return restored.error();
    }
    opened.value().reset();
    figures.growth = sizeOnDisk(path) - before;
    return figures;
}

void report(const char* title, const Figures& figures, int saves)
{
    std::printf("%s\n", title);
    std::printf("  %d autosaves → %d revisions kept; database growth %.2f MB (target < 5 MB)\n",
        saves, figures.revisions, double(figures.growth) / (1024.0 * 1024.0));
    std::printf("  autosave          median %7.2f ms   max %7.2f ms\n", median(figures.saves),
        maximum(figures.saves));
    std::printf("  list history      median %7.2f ms   max %7.2f ms   (target < 20 ms)\n",
        median(figures.lists), maximum(figures.lists));
    std::printf("  restore revision  median %7.2f ms   max %7.2f ms   (target < 50 ms)\n",
        median(figures.restores), maximum(figures.restores));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The cost of the revision history."_s);
    parser.addHelpOption();
    const QCommandLineOption savesOption(
        u"saves"_s, u"how many autosaves (500)"_s, u"N"_s, u"500"_s);
    parser.addOption(savesOption);
    parser.process(app);
    const int saves = std::max(1, parser.value(savesOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Error::failed(u"no temporary folder"_s));
    const auto typing = run(dir.filePath(u"typing.sqlite"_s), saves, 20);
    if (!typing)
        return fail(typing.error());
    report("Autosaves 20 s apart (they coalesce per ten minutes):", *typing, saves);
    const auto spread = run(dir.filePath(u"spread.sqlite"_s), saves, 11 * 60);
    if (!spread)
        return fail(spread.error());
    report("Autosaves 11 min apart (none coalesce: the worst case):", *spread, saves);
    return 0;
}
