#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QMap>

namespace Bayon {

// A PDF written by QPdfWriter (one classic cross-reference table), read far
// enough to change a few of its objects by an incremental update (PDF 1.4,
// § 3.4.5): the changed objects are appended with a cross-reference section
// of their own and the bytes Qt wrote stay untouched, so every offset Qt wrote
// stays valid. PDF/A-1 allows such updates.
class PdfUpdate
{
public:
    // Reads the cross-reference table and the trailer.
    static Result<PdfUpdate> read(QByteArray pdf);

    // The object's dictionary or value, between "N 0 obj" and "endobj" (or
    // "stream"), trimmed; empty for an object the file does not have.
    QByteArray object(int number) const;
    // The bytes of a stream object as they are stored (still encoded).
    QByteArray streamData(int number) const;
    // Every object number the file has, in order.
    QList<int> objectNumbers() const { return m_offsets.keys(); }
    // The number of the Info dictionary's object.
    int infoObject() const { return m_info; }

    // Reading a dictionary: the name after `key` ("/BaseFont /LiberationSerif"
    // → "LiberationSerif") or empty; the object a reference after `key` names
    // ("/FontFile2 12 0 R", "/DescendantFonts [12 0 R]" → 12) or -1; the
    // integer after `key` or -1; the dictionary with another name for `key`.
    static QByteArray nameIn(const QByteArray& dictionary, QByteArrayView key);
    static int referenceIn(const QByteArray& dictionary, QByteArrayView key);
    static qint64 integerIn(const QByteArray& dictionary, QByteArrayView key);
    static QByteArray withName(QByteArray dictionary, QByteArrayView key, const QByteArray& name);

    // Gives object `number` a new value in the update.
    void replace(int number, QByteArray value);
    // The file with the update appended (the file as read when nothing was replaced).
    QByteArray write() const;

private:
    PdfUpdate() = default;

    QByteArray m_pdf;
    QMap<int, qsizetype> m_offsets;
    QMap<int, QByteArray> m_replaced;
    QByteArray m_size;
    QByteArray m_root;
    QByteArray m_id;
    qsizetype m_startXref = 0;
    int m_info = 0;
};

} // namespace Bayon
