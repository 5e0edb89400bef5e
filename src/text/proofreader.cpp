#include "proofreader.h"

#include "apostrophes.h"
#include "icustring.h"
#include "uzbeknumbers.h"

#include <QHash>
#include <QRegularExpression>
#include <memory>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

constexpr char16_t kTurnedComma = u'\u02BB';

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\t';
}

QString codePoint(QChar c)
{
    return u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

// ---- wrong apostrophes

void checkApostrophes(QStringView text, QList<Finding>& findings)
{
    if (!Apostrophes::needsNormalizing(text))
        return;
    // normalize() replaces one character by one, so positions agree.
    const QString right = Apostrophes::normalize(text);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == right[i])
            continue;
        Finding f;
        f.position = i;
        f.length = 1;
        f.rule = Proofreader::Apostrophe;
        f.suggestion = right[i];
        f.message = right[i] == kTurnedComma
            ? Proofreader::tr("Oʻ and gʻ are written with ʻ (U+02BB), not with %1 (%2).")
                  .arg(text[i])
                  .arg(codePoint(text[i]))
            : Proofreader::tr("The tutuq belgisi is written ʼ (U+02BC), not %1 (%2).")
                  .arg(text[i])
                  .arg(codePoint(text[i]));
        findings.append(f);
    }
}

// ---- words that mix Latin and Cyrillic letters

// The Latin or Cyrillic letter that looks like a letter of the other script, as
// ICU's spoof checker sees it (Cyrillic с and Latin c share a skeleton).
struct LookAlikes
{
    QHash<char32_t, QChar> toLatin;
    QHash<char32_t, QChar> toCyrillic;
};

QString skeleton(const USpoofChecker* checker, QChar c)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out;
    uspoof_getSkeletonUnicodeString(checker, 0, icu::UnicodeString(c.unicode()), out, &status);
    return U_SUCCESS(status) ? IcuString::fromIcu(out) : QString();
}

LookAlikes buildLookAlikes()
{
    LookAlikes lookAlikes;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<USpoofChecker, decltype(&uspoof_close)> checker(
        uspoof_open(&status), &uspoof_close);
    if (U_FAILURE(status))
        return lookAlikes;
    const QString latin = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
    const QString cyrillic
        = u"абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЪЬЭЮЯЎҚҒҲ"_s;
    QHash<QString, QChar> latinBySkeleton;
    QHash<QString, QChar> cyrillicBySkeleton;
    for (const QChar c : latin)
        latinBySkeleton.insert(skeleton(checker.get(), c), c);
    for (const QChar c : cyrillic)
        cyrillicBySkeleton.insert(skeleton(checker.get(), c), c);
    for (const QChar c : cyrillic) {
        if (const auto it = latinBySkeleton.constFind(skeleton(checker.get(), c));
            it != latinBySkeleton.cend())
            lookAlikes.toLatin.insert(c.unicode(), it.value());
    }
    for (const QChar c : latin) {
        if (const auto it = cyrillicBySkeleton.constFind(skeleton(checker.get(), c));
            it != cyrillicBySkeleton.cend())
            lookAlikes.toCyrillic.insert(c.unicode(), it.value());
    }
    return lookAlikes;
}

const LookAlikes& lookAlikes()
{
    static const LookAlikes instance = buildLookAlikes();
    return instance;
}

UScriptCode scriptOf(QChar c)
{
    if (c.unicode() < 0x80)
        return c.isLetter() ? USCRIPT_LATIN : USCRIPT_COMMON;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c.unicode(), &status);
    return U_SUCCESS(status) ? script : USCRIPT_UNKNOWN;
}

