#include "pdfupdate.h"

#include <cctype>
#include <climits>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

Error unreadable(const QString& what)
{
    return Error::failed(u"The PDF written by Qt has %1 that Bayon cannot read."_s.arg(what));
}

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return QByteArrayView(" \t\r\n\f/[]<>(){}%").contains(c);
}

// Where the value of `key` in a dictionary starts, past blanks (and the "[" of
// an array), or -1. (Plain scanning: compiling regular expressions would cost
// more than all the rest of an update.)
qsizetype valueOf(const QByteArray& dictionary, QByteArrayView key)
{
    for (qsizetype at = dictionary.indexOf(key); at >= 0; at = dictionary.indexOf(key, at + 1)) {
        qsizetype value = at + key.size();
        if (value < dictionary.size() && !isDelimiter(dictionary.at(value)))
            continue; // a longer key
        while (value < dictionary.size()
            && QByteArrayView(" \t\r\n\f[").contains(dictionary.at(value)))
            ++value;
        return value;
    }
    return -1;
}

} // namespace

QByteArray PdfUpdate::nameIn(const QByteArray& dictionary, QByteArrayView key)
{
    qsizetype at = valueOf(dictionary, key);
    if (at < 0 || at >= dictionary.size() || dictionary.at(at) != '/')
        return {};
    qsizetype end = ++at;
    while (end < dictionary.size() && !isDelimiter(dictionary.at(end)))
        ++end;
    return dictionary.mid(at, end - at);
}

QByteArray PdfUpdate::withName(QByteArray dictionary, QByteArrayView key, const QByteArray& name)
{
    const QByteArray old = nameIn(dictionary, key);
    const qsizetype at = valueOf(dictionary, key);
    return old.isEmpty() ? dictionary : dictionary.replace(at + 1, old.size(), name);
}

qint64 PdfUpdate::integerIn(const QByteArray& dictionary, QByteArrayView key)
{
    const qsizetype at = valueOf(dictionary, key);
    qsizetype end = at;
    while (end >= 0 && end < dictionary.size() && std::isdigit(uchar(dictionary.at(end))))
        ++end;
    bool ok = false;
    const qint64 value = at < 0 || end == at ? -1 : dictionary.mid(at, end - at).toLongLong(&ok);
    return ok ? value : -1;
}

int PdfUpdate::referenceIn(const QByteArray& dictionary, QByteArrayView key)
{
    const qint64 number = integerIn(dictionary, key);
    if (number < 0 || number > INT_MAX)
        return -1;
    const qsizetype after = valueOf(dictionary, key) + QByteArray::number(number).size();
    return dictionary.mid(after).trimmed().startsWith("0 R") ? int(number) : -1;
}

Result<PdfUpdate> PdfUpdate::read(QByteArray pdf)
{
    PdfUpdate update;
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (startXrefAt < 0 || trailerAt < 0 || trailerAt > startXrefAt)
        return unreadable(u"no trailer"_s);
    const QByteArray trailer = pdf.mid(trailerAt, startXrefAt - trailerAt);
    update.m_startXref = integerIn(pdf.mid(startXrefAt, 40), "startxref");
    const qint64 size = integerIn(trailer, "/Size");
    const int root = referenceIn(trailer, "/Root");
    update.m_info = referenceIn(trailer, "/Info");
    if (update.m_startXref < 0 || size < 0 || root < 0 || update.m_info < 0)
        return unreadable(u"a trailer"_s);
    update.m_size = QByteArray::number(size);
    update.m_root = QByteArray::number(root) + " 0 R";
    if (const qsizetype id = valueOf(trailer, "/ID"); id > 0) {
        // valueOf stepped over the array's "[".
        const qsizetype end = trailer.indexOf(']', id);
        if (end > id)
            update.m_id = '[' + trailer.mid(id, end - id) + ']';
    }

    // The one table Qt writes: "xref", then subsections "first count" of
    // 20-byte entries "offset generation n|f".
    if (!pdf.mid(update.m_startXref, 4).startsWith("xref") || update.m_startXref >= trailerAt)
        return unreadable(u"a cross-reference table"_s);
    const QList<QByteArray> lines
        = pdf.mid(update.m_startXref, trailerAt - update.m_startXref).split('\n');
    int next = -1;
    int left = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;
        bool ok = false;
        if (left == 0 && fields.size() == 2) {
            next = fields.at(0).toInt(&ok);
            const int count = fields.at(1).toInt(&ok);
            if (!ok || next < 0 || count < 0)
                return unreadable(u"a cross-reference table"_s);
            left = count;
            continue;
        }
        if (left == 0 || fields.size() != 3)
            return unreadable(u"a cross-reference table"_s);
        const qsizetype offset = fields.at(0).toLongLong(&ok);
        if (!ok || offset < 0 || offset >= pdf.size())
            return unreadable(u"a cross-reference table"_s);
        if (fields.at(2) == "n")
            update.m_offsets.insert(next, offset);
        ++next;
        --left;
    }
    if (left != 0)
        return unreadable(u"a cross-reference table"_s);
    update.m_pdf = std::move(pdf);
    return update;
}

