#include "csvwriter.h"

namespace Bayon {

QByteArray CsvWriter::field(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool quoted = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n')
        || utf8.contains('\r')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quoted)
        return utf8;
    QByteArray escaped = utf8;
    escaped.replace('"', "\"\"");
    return '"' + escaped + '"';
}

void CsvWriter::addRecord(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_bytes += ',';
        m_bytes += field(fields.at(i));
    }
    m_bytes += "\r\n";
}

} // namespace Bayon
