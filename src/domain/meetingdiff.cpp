#include "meetingdiff.h"

#include "partpath.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// One part of a meeting with its fields as text, in a fixed order.
struct Part
{
    QString key; // identity
    QString label; // "resolution 3"
    QList<std::pair<QString, QString>> fields;
};

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void addPerson(Part& part, const QString& prefix, const Person& person)
{
    part.fields.append({prefix + u"fullName"_s, person.fullName});
    part.fields.append({prefix + u"shortName"_s, person.shortName});
    part.fields.append({prefix + u"position"_s, person.position});
    part.fields.append({prefix + u"organisation"_s, person.organisation});
}

QString deadlineText(const Deadline& deadline)
{
    switch (deadline.kind) {
    case DeadlineKind::None:
        return {};
    case DeadlineKind::Date:
        return dateText(deadline.date);
    case DeadlineKind::NextMeeting:
        return enumKey(deadline.kind);
    }
    return {};
}

QString changeText(const KpiChange& change)
{
    return change.isEmpty() ? QString() : enumKey(change.kind) + u' ' + numberText(change.amount);
}

QString countText(int count)
{
    return count ? QString::number(count) : QString();
}

// A vote as the protocol prints it: its kind with the counts for, against and
// abstained ("counts 12–1–0", "roll-call 11–2–0", "unanimous"), then its
// dissenting opinions, and for a roll call each member's line and opinion.
// The keys are the stable ones; the interface names them. Only what the
// protocol prints is compared: a roll call's entries when it is one. A roll
// call's lines are keyed by the member's printed name, as attendance lines are
// by the person, so a member put in or taken out is that member added or
// removed, not every later line changed; a name printed twice gets " (2)".
void addVote(Part& part, const Vote& vote)
{
    if (vote.isEmpty())
        return;
    QString summary = enumKey(vote.kind);
    if (vote.kind == VoteKind::Counts || vote.kind == VoteKind::RollCall)
        summary += u' ' + QString::number(vote.count(VoteChoice::For)) + u'\u2013'
            + QString::number(vote.count(VoteChoice::Against)) + u'\u2013'
            + QString::number(vote.count(VoteChoice::Abstained));
    part.fields.append({u"vote"_s, summary});
    if (vote.kind == VoteKind::RollCall) {
        QHash<QString, int> seen;
        for (const RollCallEntry& entry : vote.rollCall) {
            const QString name = entry.member.printedName().simplified();
            const int occurrence = ++seen[name];
            const QString member = occurrence == 1 && !name.isEmpty()
                ? name
                : QString(name + u" ("_s + QString::number(occurrence) + u')').trimmed();
            part.fields.append({u"vote.rollCall "_s + member,
                entry.member.printedName() + u": "_s + enumKey(entry.choice)});
            part.fields.append({u"vote.opinion "_s + member, entry.opinion});
        }
    }
    part.fields.append({u"vote.opinions"_s, vote.opinions});
}

// The template the protocol is printed with: its wording and layout choices.
void addTemplate(Part& part, const ProtocolTemplate& form)
{
    const auto yes = [](bool value) { return value ? u"yes"_s : QString(); };
    part.fields.append({u"template.titleLine"_s, form.titleLine});
    part.fields.append({u"template.resolutionFormula"_s, form.resolutionFormula});
    part.fields.append({u"template.chairTitle"_s, form.chairTitle});
    part.fields.append({u"template.secretaryTitle"_s, form.secretaryTitle});
    part.fields.append({u"template.membersLabel"_s, form.membersLabel});
    part.fields.append({u"template.approval"_s, yes(form.approval.enabled)});
    part.fields.append({u"template.approvalPosition"_s, form.approval.position});
    part.fields.append({u"template.approvalName"_s, form.approval.name});
    part.fields.append({u"template.sealMark"_s, yes(form.sealMark)});
    part.fields.append(
        {u"template.attendeeListThreshold"_s, countText(form.attendeeListThreshold)});
    part.fields.append({u"template.numbering"_s, enumKey(form.numbering)});
    part.fields.append({u"template.resolutionNumbering"_s, enumKey(form.resolutionNumbering)});
    part.fields.append({u"template.quorum"_s, enumKey(form.quorum.kind)});
    part.fields.append({u"template.quorumCount"_s,
        form.quorum.kind == QuorumKind::Fixed ? countText(form.quorum.fixedCount) : QString()});
}

