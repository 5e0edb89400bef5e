#pragma once

#include <QByteArray>
#include <QString>
#include <cstdio>
#include <cstdlib>

namespace Bayon::Fuzz {

// The input as bytes, without a copy.
inline QByteArray bytes(const unsigned char* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A broken promise: says which, and stops the fuzzer with the input kept as a crash.
[[noreturn]] inline void fail(const char* promise, const QString& detail = {})
{
    std::fprintf(stderr, "broken: %s\n%s\n", promise, detail.toUtf8().constData());
    std::abort();
}

} // namespace Bayon::Fuzz
