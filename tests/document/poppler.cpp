#include "poppler.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Bayon {

QString Poppler::run(const QString& program, const QStringList& arguments, bool* ok)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    const bool success
        = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = success;
    return success ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
}

QMap<QString, QString> Poppler::info(const QString& pdf)
{
    QMap<QString, QString> fields;
    const QString output = run(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, pdf});
    for (const QString& line : output.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return fields;
}

QList<Poppler::Font> Poppler::fonts(const QString& pdf)
{
    // name type encoding emb sub uni object ID — the type may hold a space
    // ("CID TrueType"), so the yes/no columns are read from the right.
    QList<Font> fonts;
    const QStringList lines = run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 8)
            continue;
        Font font;
        font.name = fields.first();
        font.type = fields.mid(1, fields.size() - 7).join(u' ');
        font.embedded = fields.at(fields.size() - 5) == u"yes"_s;
        font.subset = fields.at(fields.size() - 4) == u"yes"_s;
        font.unicode = fields.at(fields.size() - 3) == u"yes"_s;
        fonts.append(font);
    }
    return fonts;
}

QString Poppler::complaints(const QString& pdf)
{
    QString complaints;
    for (const QString& program : {u"pdfinfo"_s, u"pdffonts"_s}) {
        QProcess process;
        process.start(program, {pdf});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            complaints += program + u" failed\n"_s;
        complaints += QString::fromUtf8(process.readAllStandardError());
    }
    return complaints.trimmed();
}

QStringList Poppler::pages(const QString& pdf, bool layout)
{
    QStringList pages = run(
        u"pdftotext"_s, {layout ? u"-layout"_s : u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s})
                            .split(u'\f');
    // pdftotext ends the last page with a form feed too.
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QStringList Poppler::lines(const QString& pageText)
{
    QStringList lines;
    for (const QString& line : pageText.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

} // namespace Bayon
