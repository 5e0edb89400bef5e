// Word accuracy of Bayon's Uzbek transliteration against ICU's bundled
// uz_Latn-uz_Cyrl / uz_Cyrl-uz_Latn, both ways, on the word-pair list of the
// tests, and the speed of Bayon's on a protocol-sized text. Prints figures; not a test.
//
//   bench_translit [word-pairs.tsv]

#include "text/transliterator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <memory>
#include <unicode/translit.h>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

using Pairs = QList<std::pair<QString, QString>>;

Pairs readPairs(const QString& path)
{
    Pairs pairs;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qUtf8Printable(path),
            qUtf8Printable(file.errorString()));
        return pairs;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() == 2)
            pairs.append({fields[0].toString(), fields[1].toString()});
    }
    return pairs;
}

std::unique_ptr<icu::Transliterator> icuBundled(const char* id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        return {};
    return t;
}

QString viaIcu(const icu::Transliterator& t, const QString& text)
{
    icu::UnicodeString s(
        reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
    t.transliterate(s);
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

double accuracy(
    const Pairs& pairs, bool toCyrillic, const std::function<QString(const QString&)>& f)
{
    int right = 0;
    for (const auto& [latin, cyrillic] : pairs) {
        if (f(toCyrillic ? latin : cyrillic) == (toCyrillic ? cyrillic : latin))
            ++right;
    }
    return pairs.isEmpty() ? 0.0 : 100.0 * right / pairs.size();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QStringLiteral(BAYON_SOURCE_DIR "/tests/data/translit/word-pairs.tsv");
    const Pairs pairs = readPairs(path);
    if (pairs.isEmpty())
        return 1;
    if (const Status status = Transliterator::status(); !status) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(status.error().message));
        return 1;
    }
    const auto icuToCyrillic = icuBundled("uz_Latn-uz_Cyrl");
    const auto icuToLatin = icuBundled("uz_Cyrl-uz_Latn");

    std::printf(
        "Word accuracy on %lld pairs (%s)\n", qlonglong(pairs.size()), qUtf8Printable(path));
    std::printf("  %-26s %10s %10s\n", "", "Latn→Cyrl", "Cyrl→Latn");
    std::printf("  %-26s %9.2f%% %9.2f%%\n", "Bayon",
        accuracy(pairs, true, [](const QString& s) { return Transliterator::toCyrillic(s); }),
        accuracy(pairs, false, [](const QString& s) { return Transliterator::toLatin(s); }));
    if (icuToCyrillic && icuToLatin) {
        std::printf("  %-26s %9.2f%% %9.2f%%\n", "ICU 72 bundled uz_Latn/Cyrl",
            accuracy(pairs, true, [&](const QString& s) { return viaIcu(*icuToCyrillic, s); }),
            accuracy(pairs, false, [&](const QString& s) { return viaIcu(*icuToLatin, s); }));
    } else {
        std::printf("  ICU's bundled uz_Latn-uz_Cyrl / uz_Cyrl-uz_Latn are not available\n");
    }

    // Speed: the whole list as one running text, as a protocol is transliterated for print.
    QString latinText;
    for (const auto& pair : pairs)
        latinText += pair.first + u' ';
    const QString cyrillicText = Transliterator::toCyrillic(latinText);
    constexpr int kRounds = 20;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRounds; ++i)
        Transliterator::toCyrillic(latinText);
    const double msToCyrillic = timer.nsecsElapsed() / 1e6 / kRounds;
    timer.restart();
    for (int i = 0; i < kRounds; ++i)
        Transliterator::toLatin(cyrillicText);
    const double msToLatin = timer.nsecsElapsed() / 1e6 / kRounds;
    std::printf(
        "Speed on a text of %lld words (%lld characters): Latn→Cyrl %.2f ms, Cyrl→Latn %.2f ms\n",
        qlonglong(pairs.size()), qlonglong(latinText.size()), msToCyrillic, msToLatin);
    return 0;
}
