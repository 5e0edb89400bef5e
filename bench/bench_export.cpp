// bench_export: how fast Bayon prints a protocol.
//
// Exports the bundled sample protocol (or, without it, a built one) and a
// generated protocol of about 100 pages to PDF, printing the time and the peak
// memory; then, where LibreOffice is installed (scripts/install-deps bench),
// times `soffice --headless --convert-to pdf` on the ODT export of the same
// protocols and prints the ratio. Targets: 100 pages in under one second, the
// whole `bayon-cli export` process at least 20 times faster than LibreOffice.
// Processes are timed many times, in rounds that alternate Bayon and
// LibreOffice so that both meet the same load: medians with their spread.
#include "document/protocolexporter.h"
#include "document/protocollayout.h"
#include "document/protocolpdfwriter.h"
#include "protocolsamples.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

long peakMemoryKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void print(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// The median of `runs` exports, in milliseconds.
double timeExport(const Meeting& meeting, ExportFormat format, const QString& path, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Status status = ProtocolExporter::exportMeeting(meeting, path, format);
        times.append(timer.nsecsElapsed() / 1e6);
        if (!status) {
            print(u"export failed: "_s + status.error().message);
            return -1;
        }
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Median and spread of repeated timings, in milliseconds.
struct Timings
{
    QList<double> values;

    bool ok() const { return !values.isEmpty(); }
    double at(double quantile) const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(qBound(
            qsizetype(0), qsizetype(quantile * (sorted.size() - 1) + 0.5), sorted.size() - 1));
    }
    double median() const { return at(0.5); }
    QString describe() const
    {
        return u"%1 ms median (%2–%3 ms, p10–p90 %4–%5 ms, %6 runs)"_s.arg(median(), 0, 'f', 1)
            .arg(at(0), 0, 'f', 1)
            .arg(at(1), 0, 'f', 1)
            .arg(at(0.1), 0, 'f', 1)
            .arg(at(0.9), 0, 'f', 1)
            .arg(values.size());
    }
};

double childCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Wall time of a process in milliseconds, or -1 when it fails; `cpu` gets the
// processor time it used (user and system, all its threads and children),
// which the load of other programs on the machine changes much less.
double timeProcess(const QString& program, const QStringList& arguments, double* cpu = nullptr)
{
    const double cpuBefore = childCpuMs();
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        print(u"  %1 failed: %2"_s.arg(program, QString::fromUtf8(process.readAll()).trimmed()));
        return -1;
    }
    const double wall = timer.nsecsElapsed() / 1e6;
    if (cpu)
        *cpu = childCpuMs() - cpuBefore;
    return wall;
}

// Where the time of one PDF export goes: layout (composing, setting, paginating)
// and painting (the PDF itself), medians of `runs`.
void printPhases(const QString& name, const Meeting& meeting, int runs)
{
    QList<double> layoutTimes, paintTimes;
    int breaks = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto layout = ProtocolLayout::create(meeting);
        layoutTimes.append(timer.nsecsElapsed() / 1e6);
        if (!layout)
            return;
        breaks = (*layout)->addedPageBreaks();
        timer.restart();
        const Result<QByteArray> pdf = ProtocolPdfWriter::write(**layout);
        paintTimes.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(layoutTimes.begin(), layoutTimes.end());
    std::sort(paintTimes.begin(), paintTimes.end());
    print(u"  %1: layout %2 ms (%3 page breaks by the typist's rules), PDF %4 ms"_s.arg(name)
              .arg(layoutTimes.at(runs / 2), 0, 'f', 1)
              .arg(breaks)
              .arg(paintTimes.at(runs / 2), 0, 'f', 1));
}

int pagesOf(const Meeting& meeting)
{
    auto layout = ProtocolLayout::create(meeting);
    return layout ? (*layout)->pageCount() : 0;
}

