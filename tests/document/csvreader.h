#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Bayon {

// A CSV file read back as a spreadsheet reads it (RFC 4180): quoted fields,
// doubled quotes, CRLF between records; a last record without CRLF is kept.
QList<QStringList> parseCsv(const QByteArray& bytes);

} // namespace Bayon
