#include "meetingvalidator.h"

#include "votevalidator.h"

namespace Bayon {

namespace {
QString part(const char* kind, int number)
{
    return QString::fromLatin1(kind) + u' ' + QString::number(number);
}
} // namespace

QList<ValidationIssue> MeetingValidator::validate(const Meeting& meeting)
{
    QList<ValidationIssue> issues;
    const QString meetingPart = QStringLiteral("meeting");

    if (meeting.councilName.trimmed().isEmpty())
        issues.append({meetingPart, QStringLiteral("council"), tr("The meeting needs the name of the council.")});
    if (!meeting.date.isValid())
        issues.append({meetingPart, QStringLiteral("date"), tr("The meeting needs a date.")});
    if (meeting.number < 0)
        issues.append({meetingPart, QStringLiteral("number"), tr("The protocol number cannot be negative.")});

    for (int i = 0; i < meeting.attendance.size(); ++i) {
        if (meeting.attendance.at(i).person.isEmpty())
            issues.append({part("attendance", i + 1), QStringLiteral("name"),
                           tr("Every attendee needs a name.")});
    }

    for (int i = 0; i < meeting.agenda.size(); ++i) {
        const AgendaItem& item = meeting.agenda.at(i);
        if (item.title.trimmed().isEmpty())
            issues.append({part("agenda", i + 1), QStringLiteral("title"),
                           tr("Every agenda item needs a title.")});
        for (int r = 0; r < item.reports.size(); ++r) {
            const SpeakerReport& report = item.reports.at(r);
            const QString reportPart = QStringLiteral("report %1.%2").arg(i + 1).arg(r + 1);
            if (report.speaker.isEmpty())
                issues.append({reportPart, QStringLiteral("speaker"), tr("A report needs its speaker.")});
            int rowNumber = 0;
            for (int t = 0; t < report.kpiTables.size(); ++t) {
                for (const KpiRow& row : report.kpiTables.at(t).rows) {
                    ++rowNumber;
                    const QString rowPart = QStringLiteral("kpi %1.%2.%3").arg(i + 1).arg(r + 1).arg(rowNumber);
                    if (row.indicator.trimmed().isEmpty())
                        issues.append({rowPart, QStringLiteral("indicator"),
                                       tr("A KPI row needs the name of its indicator.")});
                    if (!row.value.has_value() && row.change.isEmpty())
                        issues.append({rowPart, QStringLiteral("value"),
                                       tr("A KPI row needs a value or a change, written as a number.")});
                    if (row.change.kind == ChangeKind::Factor && row.change.amount <= 0.0)
                        issues.append({rowPart, QStringLiteral("change"),
                                       tr("A growth factor must be greater than zero.")});
                }
            }
        }
    }

    for (int i = 0; i < meeting.resolutions.size(); ++i) {
        const Resolution& resolution = meeting.resolutions.at(i);
        const QString resolutionPart = part("resolution", i + 1);
        if (resolution.text.trimmed().isEmpty() && resolution.subPoints.isEmpty())
            issues.append({resolutionPart, QStringLiteral("text"), tr("A resolution needs its text.")});
        if (!resolution.deadline.isValid())
            issues.append({resolutionPart, QStringLiteral("deadline"),
                           tr("The deadline must be a real date.")});
        if (!resolution.agendaItemUid.isNull() && meeting.agendaIndexOf(resolution.agendaItemUid) < 0)
            issues.append({resolutionPart, QStringLiteral("agendaItem"),
                           tr("The resolution refers to an agenda item that is no longer on the agenda.")});
        // A wrong vote total is marked, never accepted silently (protocol forms, issue 7).
        issues.append(VoteValidator::validate(resolution.vote, meeting.presentMemberCount(), resolutionPart));
    }
    return issues;
}

} // namespace Bayon