void checkMixedScripts(QStringView text, QList<Finding>& findings)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        int latin = 0;
        int cyrillic = 0;
        while (end < text.size() && isWordChar(text[end])) {
            const UScriptCode script = scriptOf(text[end]);
            latin += script == USCRIPT_LATIN;
            cyrillic += script == USCRIPT_CYRILLIC;
            ++end;
        }
        if (latin > 0 && cyrillic > 0) {
            const QStringView word = text.sliced(i, end - i);
            // The letters of the smaller script are the strays; a tie reads as Latin.
            const bool intoLatin = latin >= cyrillic;
            const UScriptCode stray = intoLatin ? USCRIPT_CYRILLIC : USCRIPT_LATIN;
            const auto& map = intoLatin ? lookAlikes().toLatin : lookAlikes().toCyrillic;
            QString fixed;
            bool complete = true;
            for (const QChar c : word) {
                if (scriptOf(c) != stray) {
                    fixed.append(c);
                } else if (const auto it = map.constFind(c.unicode()); it != map.cend()) {
                    fixed.append(it.value());
                } else {
                    complete = false;
                    break;
                }
            }
            Finding f;
            f.position = i;
            f.length = end - i;
            f.rule = Proofreader::MixedScript;
            f.message = intoLatin
                ? Proofreader::tr("“%1” mixes Latin and Cyrillic letters: some of its letters are "
                                  "Cyrillic ones that look Latin.")
                      .arg(word)
                : Proofreader::tr("“%1” mixes Cyrillic and Latin letters: some of its letters are "
                                  "Latin ones that look Cyrillic.")
                      .arg(word);
            if (complete)
                f.suggestion = fixed;
            findings.append(f);
        }
        i = end;
    }
}

// ---- doubled spaces

void checkDoubleSpaces(QStringView text, QList<Finding>& findings)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isSpace(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isSpace(text[end]))
            ++end;
        // Between two words only: indentation and spaces before a line end are layout.
        const bool inside = i > 0 && text[i - 1] != u'\n' && end < text.size() && text[end] != u'\n'
            && text[end] != u'\r';
        if (end - i >= 2 && inside) {
            Finding f;
            f.position = i;
            f.length = end - i;
            f.rule = Proofreader::DoubleSpace;
            f.message
                = Proofreader::tr("%n spaces in a row; one is enough.", nullptr, int(end - i));
            f.suggestion = u" "_s;
            findings.append(f);
        }
        i = end;
    }
}

// ---- doubled words

void checkDoubleWords(QStringView text, QList<Finding>& findings)
{
    qsizetype previousStart = -1;
    qsizetype previousEnd = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text[end]))
            ++end;
        if (previousStart >= 0) {
            const QStringView gap = text.sliced(previousEnd, i - previousEnd);
            const bool onlySpaces = !gap.isEmpty()
                && std::all_of(gap.begin(), gap.end(), [](QChar c) { return isSpace(c); });
            const QStringView previous = text.sliced(previousStart, previousEnd - previousStart);
            const QStringView word = text.sliced(i, end - i);
            if (onlySpaces && previous.compare(word, Qt::CaseInsensitive) == 0) {
                Finding f;
                f.position = previousStart;
                f.length = end - previousStart;
                f.rule = Proofreader::DoubleWord;
                f.message = Proofreader::tr("“%1” stands twice in a row.").arg(word);
                f.suggestion = previous.toString();
                findings.append(f);
            }
        }
        previousStart = i;
        previousEnd = end;
        i = end;
    }
}

// ---- numbers in the English format

// Where numbers are not running text: quotations, web addresses.
QList<std::pair<qsizetype, qsizetype>> quotedRanges(QStringView text)
{
    static const QRegularExpression quoted(
        uR"(“[^”]*”|«[^»]*»|"[^"]*"|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\.[A-Za-z]{2,}\b)"_s);
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ranges.append({m.capturedStart(), m.capturedEnd()});
    }
    return ranges;
}

bool within(const QList<std::pair<qsizetype, qsizetype>>& ranges, qsizetype position)
{
    return std::any_of(ranges.begin(), ranges.end(), [position](const auto& range) {
        return position >= range.first && position < range.second;
    });
}

