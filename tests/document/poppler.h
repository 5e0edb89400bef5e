#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Bayon {

// poppler-utils driven as processes: what a user sees of a PDF with pdfinfo,
// pdffonts and pdftotext (installed by ./test).
class Poppler
{
public:
    struct Font
    {
        QString name;
        QString type;
        bool embedded = false;
        bool subset = false;
        bool unicode = false;
    };

    // stdout of a poppler tool; empty with `ok` false when it fails.
    static QString run(const QString& program, const QStringList& arguments, bool* ok = nullptr);
    // "Page size" → "595 x 842 pts (A4)", "Title" → …
    static QMap<QString, QString> info(const QString& pdf);
    static QList<Font> fonts(const QString& pdf);
    // What poppler's tools complain of on stderr (a damaged cross-reference
    // table, a broken object), from pdfinfo and pdffonts; empty for a sound file.
    static QString complaints(const QString& pdf);
    // The text of each page (pdftotext, with -layout or in reading order with -raw).
    static QStringList pages(const QString& pdf, bool layout = true);
    // The non-blank lines of a page's text, trimmed.
    static QStringList lines(const QString& pageText);
};

} // namespace Bayon