// Every part of a meeting, in reading order.
QList<Part> partsOf(const Meeting& meeting)
{
    QList<Part> parts;
    Part header {u"meeting"_s, PartPath::meeting().toString(), {}};
    header.fields = {{u"councilName"_s, meeting.councilName},
        {u"number"_s, meeting.number ? QString::number(meeting.number) : QString()},
        {u"date"_s, dateText(meeting.date)},
        {u"startTime"_s,
            meeting.startTime.isValid() ? meeting.startTime.toString(u"HH:mm"_s) : QString()},
        {u"endTime"_s,
            meeting.endTime.isValid() ? meeting.endTime.toString(u"HH:mm"_s) : QString()},
        {u"place"_s, meeting.place}, {u"form"_s, enumKey(meeting.form)},
        {u"status"_s, enumKey(meeting.status)}, {u"protocolForm"_s, enumKey(meeting.protocolForm)},
        {u"convenedBy"_s, meeting.convenedBy}, {u"basis"_s, meeting.basis},
        {u"notification"_s, meeting.notification},
        {u"memberCount"_s, countText(meeting.memberCount)}};
    addPerson(header, u"chair."_s, meeting.chair);
    addPerson(header, u"secretary."_s, meeting.secretary);
    addTemplate(header, meeting.protocolTemplate);
    parts.append(header);

    QHash<QString, int> seen;
    for (qsizetype a = 0; a < meeting.attendance.size(); ++a) {
        const Attendance& line = meeting.attendance.at(a);
        const QString name = line.person.fullName + u'|' + line.person.shortName;
        const int occurrence = seen[name]++;
        Part part {u"attendance:"_s + name + u'#' + QString::number(occurrence),
            PartPath::attendance(int(a) + 1).toString(), {}};
        addPerson(part, QString(), line.person);
        part.fields.append({u"role"_s, enumKey(line.role)});
        part.fields.append({u"presence"_s, enumKey(line.presence)});
        part.fields.append({u"note"_s, line.note});
        parts.append(part);
    }

    for (qsizetype i = 0; i < meeting.agenda.size(); ++i) {
        const AgendaItem& item = meeting.agenda.at(i);
        Part part {u"agenda:"_s + item.uid.toString(), PartPath::agenda(int(i) + 1).toString(), {}};
        part.fields.append({u"title"_s, item.title});
        for (qsizetype p = 0; p < item.discussion.participants.size(); ++p)
            part.fields.append({u"participant "_s + QString::number(p + 1),
                item.discussion.participants.at(p).printedName()});
        part.fields.append({u"discussion"_s, item.discussion.summary});
        addVote(part, item.vote);
        parts.append(part);
        for (qsizetype r = 0; r < item.reports.size(); ++r) {
            const SpeakerReport& report = item.reports.at(r);
            Part reportPart {u"report:"_s + report.uid.toString(),
                PartPath::report(int(i) + 1, int(r) + 1).toString(), {}};
            reportPart.fields.append({u"speaker"_s, report.speaker.printedName()});
            reportPart.fields.append({u"lead"_s, report.lead});
            reportPart.fields.append({u"body"_s, report.body});
            for (qsizetype t = 0; t < report.kpiTables.size(); ++t)
                reportPart.fields.append({u"kpiTable "_s + QString::number(t + 1) + u".caption"_s,
                    report.kpiTables.at(t).caption});
            parts.append(reportPart);
            int rowNumber = 0;
            for (qsizetype t = 0; t < report.kpiTables.size(); ++t) {
                const KpiTable& table = report.kpiTables.at(t);
                for (qsizetype k = 0; k < table.rows.size(); ++k) {
                    const KpiRow& row = table.rows.at(k);
                    Part rowPart {u"kpi:"_s + report.uid.toString() + u':' + QString::number(t)
                            + u':' + QString::number(k),
                        PartPath::kpi(int(i) + 1, int(r) + 1, ++rowNumber).toString(), {}};
                    rowPart.fields = {{u"indicator"_s, row.indicator},
                        {u"value"_s, row.value ? numberText(*row.value) : QString()},
                        {u"unit"_s, row.unit}, {u"period"_s, row.period},
                        {u"change"_s, changeText(row.change)}, {u"note"_s, row.note}};
                    parts.append(rowPart);
                }
            }
        }
    }

    for (qsizetype r = 0; r < meeting.resolutions.size(); ++r) {
        const Resolution& resolution = meeting.resolutions.at(r);
        Part part {u"resolution:"_s + resolution.uid.toString(),
            PartPath::resolution(int(r) + 1).toString(), {}};
        const int item = meeting.agendaIndexOf(resolution.agendaItemUid);
        part.fields = {{u"text"_s, resolution.text}};
        for (qsizetype s = 0; s < resolution.subPoints.size(); ++s)
            part.fields.append(
                {u"subPoints "_s + QString::number(s + 1), resolution.subPoints.at(s)});
        part.fields.append({u"kind"_s, enumKey(resolution.kind)});
        part.fields.append({u"addressee"_s, resolution.addressee});
        part.fields.append({u"responsible"_s, resolution.responsible.join(u", "_s)});
        part.fields.append({u"deadline"_s, deadlineText(resolution.deadline)});
        part.fields.append({u"agendaItem"_s, item >= 0 ? QString::number(item + 1) : QString()});
        addVote(part, resolution.vote);
        part.fields.append({u"followUpStatus"_s, enumKey(resolution.followUpStatus)});
        part.fields.append({u"statusNote"_s, resolution.statusNote});
        parts.append(part);
    }

    for (qsizetype n = 0; n < meeting.appendices.size(); ++n) {
        const Appendix& appendix = meeting.appendices.at(n);
        Part part {u"appendix:"_s + appendix.uid.toString(),
            PartPath::appendix(int(n) + 1).toString(), {}};
        part.fields = {{u"title"_s, appendix.title}, {u"text"_s, appendix.body}};
        parts.append(part);
    }
    return parts;
}

