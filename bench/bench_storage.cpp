// bench_storage: how fast the SQLite storage is with a realistic amount of data.
// Fills a database with generated meetings (2 000 by default), then prints the
// time to open it and list every meeting, to load and to save one meeting,
// the median and 95th percentile of a set of Uzbek searches, and the size of
// the file. Targets: list < 50 ms, load and save < 10 ms, search
// p95 < 20 ms. It prints figures; it is not a test.
//
//   bench_storage [--meetings N] [--database PATH]
//   (with --database an existing file is reused as it is, so repeated runs
//   skip the filling)

#include "meetinggenerator.h"
#include "storage/database.h"
#include "storage/lifecyclerepository.h"
#include "storage/meetingrepository.h"
#include "storage/meetingsearch.h"

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

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index
        = std::min(values.size() - 1, qsizetype(fraction * double(values.size() - 1) + 0.5));
    return values.at(index);
}

void print(const char* what, const QList<double>& times, double target)
{
    std::printf("%-34s median %8.2f ms   p95 %8.2f ms   max %8.2f ms   (n=%lld, target < %g ms)\n",
        what, percentile(times, 0.5), percentile(times, 0.95), percentile(times, 1.0),
        static_cast<long long>(times.size()), target);
}

int fail(const Error& error)
{
    std::fprintf(stderr, "bench_storage: %s\n", qPrintable(error.message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times Bayon's SQLite storage over generated meetings."_s);
    parser.addHelpOption();
    parser.addOption(
        {u"meetings"_s, u"How many meetings to generate (2000)."_s, u"N"_s, u"2000"_s});
    parser.addOption({u"database"_s, u"Use this file instead of a temporary one."_s, u"PATH"_s});
    parser.process(app);

    const int count = parser.value(u"meetings"_s).toInt();
    QTemporaryDir temporary;
    const QString path = parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                                     : temporary.filePath(u"bench.sqlite"_s);

    // Filling.
    {
        auto opened = Database::open(path);
        if (!opened)
            return fail(opened.error());
        MeetingRepository& meetings = opened.value()->meetings();
        const auto existing = meetings.list();
        if (!existing)
            return fail(existing.error());
        if (existing->size() < count) {
            MeetingGenerator generator;
            QElapsedTimer timer;
            timer.start();
            const QList<Meeting> generated = generator.generate(count - int(existing->size()));
            const double generating = milliseconds(timer);
            timer.restart();
            for (const Meeting& meeting : generated) {
                const auto saved = meetings.save(meeting);
                if (!saved)
                    return fail(saved.error());
            }
            std::printf(
                "filled %lld meetings: generated in %.0f ms, saved in %.0f ms (%.2f ms each)\n",
                static_cast<long long>(generated.size()), generating, milliseconds(timer),
                milliseconds(timer) / double(generated.size()));
        }
    }

    // Open and list, each time from a closed file, as a starting program does.
    QList<double> openTimes;
    QList<double> listTimes;
    QList<double> openAndList;
    QList<qint64> ids;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto opened = Database::open(path);
        if (!opened)
            return fail(opened.error());
        const double open = milliseconds(timer);
        QElapsedTimer listTimer;
        listTimer.start();
        const auto list = opened.value()->meetings().list();
        if (!list)
            return fail(list.error());
        listTimes.append(milliseconds(listTimer));
        openTimes.append(open);
        openAndList.append(milliseconds(timer));
        if (ids.isEmpty()) {
            for (const MeetingSummary& summary : *list)
                ids.append(summary.id);
        }
    }
    std::printf("\n%lld meetings in %s\n", static_cast<long long>(ids.size()), qPrintable(path));
    print("open (checks, pragmas)", openTimes, 50);
    print("list every meeting", listTimes, 50);
    print("open + list", openAndList, 50);

    auto opened = Database::open(path);
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();

    // Load and save meetings spread over the whole file.
    QList<double> loadTimes;
    QList<double> saveTimes;
    const int samples = 60;
    for (int i = 0; i < samples; ++i) {
        const qint64 id = ids.at(qsizetype(i) * ids.size() / samples);
        QElapsedTimer timer;
        timer.start();
        auto loaded = db.meetings().load(id);
        if (!loaded)
            return fail(loaded.error());
        loadTimes.append(milliseconds(timer));

        Meeting meeting = std::move(loaded).value();
        // A final or signed protocol is read-only: it is reopened
        // first, outside the timing, as a correction would be.
        if (meeting.isLocked()) {
            auto reopened = db.lifecycle().reopen(id, u"bench_storage"_s);
            if (!reopened)
                return fail(reopened.error());
            meeting = std::move(reopened).value();
        }
        meeting.place = u"Toshkent shahri, %1-xona"_s.arg(i + 1);
        timer.restart();
        const auto saved = db.meetings().save(meeting);
        if (!saved)
            return fail(saved.error());
        saveTimes.append(milliseconds(timer));
    }
    print("load one meeting", loadTimes, 10);
    print("save one meeting (one transaction)", saveTimes, 10);

    // Searches, as a secretary types them: apostrophes of every kind,
    // prefixes, phrases, common and rare words.
    const QStringList queries = {
        u"oʻsish"_s,
        u"o'sish"_s,
        u"o‘sish barobar"_s,
        u"sunʼiy intellekt"_s,
        u"sun'iy"_s,
        u"IT-Park rezidentlari"_s,
        u"eksport*"_s,
        u"dasturchi*"_s,
        u"Jamoatchilik kengashi"_s,
        u"ijtimoiy buyurtma"_s,
        u"maʼqullansin"_s,
        u"Madad"_s,
        u"telekommunikatsiya infratuzilmasi"_s,
        u"yoshlar"_s,
        u"\"raqamli taʼlim\""_s,
        u"portal foydalanuvchilari"_s,
        u"tavsiya etilsin"_s,
        u"Abdullayev"_s,
        u"startap*"_s,
        u"vazirligi"_s,
        u"optik-tolali aloqa"_s,
        u"Gʻulomov"_s,
    };
    QList<double> searchTimes;
    qsizetype hits = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString& query : queries) {
            QElapsedTimer timer;
            timer.start();
            const auto found = db.search().search(query);
            if (!found)
                return fail(found.error());
            searchTimes.append(milliseconds(timer));
            if (round == 0)
                hits += found->size();
        }
    }
    print("search (22 queries x 5, 200 hits max)", searchTimes, 20);
    std::printf("%-34s %lld hits over %lld queries\n", "", static_cast<long long>(hits),
        static_cast<long long>(queries.size()));

    opened.value().reset();
    const qint64 size = QFileInfo(path).size();
    std::printf("%-34s %.1f MB (%.1f kB a meeting)\n", "database file", double(size) / 1e6,
        double(size) / 1e3 / double(std::max<qsizetype>(1, ids.size())));
    return 0;
}
