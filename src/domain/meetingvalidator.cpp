#include "meetingvalidator.h"

#include "partpath.h"
#include "votevalidator.h"

#include <QRegularExpression>
#include <algorithm>

namespace Bayon {

namespace {
bool samePerson(const Person& a, const Person& b)
{
    if (a.directoryId != 0 && a.directoryId == b.directoryId)
        return true;
    const QString name = a.printedName().simplified();
    return !name.isEmpty()
        && (name == b.printedName().simplified() || name == b.fullName.simplified());
}

qsizetype appendixMentions(const QString& text)
{
    qsizetype count = 0;
    for (auto it = MeetingValidator::appendixMention().globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}
} // namespace

QList<ValidationIssue> MeetingValidator::rollCall(
    const Meeting& meeting, const Vote& vote, const QString& where)
{
    QList<ValidationIssue> issues;
    if (vote.kind != VoteKind::RollCall)
        return issues;
    for (const RollCallEntry& entry : vote.rollCall) {
        const QString name = entry.member.printedName().simplified();
        if (name.isEmpty())
            continue; // VoteValidator says so
        const Attendance* found = nullptr;
        for (const Attendance& line : meeting.attendance) {
            if (line.role == AttendanceRole::Member && samePerson(entry.member, line.person)) {
                found = &line;
                break;
            }
        }
        if (!found)
            issues.append({where, QStringLiteral("vote"),
                tr("%1 is in the roll call but is not a member of the body in this meeting's "
                   "attendance: only members vote. Add them to the attendance as a member, or "
                   "take them out of the roll call.")
                    .arg(name)});
        else if (found->presence != Presence::Present)
            issues.append({where, QStringLiteral("vote"),
                tr("%1 is in the roll call but is marked as not present: an absent member "
                   "cannot vote. Correct the attendance or the roll call.")
                    .arg(name)});
    }
    return issues;
}

QList<ValidationIssue> MeetingValidator::quorumWarning(const Meeting& meeting)
{
    if (!meeting.hasQuorumRule())
        return {};
    const Quorum quorum = meeting.quorum();
    if (quorum.reached)
        return {};
    return {{PartPath::meeting().toString(), QStringLiteral("quorum"),
        tr("There is no quorum: %1 of %2 members are present, at least %3 are needed. The "
           "meeting cannot decide; the protocol says “Kvorum mavjud emas”.")
            .arg(quorum.present)
            .arg(quorum.members)
            .arg(quorum.required),
        IssueSeverity::Warning}};
}

QList<ValidationIssue> MeetingValidator::followUp(const Resolution& resolution, int number)
{
    QList<ValidationIssue> issues;
    if (!resolution.needsFollowUp())
        return issues;
    const QString where = PartPath::resolution(number).toString();
    // An addressed body ("Raqamli texnologiyalar vazirligiga:") answers for it too.
    const bool someoneResponsible
        = std::any_of(resolution.responsible.begin(), resolution.responsible.end(),
              [](const QString& name) { return !name.trimmed().isEmpty(); })
        || !resolution.addressee.trimmed().isEmpty();
    if (!someoneResponsible)
        issues.append({where, QStringLiteral("responsible"),
            tr("Resolution %1 is to be followed up but names no one responsible.").arg(number),
            IssueSeverity::Warning, FollowUpRule});
    if (!resolution.deadline.isSet())
        issues.append({where, QStringLiteral("deadline"),
            tr("Resolution %1 is to be followed up but has no deadline.").arg(number),
            IssueSeverity::Warning, FollowUpRule});
    return issues;
}

QList<ValidationIssue> MeetingValidator::validate(const Meeting& meeting)
{
    QList<ValidationIssue> issues;
    const QString meetingPart = PartPath::meeting().toString();

    if (meeting.councilName.trimmed().isEmpty())
        issues.append({meetingPart, QStringLiteral("council"),
            tr("The meeting needs the name of the council.")});
    if (!meeting.date.isValid())
        issues.append({meetingPart, QStringLiteral("date"), tr("The meeting needs a date.")});
    if (meeting.number < 0)
        issues.append(
            {meetingPart, QStringLiteral("number"), tr("The protocol number cannot be negative.")});

    for (int i = 0; i < meeting.attendance.size(); ++i) {
        if (meeting.attendance.at(i).person.isEmpty())
            issues.append({PartPath::attendance(i + 1).toString(), QStringLiteral("name"),
                tr("Every attendee needs a name.")});
    }

    for (int i = 0; i < meeting.agenda.size(); ++i) {
        const AgendaItem& item = meeting.agenda.at(i);
        if (item.title.trimmed().isEmpty())
            issues.append({PartPath::agenda(i + 1).toString(), QStringLiteral("title"),
                tr("Every agenda item needs a title.")});
        // The vote on the item as a whole, checked as a resolution's is.
        issues.append(VoteValidator::validate(
            item.vote, meeting.presentMemberCount(), PartPath::agenda(i + 1).toString()));
        issues.append(rollCall(meeting, item.vote, PartPath::agenda(i + 1).toString()));
        // A report whose speaker is not named is an error below; an item
        // with no report at all is advice.
        if (item.reports.isEmpty())
            issues.append({PartPath::agenda(i + 1).toString(), QStringLiteral("reports"),
                tr("Agenda item %1 has no speaker: add the report that was heard on it.")
                    .arg(i + 1),
                IssueSeverity::Warning, SpeakerRule});
        for (int r = 0; r < item.reports.size(); ++r) {
            const SpeakerReport& report = item.reports.at(r);
            const QString reportPart = PartPath::report(i + 1, r + 1).toString();
            if (report.speaker.isEmpty())
                issues.append(
                    {reportPart, QStringLiteral("speaker"), tr("A report needs its speaker.")});
            int rowNumber = 0;
            for (int t = 0; t < report.kpiTables.size(); ++t) {
                for (const KpiRow& row : report.kpiTables.at(t).rows) {
                    ++rowNumber;
                    const QString rowPart = PartPath::kpi(i + 1, r + 1, rowNumber).toString();
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
        const QString resolutionPart = PartPath::resolution(i + 1).toString();
        if (resolution.text.trimmed().isEmpty() && resolution.subPoints.isEmpty())
            issues.append(
                {resolutionPart, QStringLiteral("text"), tr("A resolution needs its text.")});
        if (!resolution.deadline.isValid())
            issues.append({resolutionPart, QStringLiteral("deadline"),
                tr("The deadline must be a real date.")});
        if (!resolution.agendaItemUid.isNull()
            && meeting.agendaIndexOf(resolution.agendaItemUid) < 0)
            issues.append({resolutionPart, QStringLiteral("agendaItem"),
                tr("The resolution refers to an agenda item that is no longer on the agenda.")});
        // A wrong vote total is marked, never accepted silently.
        issues.append(
            VoteValidator::validate(resolution.vote, meeting.presentMemberCount(), resolutionPart));
        issues.append(rollCall(meeting, resolution.vote, resolutionPart));
        issues.append(followUp(resolution, i + 1));
    }

    issues.append(quorumWarning(meeting));
    issues.append(appendices(meeting));
    return issues;
}

} // namespace Bayon

namespace Bayon {

const QRegularExpression& MeetingValidator::appendixMention()
{
    // As the secretary types it, in any case and spacing.
    static const QRegularExpression mention(QStringLiteral("\\(\\s*ilova\\s+qilinadi\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    return mention;
}

qsizetype MeetingValidator::appendixMentionCount(const Meeting& meeting)
{
    qsizetype count = 0;
    for (const AgendaItem& item : meeting.agenda) {
        for (const SpeakerReport& report : item.reports)
            count += appendixMentions(report.lead) + appendixMentions(report.body);
        count += appendixMentions(item.discussion.summary);
    }
    for (const Resolution& resolution : meeting.resolutions) {
        count += appendixMentions(resolution.text);
        for (const QString& point : resolution.subPoints)
            count += appendixMentions(point);
    }
    return count;
}

QList<ValidationIssue> MeetingValidator::appendices(const Meeting& meeting)
{
    QList<ValidationIssue> issues;
    for (int i = 0; i < meeting.appendices.size(); ++i) {
        if (meeting.appendices.at(i).title.trimmed().isEmpty())
            issues.append({PartPath::appendix(i + 1).toString(), QStringLiteral("title"),
                tr("An attached document needs its title.")});
    }
    const qsizetype mentions = appendixMentionCount(meeting);
    const qsizetype documents = meeting.appendices.size();
    if (mentions > documents)
        issues.append({PartPath::meeting().toString(), QStringLiteral("appendices"),
            tr("The text says “(ilova qilinadi)” %1 time(s) but %2 document(s) are attached: "
               "attach the missing ones, or the appendix will be on paper only.")
                .arg(mentions)
                .arg(documents),
            IssueSeverity::Warning});
    else if (documents > mentions)
        issues.append({PartPath::meeting().toString(), QStringLiteral("appendices"),
            tr("%1 document(s) are attached but the text mentions only %2 with “(ilova "
               "qilinadi)”: the others are printed after them, mentioned nowhere.")
                .arg(documents)
                .arg(mentions),
            IssueSeverity::Warning});
    return issues;
}

} // namespace Bayon
