#include "jsonsyntax.h"

#include <QCoreApplication>

namespace Bayon {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, the whole token.
bool isJsonNumber(QByteArrayView token)
{
    qsizetype i = 0;
    const qsizetype n = token.size();
    if (i < n && token[i] == '-')
        ++i;
    if (i < n && token[i] == '0') {
        ++i;
    } else {
        if (i >= n || !isDigit(token[i]))
            return false;
        while (i < n && isDigit(token[i]))
            ++i;
    }
    if (i < n && token[i] == '.') {
        ++i;
        if (i >= n || !isDigit(token[i]))
            return false;
        while (i < n && isDigit(token[i]))
            ++i;
    }
    if (i < n && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < n && (token[i] == '+' || token[i] == '-'))
            ++i;
        if (i >= n || !isDigit(token[i]))
            return false;
        while (i < n && isDigit(token[i]))
            ++i;
    }
    return i == n;
}

bool isNumberChar(char c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}
} // namespace

std::optional<JsonSyntax::Problem> JsonSyntax::strictProblem(const QByteArray& json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, whatever it is
            else if (c == '"')
                inString = false;
            else if (uchar(c) < 0x20)
                return Problem {i,
                    QCoreApplication::translate("JsonSyntax",
                        "a control character (U+%1) inside a string; JSON writes it as an escape "
                        "and a text may not hold it")
                        .arg(QString::number(uchar(c), 16).toUpper().rightJustified(4, u'0'))};
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '-' || c == '.' || isDigit(c)) {
            qsizetype end = i;
            while (end < json.size() && isNumberChar(json.at(end)))
                ++end;
            const QByteArrayView token = QByteArrayView(json).sliced(i, end - i);
            if (!isJsonNumber(token))
                return Problem {i,
                    QCoreApplication::translate("JsonSyntax", "\"%1\" is not a JSON number")
                        .arg(QString::fromLatin1(token))};
            i = end - 1;
        }
    }
    return std::nullopt;
}

} // namespace Bayon
