#include "remarklocator.h"

#include <QStringList>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

QString lines(const QStringList& fields)
{
    QStringList kept;
    for (const QString& field : fields) {
        if (!field.isEmpty())
            kept.append(field);
    }
    return kept.join(u'\n');
}

// Every KPI row of a report, the tables' rows one after the other: the
// numbering of "kpi 2.1.3".
QList<const KpiRow*> rowsOf(const SpeakerReport& report)
{
    QList<const KpiRow*> rows;
    for (const KpiTable& table : report.kpiTables) {
        for (const KpiRow& row : table.rows)
            rows.append(&row);
    }
    return rows;
}

struct ReportPlace
{
    int agenda = -1; // indexes from 0
    int report = -1;
};

ReportPlace findReport(const Meeting& meeting, const QUuid& uid)
{
    for (int a = 0; a < meeting.agenda.size(); ++a) {
        const QList<SpeakerReport>& reports = meeting.agenda.at(a).reports;
        for (int r = 0; r < reports.size(); ++r) {
            if (reports.at(r).uid == uid)
                return {a, r};
        }
    }
    return {};
}

int findResolution(const Meeting& meeting, const QUuid& uid)
{
    for (int i = 0; i < meeting.resolutions.size(); ++i) {
        if (meeting.resolutions.at(i).uid == uid)
            return i;
    }
    return -1;
}

int findAppendix(const Meeting& meeting, const QUuid& uid)
{
    for (int i = 0; i < meeting.appendices.size(); ++i) {
        if (meeting.appendices.at(i).uid == uid)
            return i;
    }
    return -1;
}

RemarkLocation located(const RemarkPart& reviewed, RemarkPart current)
{
    current.kind = reviewed.kind;
    RemarkLocation location;
    if (current.text != reviewed.text)
        location.placement = RemarkLocation::Placement::Changed;
    else if (current.position != reviewed.position)
        location.placement = RemarkLocation::Placement::Moved;
    location.current = std::move(current);
    return location;
}

RemarkLocation gone(const RemarkPart& reviewed)
{
    return {RemarkLocation::Placement::Gone, reviewed};
}

} // namespace

QString RemarkLocator::textOf(const AgendaItem& item)
{
    return lines({item.title, item.discussion.summary});
}

QString RemarkLocator::textOf(const SpeakerReport& report)
{
    return lines({report.speaker.fullName, report.lead, report.body});
}

QString RemarkLocator::textOf(const KpiRow& row)
{
    const QString value = row.value ? QString::number(*row.value, 'g', 15) : QString();
    const QString change = row.change.isEmpty()
        ? QString()
        : enumKey(row.change.kind) + u' ' + QString::number(row.change.amount, 'g', 15);
    return QStringList {row.indicator, value, row.unit, row.period, change, row.note}.join(
        u" | "_s);
}

QString RemarkLocator::textOf(const Resolution& resolution)
{
    QStringList fields {resolution.addressee, resolution.text};
    fields += resolution.subPoints;
    fields.append(resolution.responsible.join(u", "_s));
    if (resolution.deadline.kind == DeadlineKind::Date)
        fields.append(resolution.deadline.date.toString(Qt::ISODate));
    else if (resolution.deadline.isSet())
        fields.append(enumKey(resolution.deadline.kind));
    return lines(fields);
}

QString RemarkLocator::textOf(const Appendix& appendix)
{
    return lines({appendix.title, appendix.body});
}

