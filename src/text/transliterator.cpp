#include "transliterator.h"

#include "apostrophes.h"
#include "icustring.h"
#include "resourcepaths.h"
#include "romannumeral.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QtDebug>
#include <algorithm>
#include <functional>
#include <memory>
#include <unicode/translit.h>
#include <unicode/utrans.h>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// Loanwords and abbreviations, for one direction: source word → target word.
struct Exceptions
{
    QHash<QString, QString> exact; // entries with a capital: matched as written
    QHash<QString, QString> words; // lower-case whole words, matched in any case
    QHash<QString, QString> stems; // lower-case stems, matched at a word's start
    QList<qsizetype> stemLengths; // the lengths stems come in, longest first
};

struct Direction
{
    std::unique_ptr<icu::Transliterator> rules;
    Exceptions exceptions;
};

struct Engine
{
    Direction toCyrillic;
    Direction toLatin;
    QString error; // empty when both directions are ready
};

Result<QString> readResource(const QString& name)
{
    QFile file(ResourcePaths::transliterationRules() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(u"Cannot read the transliteration file %1: %2"_s.arg(
            file.fileName(), file.errorString()));
    return QString::fromUtf8(file.readAll());
}

Result<std::unique_ptr<icu::Transliterator>> compile(const QString& id, const QString& name)
{
    const Result<QString> rules = readResource(name);
    if (!rules)
        return rules.error();
    UParseError parseError {};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> compiled(icu::Transliterator::createFromRules(
        IcuString::toIcu(id), IcuString::toIcu(*rules), UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status) || !compiled) {
        return Error::failed(u"The transliteration rules %1 do not compile: %2 at line %3, "
                             u"offset %4"_s.arg(name, QString::fromLatin1(u_errorName(status)))
                                 .arg(parseError.line)
                                 .arg(parseError.offset));
    }
    return compiled;
}

bool hasCapital(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
}

void add(Exceptions& exceptions, const QString& from, const QString& to)
{
    const bool stem = from.endsWith(u'*');
    const QString key = stem ? from.chopped(1) : from;
    const QString value = stem ? to.chopped(1) : to;
    if (stem) {
        exceptions.stems.insert(key.toLower(), value.toLower());
        if (!exceptions.stemLengths.contains(key.size()))
            exceptions.stemLengths.append(key.size());
    } else if (hasCapital(key))
        exceptions.exact.insert(key, value);
    else
        exceptions.words.insert(key, value);
}

Status readExceptions(Engine& engine)
{
    const Result<QString> text = readResource(u"exceptions.txt"_s);
    if (!text)
        return text.error();
    int lineNumber = 0;
    for (const QStringView line : QStringView(*text).split(u'\n')) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = trimmed.split(u'\t', Qt::SkipEmptyParts);
        const bool stems = fields.size() == 2 && fields[0].endsWith(u'*');
        if (fields.size() != 2 || stems != fields[1].endsWith(u'*')) {
            return Error::invalid(
                u"exceptions.txt line %1: expected \"latin<TAB>cyrillic\", a * on both or "
                u"neither"_s.arg(lineNumber));
        }
        const QString latin
            = Apostrophes::normalize(fields[0]).normalized(QString::NormalizationForm_C);
        const QString cyrillic = fields[1].toString().normalized(QString::NormalizationForm_C);
        add(engine.toCyrillic.exceptions, latin, cyrillic);
        add(engine.toLatin.exceptions, cyrillic, latin);
    }
    for (Direction* direction : {&engine.toCyrillic, &engine.toLatin}) {
        std::sort(direction->exceptions.stemLengths.begin(),
            direction->exceptions.stemLengths.end(), std::greater<>());
    }
    return {};
}

Engine build()
{
    Engine engine;
    auto cyrillic = compile(u"Bayon-uz_Latn-uz_Cyrl"_s, u"uz_Latn-uz_Cyrl.txt"_s);
    auto latin = compile(u"Bayon-uz_Cyrl-uz_Latn"_s, u"uz_Cyrl-uz_Latn.txt"_s);
    const Status exceptions = readExceptions(engine);
    if (!cyrillic)
        engine.error = cyrillic.error().message;
    else if (!latin)
        engine.error = latin.error().message;
    else if (!exceptions)
        engine.error = exceptions.error().message;
    if (!engine.error.isEmpty()) {
        qCritical("Bayon: transliteration unavailable: %s", qUtf8Printable(engine.error));
        return engine;
    }
    engine.toCyrillic.rules = std::move(cyrillic).value();
    engine.toLatin.rules = std::move(latin).value();
    return engine;
}

// Built once, on first use; C++ makes the initialisation thread-safe, and ICU's
// rule-based transliterators may be shared between threads.
const Engine& engine()
{
    static const Engine instance = build();
    return instance;
}

// ʻ and ʼ are modifier letters for Unicode: they belong to the word.
bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

enum class WordCase { Lower, Title, Upper, Mixed };

