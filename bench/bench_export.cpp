// bench_export: how fast Bayon prints a protocol.
//
// Exports the bundled sample protocol (or, without it, a built one) and a
// generated protocol of about 100 pages to PDF, printing the time and the peak
// memory; then, where LibreOffice is installed (scripts/install-deps bench),
// times `soffice --headless --convert-to pdf` on the ODT export of the same
// protocols and prints the ratio. Targets: 100 pages in under one second, the
// whole `bayon-cli export` process at least 20 times faster than LibreOffice.
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

// Wall time of a process in milliseconds, or -1 when it fails.
double timeProcess(const QString& program, const QStringList& arguments)
{
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
    return timer.nsecsElapsed() / 1e6;
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

double sofficeTime(
    const QString& soffice, const QString& odt, const QString& outDir, const QString& profile)
{
    return timeProcess(soffice,
        {u"-env:UserInstallation=file://"_s + profile, u"--headless"_s, u"--convert-to"_s, u"pdf"_s,
            u"--outdir"_s, outDir, odt});
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

    double cliMs = -1;
#ifdef BAYON_CLI_PATH
    {
        // The whole process, as a user runs it.
        const QString cli = QString::fromUtf8(BAYON_CLI_PATH);
        const QString db = dir.filePath(u"bench.sqlite"_s);
        QProcess add;
        add.start(cli, {u"--db"_s, db, u"sample"_s});
        add.waitForFinished(60000);
        const QString id = QString::fromUtf8(add.readAllStandardOutput()).trimmed();
        cliMs = id.isEmpty()
            ? -1
            : timeProcess(
                cli, {u"--db"_s, db, u"export"_s, id, u"--output"_s, dir.filePath(u"cli.pdf"_s)});
        if (cliMs >= 0)
            print(u"bayon-cli export (whole process), sample: %1 ms"_s.arg(cliMs, 0, 'f', 1));
        else
            print(u"bayon-cli export: not available"_s);
    }
#endif

    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
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
    const double loSmall = sofficeTime(soffice, smallOdt, out, profile);
    const double loBig = sofficeTime(soffice, bigOdt, out, profile);
    print(u"LibreOffice ODT → PDF, sample:    %1 ms (first run, new profile: %2 ms)"_s
              .arg(loSmall, 0, 'f', 0)
              .arg(loFirst, 0, 'f', 0));
    print(u"LibreOffice ODT → PDF, %1 pages: %2 ms"_s.arg(bigPages).arg(loBig, 0, 'f', 0));
    if (loSmall > 0 && loBig > 0) {
        print(u"Ratio LibreOffice / Bayon (in-process), sample: %1×, %2 pages: %3×"_s
                  .arg(loSmall / smallMs, 0, 'f', 1)
                  .arg(bigPages)
                  .arg(loBig / bigMs, 0, 'f', 1));
        if (cliMs > 0)
            print(u"Ratio LibreOffice / bayon-cli export process, sample: %1×"_s.arg(
                loSmall / cliMs, 0, 'f', 1));
    }
    return 0;
}
