#include "sqlscript.h"

namespace Bayon {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Tracks the words of one statement as far as the trigger rule needs them.
class StatementState
{
public:
    void word(QStringView w)
    {
        if (m_words < 4) {
            // CREATE [TEMP|TEMPORARY] TRIGGER
            if (m_words == 0)
                m_create = w.compare(u"create", Qt::CaseInsensitive) == 0;
            else if (m_create && !m_trigger) {
                if (w.compare(u"trigger", Qt::CaseInsensitive) == 0)
                    m_trigger = true;
                else if (!(m_words == 1
                             && (w.compare(u"temp", Qt::CaseInsensitive) == 0
                                 || w.compare(u"temporary", Qt::CaseInsensitive) == 0)))
                    m_create = false;
            }
        }
        ++m_words;
        m_lastWasEnd = w.compare(u"end", Qt::CaseInsensitive) == 0;
    }
    void other()
    {
        ++m_words;
        m_lastWasEnd = false;
    }
    // Whether a ';' here closes the statement.
    bool semicolonEnds() const { return !m_trigger || m_lastWasEnd; }
    bool isEmpty() const { return m_words == 0; }

private:
    int m_words = 0;
    bool m_create = false;
    bool m_trigger = false;
    bool m_lastWasEnd = false;
};

} // namespace

QStringList SqlScript::statements(QStringView script)
{
    QStringList result;
    StatementState state;
    qsizetype start = 0;
    const qsizetype n = script.size();

    auto finish = [&](qsizetype end) {
        if (!state.isEmpty())
            result.append(script.sliced(start, end - start).trimmed().toString());
        state = {};
        start = end;
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = script[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            while (i < n && script[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            const qsizetype close = script.indexOf(u"*/", i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            // A quoted string or identifier; a doubled quote stays inside it.
            const QChar closing = c == u'[' ? QChar(u']') : c;
            ++i;
            while (i < n) {
                if (script[i] == closing) {
                    if (closing != u']' && i + 1 < n && script[i + 1] == closing) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            state.other();
        } else if (c == u';') {
            ++i;
            if (state.semicolonEnds())
                finish(i);
            else
                state.other();
        } else if (isWordChar(c)) {
            const qsizetype begin = i;
            while (i < n && isWordChar(script[i]))
                ++i;
            state.word(script.sliced(begin, i - begin));
        } else {
            ++i;
            state.other();
        }
    }
    finish(n);
    return result;
}

} // namespace Bayon
