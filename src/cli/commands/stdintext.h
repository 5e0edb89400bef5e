#pragma once

#include <QFile>
#include <QString>
#include <cstdio>

namespace Bayon::Cli {

// The whole of standard input, read as UTF-8: the text filters normalize
// and translit work on it.
inline QString readStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(input.readAll());
}

} // namespace Bayon::Cli