QByteArray PdfUpdate::object(int number) const
{
    const qsizetype at = m_offsets.value(number, -1);
    if (at < 0)
        return {};
    const QByteArray header = QByteArray::number(number) + " 0 obj";
    if (!m_pdf.mid(at, header.size()).startsWith(header))
        return {};
    const qsizetype begin = at + header.size();
    const qsizetype endObj = m_pdf.indexOf("endobj", begin);
    if (endObj < 0)
        return {};
    qsizetype end = endObj;
    // A stream's data may hold any byte: the dictionary ends at "stream".
    const qsizetype stream = m_pdf.indexOf("stream", begin);
    if (stream >= 0 && stream < endObj)
        end = stream;
    return m_pdf.mid(begin, end - begin).trimmed();
}

QByteArray PdfUpdate::streamData(int number) const
{
    const QByteArray dictionary = object(number);
    // The length, given or in an object of its own.
    const int lengthObject = referenceIn(dictionary, "/Length");
    bool ok = true;
    const qsizetype length = lengthObject >= 0 ? object(lengthObject).toLongLong(&ok)
                                               : integerIn(dictionary, "/Length");
    if (!ok)
        return {};
    // "stream" is followed by CRLF or LF, then the data.
    qsizetype data = m_pdf.indexOf("stream", m_offsets.value(number));
    if (data < 0)
        return {};
    data += 6;
    if (m_pdf.mid(data, 2) == "\r\n")
        data += 2;
    else if (m_pdf.mid(data, 1) == "\n")
        data += 1;
    else
        return {};
    if (length < 0 || data + length > m_pdf.size())
        return {};
    return m_pdf.mid(data, length);
}

void PdfUpdate::replace(int number, QByteArray value)
{
    m_replaced.insert(number, std::move(value));
}

QByteArray PdfUpdate::write() const
{
    if (m_replaced.isEmpty())
        return m_pdf;
    QByteArray pdf = m_pdf;
    if (!pdf.isEmpty() && !isWhite(pdf.back()))
        pdf.append('\n');
    QMap<int, qsizetype> offsets;
    for (auto it = m_replaced.cbegin(); it != m_replaced.cend(); ++it) {
        offsets.insert(it.key(), pdf.size());
        pdf += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qsizetype xrefAt = pdf.size();
    pdf += "xref\n";
    // One subsection for each run of consecutive numbers.
    for (auto it = offsets.cbegin(); it != offsets.cend();) {
        auto end = it;
        int count = 0;
        while (end != offsets.cend() && end.key() == it.key() + count) {
            ++end;
            ++count;
        }
        pdf += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != end; ++it)
            pdf += QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<<\n/Size " + m_size + '\n';
    pdf += "/Info " + QByteArray::number(m_info) + " 0 R\n";
    pdf += "/Root " + m_root + '\n';
    if (!m_id.isEmpty())
        pdf += "/ID " + m_id + '\n';
    pdf += "/Prev " + QByteArray::number(m_startXref) + "\n>>\n";
    pdf += "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return pdf;
}

} // namespace Bayon