WordCase caseOf(QStringView word)
{
    int upper = 0;
    int lower = 0;
    bool firstUpper = false;
    bool seenCased = false;
    for (const QChar c : word) {
        if (c.isUpper()) {
            if (!seenCased)
                firstUpper = true;
            ++upper;
            seenCased = true;
        } else if (c.isLower()) {
            ++lower;
            seenCased = true;
        }
    }
    if (upper == 0)
        return WordCase::Lower;
    if (lower == 0)
        return upper > 1 ? WordCase::Upper : WordCase::Title;
    if (firstUpper && upper == 1)
        return WordCase::Title;
    return WordCase::Mixed;
}

QString withCase(const QString& word, WordCase wordCase)
{
    switch (wordCase) {
    case WordCase::Upper:
        return word.toUpper();
    case WordCase::Title:
        return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
    case WordCase::Lower:
    case WordCase::Mixed:
        break;
    }
    return word;
}

// Runs the rules over text, with context before it that the rules may look at but
// do not change: a suffix after a stem sees the stem (концерт|га).
QString applyRules(const icu::Transliterator& rules, const QString& context, QStringView text)
{
    icu::UnicodeString buffer = IcuString::toIcu(context);
    buffer.append(IcuString::toIcu(text));
    UTransPosition position {
        0, buffer.length(), static_cast<int32_t>(context.size()), buffer.length()};
    UErrorCode status = U_ZERO_ERROR;
    rules.transliterate(buffer, position, status);
    rules.finishTransliteration(buffer, position);
    if (U_FAILURE(status))
        return text.toString();
    return IcuString::fromIcu(buffer).mid(context.size());
}

// Latin words that are not Uzbek: letters Uzbek does not use (c outside ch, w), a
// doubled e or o (Speedtest, Facebook), a y after a consonant at the end (Ustudy, My), or a
// capital inside a lower-case word (MyID, DavrOn). Rules would make them unreadable.
bool isForeignLatin(QStringView word)
{
    static const QString consonants = u"bcdfghjklmnpqrstvxz"_s;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i].toLower();
        const QChar next = i + 1 < word.size() ? word[i + 1].toLower() : QChar();
        if (c == u'w' || (c == u'c' && next != u'h'))
            return true;
        if ((c == u'e' || c == u'o') && next == c)
            return true;
        // A capital after a small letter, unless the small one ends a digraph that
        // began with a capital: YaIM, AQSh are Uzbek abbreviations.
        if (i > 0 && word[i - 1].isLower() && word[i].isUpper()) {
            const bool digraph = i >= 2 && word[i - 2].isUpper()
                && QStringLiteral("ya yo yu ye sh ch")
                       .contains(QString(word[i - 2]).toLower() + word[i - 1]);
            if (!digraph)
                return true;
        }
    }
    const qsizetype n = word.size();
    return n >= 2 && word[n - 1].toLower() == u'y' && consonants.contains(word[n - 2].toLower());
}

// One or two capitals written against a digit: G2, 5G, A4 are codes, not words.
bool isCode(const QString& text, qsizetype start, qsizetype end)
{
    const QStringView word = QStringView(text).sliced(start, end - start);
    if (word.size() > 2
        || std::any_of(word.begin(), word.end(), [](QChar c) { return !c.isUpper(); }))
        return false;
    return (start > 0 && text[start - 1].isDigit()) || (end < text.size() && text[end].isDigit());
}

