#include "meetingindexer.h"

#include "domain/partpath.h"
#include "domain/reportbody.h"
#include "text/apostrophes.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// Collects the texts of one part, skipping the empty ones.
class PartText
{
public:
    void add(const QString& text)
    {
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty())
            m_lines.append(trimmed);
    }
    void add(const Person& person)
    {
        add(person.fullName);
        if (person.shortName != person.fullName)
            add(person.shortName);
        add(person.position);
        add(person.organisation);
    }
    void add(const QStringList& texts)
    {
        for (const QString& text : texts)
            add(text);
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

} // namespace

QList<MeetingIndexer::Part> MeetingIndexer::parts(const Meeting& meeting)
{
    QList<Part> parts;
    auto append = [&parts](QString path, const PartText& text) {
        if (!text.isEmpty())
            parts.append({std::move(path), text.text()});
    };

    PartText head;
    head.add(meeting.councilName);
    head.add(meeting.place);
    head.add(meeting.chair);
    head.add(meeting.secretary);
    for (const Attendance& line : meeting.attendance) {
        head.add(line.person);
        head.add(line.note);
    }
    append(PartPath::meeting().toString(), head);

    for (int i = 0; i < meeting.agenda.size(); ++i) {
        const AgendaItem& item = meeting.agenda.at(i);
        PartText agenda;
        agenda.add(item.title);
        for (const Person& participant : item.discussion.participants)
            agenda.add(participant);
        agenda.add(item.discussion.summary);
        append(PartPath::agenda(i + 1).toString(), agenda);

        for (int r = 0; r < item.reports.size(); ++r) {
            const SpeakerReport& report = item.reports.at(r);
            PartText text;
            text.add(report.speaker);
            text.add(report.lead);
            text.add(plainBody(report.body));
            for (const KpiTable& table : report.kpiTables)
                text.add(table.caption);
            append(PartPath::report(i + 1, r + 1).toString(), text);

            // Rows are numbered through all the tables of a report, as the validator numbers them.
            int rowNumber = 0;
            for (const KpiTable& table : report.kpiTables) {
                for (const KpiRow& row : table.rows) {
                    ++rowNumber;
                    PartText kpi;
                    kpi.add(row.indicator);
                    kpi.add(row.unit);
                    kpi.add(row.period);
                    kpi.add(row.note);
                    append(PartPath::kpi(i + 1, r + 1, rowNumber).toString(), kpi);
                }
            }
        }
    }

    for (int i = 0; i < meeting.resolutions.size(); ++i) {
        const Resolution& resolution = meeting.resolutions.at(i);
        PartText text;
        text.add(resolution.addressee);
        text.add(resolution.text);
        text.add(resolution.subPoints);
        text.add(resolution.responsible);
        text.add(resolution.statusNote);
        append(PartPath::resolution(i + 1).toString(), text);
    }
    return parts;
}

} // namespace Bayon
