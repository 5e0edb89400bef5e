#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Bayon {

// What QJsonDocument lets through but JSON (RFC 8259) does not: a raw control
// character inside a string (a NUL, an escape, even a raw line break) and a
// number that is not a JSON number ("1.", ".5", "1.e3"). A file with either
// was not written by Bayon nor by a JSON library, and is refused before it is
// parsed.
class JsonSyntax
{
public:
    struct Problem
    {
        qsizetype offset = 0; // the byte at fault
        QString message; // "\"1.\" is not a JSON number"
    };

    static std::optional<Problem> strictProblem(const QByteArray& json);
};

} // namespace Bayon
