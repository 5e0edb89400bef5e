#include "meetingindexer.h"

#include "domain/meetingtexts.h"
#include "domain/partpath.h"
#include "domain/reportbody.h"
#include "text/apostrophes.h"
#include "text/uzbeknumbers.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// Collects the texts of one part, skipping the empty ones and a text that
// repeats the one before it (a short name that is the full name).
class PartText
{
public:
    void add(const QString& text)
    {
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty() && (m_lines.isEmpty() || m_lines.constLast() != trimmed))
            m_lines.append(trimmed);
    }
    bool isEmpty() const { return m_lines.isEmpty(); }
    QString text() const { return Apostrophes::normalize(m_lines.join(u'\n')); }

private:
    QStringList m_lines;
};

// The body of a report as it reads: headings and list items without their marks.
QString plainBody(const QString& markdown)
{
    return ReportBody::plainText(markdown);
}

// The index's part of a text: the attendance is found with the meeting's head.
QString indexPart(const QString& part)
{
    const std::optional<PartPath> path = PartPath::parse(part);
    return path && path->kind == PartKind::Attendance ? PartPath::meeting().toString() : part;
}

// The body of a report or an appendix is Markdown; the index holds it as it reads.
bool isMarkdown(const QString& part, const QString& field)
{
    return field == u"body"_s && (part.startsWith(u"report "_s) || part.startsWith(u"appendix "_s));
}

} // namespace

QList<MeetingIndexer::Part> MeetingIndexer::parts(const Meeting& meeting)
{
    // In the order the walk first meets each part.
    QStringList paths;
    QHash<QString, PartText> texts;
    const auto partText = [&paths, &texts](const QString& path) -> PartText& {
        if (!texts.contains(path))
            paths.append(path);
        return texts[path];
    };
    MeetingTexts::forEach(
        meeting, [&partText](const QString& part, const QString& field, const QString& text) {
            partText(indexPart(part)).add(isMarkdown(part, field) ? plainBody(text) : text);
        });
    // A figure as printed ("1 152"), and its digits alone ("1152"), as one searches for it.
    MeetingTexts::forEachFigure(
        meeting, [&partText](const QString& part, const QString&, double value) {
            PartText& text = partText(indexPart(part));
            const QString printed = UzbekNumbers::format(value);
            text.add(printed);
            QString digits = printed;
            digits.removeIf([](QChar c) { return c.isSpace(); });
            text.add(digits);
        });

    QList<Part> parts;
    for (const QString& path : std::as_const(paths)) {
        const PartText& text = texts[path];
        if (!text.isEmpty())
            parts.append({path, text.text()});
    }
    return parts;
}

} // namespace Bayon