// Ranges of a Latin text that stay as they are: web and mail addresses, names
// with a colon (Run:ai), and whole quotations that hold a foreign word
// (“Global Startup Ecosystem Index”).
QList<std::pair<qsizetype, qsizetype>> keptInLatin(const QString& text)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    static const QRegularExpression address(
        uR"((?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[A-Za-z0-9-]+\.)+(?:uz|com|org|net|ru|gov|edu|int|io|info|app)\b(?:/[^\s“”«»"]*)?|\b[A-Za-z]+:[a-z]+\b)"_s);
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ranges.append({m.capturedStart(), m.capturedEnd()});
    }
    static const QRegularExpression quotation(u"“[^”\\n]*”|«[^»\\n]*»|\"[^\"\\n]*\""_s);
    static const QRegularExpression word(u"[\\p{L}\\p{M}]+"_s);
    for (auto it = quotation.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (auto w = word.globalMatch(m.captured()); w.hasNext();) {
            if (isForeignLatin(w.next().capturedView())) {
                ranges.append({m.capturedStart(), m.capturedEnd()});
                break;
            }
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

enum class Target { Cyrillic, Latin };

// The word through the exception list, or a null string when it has none.
// *covered is set to how much of the word the exception stands for: less than
// the whole for a stem or an abbreviation with a suffix.
QString exceptionFor(const Exceptions& exceptions, QStringView word, qsizetype* covered)
{
    *covered = word.size();
    const QString text = word.toString();
    if (const auto exact = exceptions.exact.constFind(text); exact != exceptions.exact.cend())
        return exact.value();
    // An abbreviation with a suffix: AQShning, ЯИМга.
    for (auto it = exceptions.exact.cbegin(); it != exceptions.exact.cend(); ++it) {
        if (text.startsWith(it.key())) {
            const QStringView suffix = word.sliced(it.key().size());
            if (std::none_of(suffix.begin(), suffix.end(), [](QChar c) { return c.isUpper(); })) {
                *covered = it.key().size();
                return it.value();
            }
        }
    }
    const QString lower = text.toLower();
    const WordCase wordCase = caseOf(word);
    if (wordCase == WordCase::Mixed)
        return {};
    if (const auto whole = exceptions.words.constFind(lower); whole != exceptions.words.cend())
        return withCase(whole.value(), wordCase);
    for (const qsizetype length : exceptions.stemLengths) {
        if (length > lower.size())
            continue;
        const auto stem = exceptions.stems.constFind(lower.left(length));
        if (stem != exceptions.stems.cend()) {
            *covered = length;
            return withCase(stem.value(),
                wordCase == WordCase::Upper ? WordCase::Upper : caseOf(word.first(length)));
        }
    }
    return {};
}

QString transliterate(const Direction& direction, const QString& text, Target target)
{
    const QList<std::pair<qsizetype, qsizetype>> kept
        = target == Target::Cyrillic ? keptInLatin(text) : QList<std::pair<qsizetype, qsizetype>>();
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype pendingFrom = 0; // the text not yet written, waiting for one run of the rules
    auto flush = [&](qsizetype to) {
        if (to > pendingFrom)
            out += applyRules(*direction.rules, QString(),
                QStringView(text).sliced(pendingFrom, to - pendingFrom));
        pendingFrom = to;
    };

    qsizetype keptIndex = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        while (keptIndex < kept.size() && kept[keptIndex].second <= i)
            ++keptIndex;
        if (keptIndex < kept.size() && kept[keptIndex].first <= i) {
            flush(i);
            const qsizetype end = kept[keptIndex].second;
            out += QStringView(text).sliced(i, end - i);
            i = pendingFrom = end;
            continue;
        }
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text[end]))
            ++end;
        const QStringView word = QStringView(text).sliced(i, end - i);
        qsizetype covered = 0;
        const QString exception = exceptionFor(direction.exceptions, word, &covered);
        if (!exception.isNull()) {
            flush(i);
            out += exception;
            if (covered < word.size())
                out += applyRules(*direction.rules, exception, word.sliced(covered));
            pendingFrom = end;
        } else if (target == Target::Cyrillic
            && (isForeignLatin(word) || RomanNumeral::toInt(word) > 0 || isCode(text, i, end))) {
            // Foreign names stay in Latin, and so do Roman numerals (I., II. of the
            // agenda) and codes like G2 or 5G.
            flush(i);
            out += word;
            pendingFrom = end;
        }
        i = end;
    }
    flush(text.size());
    return out;
}

// Latin writes a hyphen between a number and the word for year or month
// ("2025-yil 23-iyun"); Cyrillic does not ("2025 йил 23 июнь").
const QString& cyrillicMonths()
{
    static const QString months
        = u"январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр"_s;
    return months;
}

QString dropDateHyphens(QString text)
{
    static const QRegularExpression year(u"\\b(\\d{4})-(?=[Йй][Ии][Лл])"_s);
    static const QRegularExpression month(u"\\b(\\d{1,2})-(?=(?:"_s + cyrillicMonths()
            + u")[ьЬ]?(?:да|дан|даги|гача|га|нинг|ни|ги)?(?![\\p{L}\\p{M}]))"_s,
        QRegularExpression::CaseInsensitiveOption);
    text.replace(year, u"\\1 "_s);
    text.replace(month, u"\\1 "_s);
    return text;
}

QString addDateHyphens(QString text)
{
    static const QRegularExpression year(u"\\b(\\d{4}) (?=[Yy][Ii][Ll])"_s);
    static const QRegularExpression month(
        u"\\b(\\d{1,2}) (?=(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|"
        u"noyabr|dekabr)(?:da|dan|dagi|gacha|ga|ning|ni|gi)?(?![\\p{L}\\p{M}]))"_s,
        QRegularExpression::CaseInsensitiveOption);
    text.replace(year, u"\\1-"_s);
    text.replace(month, u"\\1-"_s);
    return text;
}

} // namespace

QString Transliterator::toCyrillic(QStringView latin)
{
    const Engine& e = engine();
    if (!e.error.isEmpty())
        return latin.toString();
    const QString text = Apostrophes::normalize(latin).normalized(QString::NormalizationForm_C);
    return dropDateHyphens(transliterate(e.toCyrillic, text, Target::Cyrillic));
}

QString Transliterator::toLatin(QStringView cyrillic)
{
    const Engine& e = engine();
    if (!e.error.isEmpty())
        return cyrillic.toString();
    const QString text = cyrillic.toString().normalized(QString::NormalizationForm_C);
    return addDateHyphens(transliterate(e.toLatin, text, Target::Latin));
}

QString Transliterator::to(Script script, QStringView text)
{
    return script == Script::Cyrillic ? toCyrillic(text) : toLatin(text);
}

Status Transliterator::status()
{
    const Engine& e = engine();
    if (!e.error.isEmpty())
        return Error::failed(e.error);
    return {};
}

} // namespace Bayon
