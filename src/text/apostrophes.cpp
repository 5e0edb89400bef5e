#include "apostrophes.h"

namespace Bayon {

namespace {

constexpr char16_t kTurnedComma = u'\u02BB'; // ʻ in oʻ and gʻ
constexpr char16_t kApostrophe = u'\u02BC'; // ʼ, the tutuq belgisi

// What people type where ʻ or ʼ belongs.
bool isApostropheLike(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case u'`':
    case u'\u00B4': // ´
    case u'\u2018': // ‘
    case u'\u2019': // ’
    case u'\u02B9': // ʹ
    case u'\u02BB': // ʻ
    case u'\u02BC': // ʼ
    case u'\u02BD': // ʽ
    case u'\u2032': // ′
        return true;
    default:
        return false;
    }
}

// ʻ and ʼ are modifier letters for Unicode, but for us they sit between letters.
bool isWordLetter(QChar c)
{
    return c.isLetter() && !isApostropheLike(c);
}

bool isOOrG(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'o' || u == u'O' || u == u'g' || u == u'G';
}

// A quotation mark that opens ('Xabar', ‘Ishonch’) stands before a word, after
// a space, a bracket or the start. The matching closing marks.
bool closes(QChar open, QChar close)
{
    if (open == u'\u2018')
        return close == u'\u2019' || close == u'\'';
    if (open == u'\'' || open == u'`')
        return close == u'\'' || close == u'\u2019' || close == u'`';
    return close == open;
}

// True when, after position from, another mark closes the quote before the
// end of the line: then the mark at hand belongs to its word ('Bogʻ koʻchasi').
bool laterCloser(QStringView text, qsizetype from, QChar open)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n')
            return false;
        if (!isApostropheLike(c) || !closes(open, c))
            continue;
        const bool afterLetter = i > 0 && isWordLetter(text[i - 1]);
        const bool beforeLetter = i + 1 < text.size() && isWordLetter(text[i + 1]);
        if (afterLetter && !beforeLetter)
            return true;
    }
    return false;
}

} // namespace

QString Apostrophes::normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    QChar openQuote; // the mark that opened a quotation still open, or null
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isApostropheLike(c)) {
            if (c == u'\n')
                openQuote = QChar();
            out.append(c);
            continue;
        }
        const QChar before = i > 0 ? text[i - 1] : QChar();
        const QChar after = i + 1 < text.size() ? text[i + 1] : QChar();
        const bool afterLetter = isWordLetter(before);
        const bool beforeLetter = isWordLetter(after);

        if (!afterLetter) {
            // Starts a quotation, or stands after a number (5', 1990'): not ours.
            if (beforeLetter && openQuote.isNull())
                openQuote = c;
            out.append(c);
            continue;
        }
        if (beforeLetter) {
            // Inside a word: oʻ/gʻ after o or g, the tutuq anywhere else.
            out.append(isOOrG(before) ? QChar(kTurnedComma) : QChar(kApostrophe));
            continue;
        }
        // At a word's end: togʻ, unless it closes an open quotation ('Xabar').
        if (!openQuote.isNull() && closes(openQuote, c)
            && !(isOOrG(before) && laterCloser(text, i + 1, openQuote))) {
            openQuote = QChar();
            out.append(c);
            continue;
        }
        out.append(isOOrG(before) ? QChar(kTurnedComma) : c);
    }
    return out;
}

bool Apostrophes::needsNormalizing(QStringView text)
{
    bool any = false;
    for (const QChar c : text) {
        if (isApostropheLike(c)) {
            any = true;
            break;
        }
    }
    return any && normalize(text) != text;
}

} // namespace Bayon