void checkNumbers(QStringView text, QList<Finding>& findings)
{
    // 1,152 and 1,152,000 (thousands with commas), 11.2 (a decimal point), 1.152.000.
    static const QRegularExpression english(
        uR"((?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+\.\d+(?:\.\d+)*)(?![\d,]|\.\d))"_s);
    // After these a comma with three decimals is likely meant: 1,152 mln.
    static const QRegularExpression unitAfter(
        uR"(^\s*(?:mln|mlrd|trln|ming|million|milliard|trillion|foiz|%|barobar|baravar))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression timeBefore(
        uR"((?:soat|соат)\s*$)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression date(uR"(^\d{1,2}\.\d{1,2}\.\d{2,4}$)"_s);

    const auto quoted = quotedRanges(text);
    for (auto it = english.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString number = m.captured(1);
        const qsizetype start = m.capturedStart(1);
        const qsizetype end = m.capturedEnd(1);
        if (within(quoted, start))
            continue;
        const QStringView after = text.sliced(end);
        const QStringView before = text.first(start);
        QString suggestion;
        if (number.contains(u',')) {
            const int commas = int(number.count(u','));
            if (commas == 1 && unitAfter.match(after).hasMatch())
                continue;
            suggestion = UzbekNumbers::format(QString(number).remove(u',').toDouble(), 0);
        } else {
            if (date.match(number).hasMatch() || timeBefore.match(before).hasMatch())
                continue;
            // Numbering of points and sub-points: 3.1-band, "2.1. …", "2.1) …", and
            // "2.1 Birinchi …" at a line's start.
            if (after.startsWith(u'-') || after.startsWith(u'.') || after.startsWith(u')'))
                continue;
            const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
            const QStringView rest = after.trimmed();
            if (before.sliced(lineStart).trimmed().isEmpty() && !rest.isEmpty()
                && rest[0].isUpper())
                continue;
            const int dots = int(number.count(u'.'));
            if (dots == 1) {
                suggestion = QString(number).replace(u'.', u',');
            } else if (QRegularExpression(uR"(^\d{1,3}(?:\.\d{3})+$)"_s).match(number).hasMatch()) {
                suggestion = UzbekNumbers::format(QString(number).remove(u'.').toDouble(), 0);
            } else {
                continue; // 1.2.3: a version or a paragraph number, not a figure
            }
        }
        Finding f;
        f.position = start;
        f.length = end - start;
        f.rule = Proofreader::NumberFormat;
        f.suggestion = suggestion;
        f.message = Proofreader::tr("“%1” is written the English way; in Uzbek write %2 "
                                    "(a space between thousands, a decimal comma).")
                        .arg(number, suggestion);
        findings.append(f);
    }
}

} // namespace

QStringList Proofreader::rules()
{
    return {Apostrophe, MixedScript, DoubleSpace, DoubleWord, NumberFormat};
}

QString Proofreader::describe(const QString& rule)
{
    if (rule == Apostrophe)
        return tr("Oʻ and gʻ take ʻ (U+02BB) and the tutuq belgisi takes ʼ (U+02BC), whatever "
                  "apostrophe was typed.");
    if (rule == MixedScript)
        return tr("A word is written in one script: a Cyrillic letter inside a Latin word (or the "
                  "other way round) looks right on screen but breaks search and sorting.");
    if (rule == DoubleSpace)
        return tr("One space between words.");
    if (rule == DoubleWord)
        return tr("The same word twice in a row is usually a slip.");
    if (rule == NumberFormat)
        return tr("Numbers are written the Uzbek way: 1 152 and 11,2, not 1,152 and 11.2.");
    return {};
}

QList<Finding> Proofreader::checkText(QStringView text, const QString& part, const QString& field)
{
    QList<Finding> findings;
    if (text.isEmpty())
        return findings;
    checkApostrophes(text, findings);
    checkMixedScripts(text, findings);
    checkDoubleSpaces(text, findings);
    checkDoubleWords(text, findings);
    checkNumbers(text, findings);
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding& a, const Finding& b) { return a.position < b.position; });
    for (Finding& f : findings) {
        f.part = part;
        f.field = field;
    }
    return findings;
}

} // namespace Bayon