// What a whole part says, for an added or removed one: its first text.
QString summaryOf(const Part& part)
{
    for (const auto& [field, text] : part.fields) {
        if (!text.trimmed().isEmpty())
            return text;
    }
    return {};
}

QStringList tokens(const QString& text)
{
    static const QRegularExpression token(u"\\s+|[^\\s]+"_s);
    QStringList result;
    for (auto it = token.globalMatch(text); it.hasNext();)
        result.append(it.next().captured());
    return result;
}

void append(QList<MeetingDiff::Words>& runs, MeetingDiff::Words::Kind kind, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().kind == kind)
        runs.last().text += text;
    else
        runs.append({kind, text});
}

} // namespace

QList<MeetingDiff::Words> MeetingDiff::words(const QString& before, const QString& after)
{
    using Kind = Words::Kind;
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QList<Words> runs;
    for (qsizetype i = 0; i < prefix; ++i)
        append(runs, Kind::Same, a.at(i));
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    // A longest common subsequence of the middle; past a few million cells
    // (a whole report rewritten) the middle is shown as removed and added.
    constexpr qsizetype limit = 4'000'000;
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= limit) {
        QList<int> table((n + 1) * (m + 1), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> int& { return table[i * (m + 1) + j]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = a.at(prefix + i) == b.at(prefix + j)
                    ? at(i + 1, j + 1) + 1
                    : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (a.at(prefix + i) == b.at(prefix + j)) {
                append(runs, Kind::Same, a.at(prefix + i));
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                append(runs, Kind::Removed, a.at(prefix + i++));
            } else {
                append(runs, Kind::Added, b.at(prefix + j++));
            }
        }
        for (; i < n; ++i)
            append(runs, Kind::Removed, a.at(prefix + i));
        for (; j < m; ++j)
            append(runs, Kind::Added, b.at(prefix + j));
    } else {
        for (qsizetype i = 0; i < n; ++i)
            append(runs, Kind::Removed, a.at(prefix + i));
        for (qsizetype j = 0; j < m; ++j)
            append(runs, Kind::Added, b.at(prefix + j));
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        append(runs, Kind::Same, a.at(i));
    return runs;
}

QList<MeetingDiff::Change> MeetingDiff::compare(const Meeting& before, const Meeting& after)
{
    const QList<Part> old = partsOf(before);
    const QList<Part> now = partsOf(after);
    QHash<QString, qsizetype> oldIndex;
    for (qsizetype i = 0; i < old.size(); ++i)
        oldIndex.insert(old.at(i).key, i);
    QHash<QString, qsizetype> nowIndex;
    for (qsizetype i = 0; i < now.size(); ++i)
        nowIndex.insert(now.at(i).key, i);

    QList<Change> changes;
    for (const Part& part : now) {
        const auto found = oldIndex.constFind(part.key);
        if (found == oldIndex.cend()) {
            changes.append({Change::Kind::Added, part.label, {}, {}, summaryOf(part), {}});
            continue;
        }
        const Part& was = old.at(*found);
        // Attendance lines are matched by the person: their place is no news.
        if (was.label != part.label && !part.key.startsWith(u"attendance:"_s))
            changes.append({Change::Kind::Moved, part.label, {}, was.label, part.label, {}});
        QHash<QString, QString> oldFields;
        for (const auto& [field, text] : was.fields)
            oldFields.insert(field, text);
        QStringList fieldsNow;
        for (const auto& [field, text] : part.fields) {
            fieldsNow.append(field);
            const QString previous = oldFields.value(field);
            if (previous != text)
                changes.append({previous.isEmpty() ? Change::Kind::Added
                        : text.isEmpty()           ? Change::Kind::Removed
                                                   : Change::Kind::Changed,
                    part.label, field, previous, text, words(previous, text)});
        }
        for (const auto& [field, text] : was.fields) {
            if (!fieldsNow.contains(field) && !text.isEmpty())
                changes.append(
                    {Change::Kind::Removed, part.label, field, text, {}, words(text, {})});
        }
    }
    for (const Part& part : old) {
        if (!nowIndex.contains(part.key))
            changes.append({Change::Kind::Removed, part.label, {}, summaryOf(part), {}, {}});
    }
    return changes;
}

} // namespace Bayon