Result<RemarkPart> RemarkLocator::resolve(const Meeting& meeting, const RemarkPart& named)
{
    RemarkPart part;
    part.kind = named.kind;
    part.position = named.position;
    if (named.position.size() != RemarkPart::depth(named.kind))
        return Error::usage(tr("\"%1\" is not a complete part name.").arg(named.name()));
    const auto none = [&](const QString& what) {
        return Error::notFound(
            tr("Meeting %1 has no %2: %3.").arg(meeting.id).arg(named.name(), what));
    };
    switch (named.kind) {
    case RemarkPartKind::Meeting:
        return part;
    case RemarkPartKind::Resolution: {
        const int index = named.position.at(0) - 1;
        if (index >= meeting.resolutions.size())
            return none(tr("it has %1 resolution(s)").arg(meeting.resolutions.size()));
        part.uid = meeting.resolutions.at(index).uid;
        part.text = textOf(meeting.resolutions.at(index));
        return part;
    }
    case RemarkPartKind::Appendix: {
        const int index = named.position.at(0) - 1;
        if (index >= meeting.appendices.size())
            return none(tr("it has %1 appendix(es)").arg(meeting.appendices.size()));
        part.uid = meeting.appendices.at(index).uid;
        part.text = textOf(meeting.appendices.at(index));
        return part;
    }
    case RemarkPartKind::Agenda:
    case RemarkPartKind::Report:
    case RemarkPartKind::Kpi:
        break;
    }
    const int a = named.position.at(0) - 1;
    if (a >= meeting.agenda.size())
        return none(tr("its agenda has %1 item(s)").arg(meeting.agenda.size()));
    const AgendaItem& item = meeting.agenda.at(a);
    if (named.kind == RemarkPartKind::Agenda) {
        part.uid = item.uid;
        part.text = textOf(item);
        return part;
    }
    const int r = named.position.at(1) - 1;
    if (r >= item.reports.size())
        return none(tr("agenda item %1 has %2 report(s)").arg(a + 1).arg(item.reports.size()));
    const SpeakerReport& report = item.reports.at(r);
    part.uid = report.uid;
    if (named.kind == RemarkPartKind::Report) {
        part.text = textOf(report);
        return part;
    }
    const QList<const KpiRow*> rows = rowsOf(report);
    const int k = named.position.at(2) - 1;
    if (k >= rows.size())
        return none(tr("report %1.%2 has %3 KPI row(s)").arg(a + 1).arg(r + 1).arg(rows.size()));
    part.text = textOf(*rows.at(k));
    return part;
}

RemarkLocation RemarkLocator::locate(const Meeting& meeting, const Remark& remark)
{
    const RemarkPart& reviewed = remark.part;
    switch (reviewed.kind) {
    case RemarkPartKind::Meeting: {
        RemarkLocation location {RemarkLocation::Placement::Unchanged, reviewed};
        if (meeting.revision != remark.revision)
            location.placement = RemarkLocation::Placement::Changed;
        return location;
    }
    case RemarkPartKind::Agenda: {
        const int a = meeting.agendaIndexOf(reviewed.uid);
        if (a < 0)
            return gone(reviewed);
        return located(reviewed,
            {RemarkPartKind::Agenda, {a + 1}, reviewed.uid, textOf(meeting.agenda.at(a))});
    }
    case RemarkPartKind::Report: {
        const ReportPlace place = findReport(meeting, reviewed.uid);
        if (place.agenda < 0)
            return gone(reviewed);
        return located(reviewed,
            {RemarkPartKind::Report, {place.agenda + 1, place.report + 1}, reviewed.uid,
                textOf(meeting.agenda.at(place.agenda).reports.at(place.report))});
    }
    case RemarkPartKind::Resolution: {
        const int index = findResolution(meeting, reviewed.uid);
        if (index < 0)
            return gone(reviewed);
        return located(reviewed,
            {RemarkPartKind::Resolution, {index + 1}, reviewed.uid,
                textOf(meeting.resolutions.at(index))});
    }
    case RemarkPartKind::Appendix: {
        const int index = findAppendix(meeting, reviewed.uid);
        if (index < 0)
            return gone(reviewed);
        return located(reviewed,
            {RemarkPartKind::Appendix, {index + 1}, reviewed.uid,
                textOf(meeting.appendices.at(index))});
    }
    case RemarkPartKind::Kpi:
        break;
    }
    const ReportPlace place = findReport(meeting, reviewed.uid);
    if (place.agenda < 0 || reviewed.position.size() != 3)
        return gone(reviewed);
    const QList<const KpiRow*> rows
        = rowsOf(meeting.agenda.at(place.agenda).reports.at(place.report));
    const auto at = [&](int k) {
        return RemarkPart {RemarkPartKind::Kpi, {place.agenda + 1, place.report + 1, k + 1},
            reviewed.uid, textOf(*rows.at(k))};
    };
    const int reviewedIndex = reviewed.position.at(2) - 1;
    // The row with the text read, nearest to where it was.
    int found = -1;
    for (int k = 0; k < rows.size(); ++k) {
        if (textOf(*rows.at(k)) == reviewed.text
            && (found < 0 || std::abs(k - reviewedIndex) < std::abs(found - reviewedIndex)))
            found = k;
    }
    if (found >= 0)
        return located(reviewed, at(found));
    if (reviewedIndex >= 0 && reviewedIndex < rows.size())
        return located(reviewed, at(reviewedIndex));
    return gone(reviewed);
}

} // namespace Bayon