double sofficeTime(const QString& soffice, const QString& odt, const QString& outDir,
    const QString& profile, double* cpu = nullptr)
{
    return timeProcess(soffice,
        {u"-env:UserInstallation=file://"_s + profile, u"--headless"_s, u"--convert-to"_s, u"pdf"_s,
            u"--outdir"_s, outDir, odt},
        cpu);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // --keep DIR: leave the exported files there, to look at them.
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype keep = arguments.indexOf(u"--keep"_s);
    QTemporaryDir temporary;
    const QDir dir(
        keep > 0 && keep + 1 < arguments.size() ? arguments.at(keep + 1) : temporary.path());
    if (!dir.exists() || !temporary.isValid()) {
        print(u"no folder to write to"_s);
        return 1;
    }

    const std::optional<Meeting> sample = ProtocolSamples::sample();
    const Meeting small = sample ? *sample : ProtocolSamples::built();
    print(sample ? u"Sample protocol (resources/sample/sample-meeting.json): %1 pages"_s.arg(
              pagesOf(small))
                 : u"Built protocol (the sample is missing): %1 pages"_s.arg(pagesOf(small)));

    // About three items to two pages: find the count that gives 100 pages.
    int items = 68;
    Meeting big = ProtocolSamples::generated(7, items);
    for (int pages = pagesOf(big); pages < 100 || pages > 104; pages = pagesOf(big)) {
        items = qMax(1, items + (pages < 100 ? 1 : -1) * qMax(1, qAbs(100 - pages) / 3));
        big = ProtocolSamples::generated(7, items);
    }
    const int bigPages = pagesOf(big);
    print(u"Generated protocol: %1 agenda items, %2 pages"_s.arg(items).arg(bigPages));

    const QString smallPdf = dir.filePath(u"sample.pdf"_s);
    const QString bigPdf = dir.filePath(u"big.pdf"_s);
    const double smallMs = timeExport(small, ExportFormat::Pdf, smallPdf, 9);
    const double bigMs = timeExport(big, ExportFormat::Pdf, bigPdf, 5);
    print(u"PDF export, sample:    %1 ms (median of 9), %2 KiB"_s.arg(smallMs, 0, 'f', 1)
              .arg(QFile(smallPdf).size() / 1024));
    print(u"PDF export, %1 pages: %2 ms (median of 5), %3 KiB, %4 ms a page"_s.arg(bigPages)
              .arg(bigMs, 0, 'f', 1)
              .arg(QFile(bigPdf).size() / 1024)
              .arg(bigMs / bigPages, 0, 'f', 2));
    printPhases(u"sample"_s, small, 9);
    printPhases(u"%1 pages"_s.arg(bigPages), big, 5);
    print(u"Peak memory (this process): %1 MiB"_s.arg(peakMemoryKiB() / 1024.0, 0, 'f', 1));
    print(bigMs < 1000 ? u"Target 100 pages < 1 s: met"_s : u"Target 100 pages < 1 s: NOT met"_s);

    // The whole `bayon-cli export` process, as a user runs it, and LibreOffice on
    // the same protocol's ODT: rounds of one LibreOffice conversion and several
    // exports, so that a burst of load on the machine meets both alike.
    QString cli;
    QStringList cliArguments;
#ifdef BAYON_CLI_PATH
    {
        cli = QString::fromUtf8(BAYON_CLI_PATH);
        const QString db = dir.filePath(u"bench.sqlite"_s);
        QProcess add;
        add.start(cli, {u"--db"_s, db, u"sample"_s});
        add.waitForFinished(60000);
        const QString id = QString::fromUtf8(add.readAllStandardOutput()).trimmed();
        if (id.isEmpty())
            cli.clear();
        cliArguments = {u"--db"_s, db, u"export"_s, id, u"--output"_s, dir.filePath(u"cli.pdf"_s)};
        if (!cli.isEmpty())
            timeProcess(cli, cliArguments); // warm the page cache, as a second run would be
    }
#endif
    Timings cliCpu;
    const auto timeCli = [&](Timings& timings, int runs) {
        for (int i = 0; i < runs && !cli.isEmpty(); ++i) {
            double cpu = 0;
            const double ms = timeProcess(cli, cliArguments, &cpu);
            if (ms < 0) {
                cli.clear();
                timings.values.clear();
            } else {
                timings.values.append(ms);
                cliCpu.values.append(cpu);
            }
        }
    };

    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    Timings cliTimes, loSmall, loBig, loSmallCpu;
    if (soffice.isEmpty()) {
        timeCli(cliTimes, 41);
        if (cliTimes.ok())
            print(u"bayon-cli export (whole process), sample: "_s + cliTimes.describe());
        print(
            u"LibreOffice (soffice) not installed: run scripts/install-deps bench for the comparison"_s);
        return 0;
    }
    const QString smallOdt = dir.filePath(u"sample.odt"_s);
    const QString bigOdt = dir.filePath(u"big.odt"_s);
    if (!ProtocolExporter::exportMeeting(small, smallOdt, ExportFormat::Odt)
        || !ProtocolExporter::exportMeeting(big, bigOdt, ExportFormat::Odt)) {
        print(u"ODT export failed"_s);
        return 1;
    }
    const QString profile = dir.filePath(u"lo-profile"_s);
    const QString out = dir.filePath(u"lo"_s);
    QDir().mkpath(out);
    // The first run creates LibreOffice's profile; the comparison uses warm runs.
    const double loFirst = sofficeTime(soffice, smallOdt, out, profile);
    constexpr int rounds = 7;
    for (int round = 0; round < rounds; ++round) {
        double cpu = 0;
        if (const double ms = sofficeTime(soffice, smallOdt, out, profile, &cpu); ms > 0) {
            loSmall.values.append(ms);
            loSmallCpu.values.append(cpu);
        }
        timeCli(cliTimes, 6);
        if (const double ms = sofficeTime(soffice, bigOdt, out, profile); ms > 0)
            loBig.values.append(ms);
        timeCli(cliTimes, 6);
    }
    if (cliTimes.ok())
        print(u"bayon-cli export (whole process), sample: "_s + cliTimes.describe());
    else
        print(u"bayon-cli export: not available"_s);
    if (!loSmall.ok() || !loBig.ok())
        return 1;
    print(u"LibreOffice ODT → PDF, sample:    %1 (first run, new profile: %2 ms)"_s
              .arg(loSmall.describe())
              .arg(loFirst, 0, 'f', 0));
    print(u"LibreOffice ODT → PDF, %1 pages: %2"_s.arg(bigPages).arg(loBig.describe()));
    print(u"Ratio LibreOffice / Bayon (in-process), sample: %1×, %2 pages: %3×"_s
              .arg(loSmall.median() / smallMs, 0, 'f', 1)
              .arg(bigPages)
              .arg(loBig.median() / bigMs, 0, 'f', 1));
    if (cliTimes.ok()) {
        // The median ratio, and a cautious one: LibreOffice's fastest run against
        // the export's 90th percentile.
        print(
            u"Ratio LibreOffice / bayon-cli export process, sample: %1× (medians), %2× (fastest LibreOffice / p90 Bayon)"_s
                .arg(loSmall.median() / cliTimes.median(), 0, 'f', 1)
                .arg(loSmall.at(0) / cliTimes.at(0.9), 0, 'f', 1));
        print(
            u"Processor time (user + system), sample: bayon-cli %1 ms, LibreOffice %2 ms median: %3×"_s
                .arg(cliCpu.median(), 0, 'f', 1)
                .arg(loSmallCpu.median(), 0, 'f', 0)
                .arg(loSmallCpu.median() / cliCpu.median(), 0, 'f', 1));
        print(loSmall.median() / cliTimes.median() >= 20
                ? u"Target bayon-cli export ≥ 20× faster than LibreOffice: met"_s
                : u"Target bayon-cli export ≥ 20× faster than LibreOffice: NOT met"_s);
    }
    // LibreOffice's page of the ODT: A4, which the ODT's page style gives it.
    if (const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s); !pdfinfo.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {QDir(out).filePath(u"sample.pdf"_s)});
        info.waitForFinished(30000);
        for (const QString& line : QString::fromUtf8(info.readAllStandardOutput()).split(u'\n')) {
            if (line.startsWith(u"Page size"_s))
                print(u"LibreOffice's PDF of the ODT: "_s + line.simplified());
        }
    }
    return 0;
}
