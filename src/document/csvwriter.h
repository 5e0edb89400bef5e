#pragma once

#include <QByteArray>
#include <QStringList>

namespace Bayon {

// Comma-separated values as RFC 4180 writes them: UTF-8, fields separated by
// commas, records ended by CRLF, a field quoted when it holds a comma, a
// quote, a line break or leading or trailing blanks, and a quote inside a
// quoted field doubled. What a spreadsheet and a script both read back.
class CsvWriter
{
public:
    void addRecord(const QStringList& fields);
    const QByteArray& bytes() const { return m_bytes; }

    static QByteArray field(const QString& text);

private:
    QByteArray m_bytes;
};

} // namespace Bayon
