#include "meetingtexts.h"

#include "partpath.h"

namespace Bayon {

namespace {

template<typename P, typename V>
void visitPerson(const QString& part, const QString& prefix, P& person, const V& visit)
{
    visit(part, prefix + QStringLiteral("fullName"), person.fullName);
    visit(part, prefix + QStringLiteral("shortName"), person.shortName);
    visit(part, prefix + QStringLiteral("position"), person.position);
    visit(part, prefix + QStringLiteral("organisation"), person.organisation);
}

QString indexed(const QString& name, qsizetype index)
{
    return name + u' ' + QString::number(index + 1);
}

// The dissenting opinions of a vote and the members its roll call names.
template<typename T, typename V> void visitVote(const QString& part, T& vote, const V& visit)
{
    visit(part, QStringLiteral("vote.opinions"), vote.opinions);
    for (qsizetype e = 0; e < vote.rollCall.size(); ++e) {
        auto& entry = vote.rollCall[e];
        const QString prefix = indexed(QStringLiteral("vote.rollCall"), e) + u'.';
        visitPerson(part, prefix + QStringLiteral("member."), entry.member, visit);
        visit(part, prefix + QStringLiteral("opinion"), entry.opinion);
    }
}

// The path of a KPI row: rows are numbered through all the tables of a report.
QString kpiPart(qsizetype item, qsizetype report, int row)
{
    return PartPath::kpi(int(item + 1), int(report + 1), row).toString();
}

// One walk for both the mutable and the const visitor: M is Meeting or const Meeting.
template<typename M, typename V> void walk(M& meeting, const V& visit)
{
    const QString meetingPart = PartPath::meeting().toString();
    visit(meetingPart, QStringLiteral("councilName"), meeting.councilName);
    visit(meetingPart, QStringLiteral("place"), meeting.place);
    visit(meetingPart, QStringLiteral("convenedBy"), meeting.convenedBy);
    visit(meetingPart, QStringLiteral("basis"), meeting.basis);
    visit(meetingPart, QStringLiteral("notification"), meeting.notification);
    visitPerson(meetingPart, QStringLiteral("chair."), meeting.chair, visit);
    visitPerson(meetingPart, QStringLiteral("secretary."), meeting.secretary, visit);

    for (qsizetype a = 0; a < meeting.attendance.size(); ++a) {
        auto& attendance = meeting.attendance[a];
        const QString part = PartPath::attendance(int(a + 1)).toString();
        visitPerson(part, QString(), attendance.person, visit);
        visit(part, QStringLiteral("note"), attendance.note);
    }

    for (qsizetype i = 0; i < meeting.agenda.size(); ++i) {
        auto& item = meeting.agenda[i];
        const QString itemPart = PartPath::agenda(int(i + 1)).toString();
        visit(itemPart, QStringLiteral("title"), item.title);
        for (qsizetype p = 0; p < item.discussion.participants.size(); ++p)
            visitPerson(itemPart, indexed(QStringLiteral("participant"), p) + u'.',
                item.discussion.participants[p], visit);
        visit(itemPart, QStringLiteral("discussion"), item.discussion.summary);
        visitVote(itemPart, item.vote, visit);

        for (qsizetype r = 0; r < item.reports.size(); ++r) {
            auto& report = item.reports[r];
            const QString reportPart = PartPath::report(int(i + 1), int(r + 1)).toString();
            visitPerson(reportPart, QStringLiteral("speaker."), report.speaker, visit);
            visit(reportPart, QStringLiteral("lead"), report.lead);
            visit(reportPart, QStringLiteral("body"), report.body);
            int rowNumber = 0;
            for (qsizetype t = 0; t < report.kpiTables.size(); ++t) {
                auto& table = report.kpiTables[t];
                visit(reportPart,
                    indexed(QStringLiteral("kpiTable"), t) + QStringLiteral(".caption"),
                    table.caption);
                for (auto& row : table.rows) {
                    const QString rowPart = kpiPart(i, r, ++rowNumber);
                    visit(rowPart, QStringLiteral("indicator"), row.indicator);
                    visit(rowPart, QStringLiteral("unit"), row.unit);
                    visit(rowPart, QStringLiteral("period"), row.period);
                    visit(rowPart, QStringLiteral("note"), row.note);
                }
            }
        }
    }

    for (qsizetype r = 0; r < meeting.resolutions.size(); ++r) {
        auto& resolution = meeting.resolutions[r];
        const QString part = PartPath::resolution(int(r + 1)).toString();
        visit(part, QStringLiteral("addressee"), resolution.addressee);
        for (qsizetype p = 0; p < resolution.responsible.size(); ++p)
            visit(part, indexed(QStringLiteral("responsible"), p), resolution.responsible[p]);
        visit(part, QStringLiteral("text"), resolution.text);
        for (qsizetype s = 0; s < resolution.subPoints.size(); ++s)
            visit(part, indexed(QStringLiteral("subPoints"), s), resolution.subPoints[s]);
        visit(part, QStringLiteral("statusNote"), resolution.statusNote);
        visitVote(part, resolution.vote, visit);
    }

    for (qsizetype a = 0; a < meeting.appendices.size(); ++a) {
        auto& appendix = meeting.appendices[a];
        const QString part = PartPath::appendix(int(a + 1)).toString();
        visit(part, QStringLiteral("title"), appendix.title);
        visit(part, QStringLiteral("body"), appendix.body);
    }
}

} // namespace

void MeetingTexts::forEach(Meeting& meeting, const Visitor& visit)
{
    walk(meeting, visit);
}

void MeetingTexts::forEach(const Meeting& meeting, const ConstVisitor& visit)
{
    walk(meeting, visit);
}

void MeetingTexts::transform(Meeting& meeting, const std::function<QString(const QString&)>& f)
{
    forEach(
        meeting, Visitor([&f](const QString&, const QString&, QString& text) { text = f(text); }));
}

void MeetingTexts::forEachFigure(const Meeting& meeting, const FigureVisitor& visit)
{
    for (qsizetype i = 0; i < meeting.agenda.size(); ++i) {
        const AgendaItem& item = meeting.agenda.at(i);
        for (qsizetype r = 0; r < item.reports.size(); ++r) {
            int rowNumber = 0;
            for (const KpiTable& table : item.reports.at(r).kpiTables) {
                for (const KpiRow& row : table.rows) {
                    const QString part = kpiPart(i, r, ++rowNumber);
                    if (row.value)
                        visit(part, QStringLiteral("value"), *row.value);
                    if (!row.change.isEmpty())
                        visit(part, QStringLiteral("change"), row.change.amount);
                }
            }
        }
    }
}

} // namespace Bayon
