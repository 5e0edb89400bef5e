#include "sqlitedecisionregister.h"

#include "ftsquery.h"
#include "sqlsupport.h"
#include "sqltime.h"
#include "sqltransaction.h"
#include "statementcache.h"
#include "text/apostrophes.h"
#include "text/uzbekcollator.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {

// Each criterion is bound twice: "? IS NULL OR … = ?" lets everything through
// when it is not set.
const QString SelectDecisions = uR"(
    SELECT m.id, m.number, m.date, m.council_name, m.status,
           r.id, r.seq, r.uid, r.text, r.kind, r.addressee, r.deadline_kind, r.deadline_date,
           r.follow_up_status, r.status_note,
           (SELECT min(n.date) FROM meetings n
            WHERE n.council_name = m.council_name AND n.date > m.date) AS next_meeting
    FROM resolutions r JOIN meetings m ON m.id = r.meeting_id
    WHERE (? IS NULL OR m.date >= ?)
      AND (? IS NULL OR m.date <= ?)
      AND (? IS NULL OR m.council_name = ?)
      AND (? IS NULL OR r.follow_up_status = ?)
      AND (? IS NULL OR EXISTS (
              SELECT 1 FROM search_parts p
              WHERE p.meeting_id = m.id AND p.part = 'resolution ' || (r.seq + 1)
                AND p.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)))
    ORDER BY m.date, m.number, m.id, r.seq)"_s;

QString folded(QStringView text)
{
    return Apostrophes::normalize(text).toCaseFolded();
}

int compareDates(QDate a, QDate b)
{
    // Not set sorts last, as in a paper register.
    if (a.isValid() != b.isValid())
        return a.isValid() ? -1 : 1;
    return a < b ? -1 : (b < a ? 1 : 0);
}

template<typename T> int compareValues(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

SqliteDecisionRegister::SqliteDecisionRegister(StatementCache& statements)
    : m_statements(statements)
{
}

Result<QList<DecisionEntry>> SqliteDecisionRegister::list(const DecisionFilter& filter) const
{
    const QString doing = tr("Could not read the decisions register");
    const QVariant from = SS::date(filter.from);
    const QVariant to = SS::date(filter.to);
    const QVariant council
        = filter.councilName.isEmpty() ? QVariant() : QVariant(filter.councilName);
    const QVariant status = filter.status ? QVariant(enumKey(*filter.status)) : QVariant();
    if (const Status acceptable = FtsQuery::check(filter.text); !acceptable)
        return acceptable.error();
    const QString match = FtsQuery::build(filter.text);
    if (!filter.text.trimmed().isEmpty() && match.isEmpty())
        return QList<DecisionEntry>(); // nothing searchable: nothing found, as Find does
    const QVariant text = match.isEmpty() ? QVariant() : QVariant(match);

    // Every table as of one moment.
    SqlTransaction transaction(m_statements.database(), SqlTransaction::Kind::Read);
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();

    const Result<QSqlQuery*> query = m_statements.exec(
        SelectDecisions, {from, from, to, to, council, council, status, status, text, text}, doing);
    if (!query)
        return query.error();

    QList<DecisionEntry> entries;
    QHash<qint64, qsizetype> byResolutionId;
    QSqlQuery& row = **query;
    while (row.next()) {
        DecisionEntry entry;
        entry.meetingId = row.value(0).toLongLong();
        entry.meetingNumber = row.value(1).toInt();
        entry.meetingDate = SS::toDate(row.value(2));
        entry.councilName = row.value(3).toString();
        entry.meetingStatus
            = enumFromKey<MeetingStatus>(row.value(4).toString()).value_or(MeetingStatus::Draft);
        entry.resolutionNumber = row.value(6).toInt() + 1;
        entry.resolutionUid = SS::toUuid(row.value(7));
        entry.text = row.value(8).toString();
        entry.kind = enumFromKey<ResolutionKind>(row.value(9).toString())
                         .value_or(ResolutionKind::TakeNote);
        entry.addressee = row.value(10).toString();
        entry.deadline.kind
            = enumFromKey<DeadlineKind>(row.value(11).toString()).value_or(DeadlineKind::None);
        entry.deadline.date = SS::toDate(row.value(12));
        entry.followUpStatus
            = enumFromKey<FollowUpStatus>(row.value(13).toString()).value_or(FollowUpStatus::Open);
        entry.statusNote = row.value(14).toString();
        if (entry.deadline.kind == DeadlineKind::Date)
            entry.due = entry.deadline.date;
        else if (entry.deadline.kind == DeadlineKind::NextMeeting)
            entry.due = SS::toDate(row.value(15));
        byResolutionId.insert(row.value(5).toLongLong(), entries.size());
        entries.append(entry);
    }
    const bool failed = row.lastError().isValid();
    Error error = failed ? SS::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return error;

    // Sub-points and responsible persons, then the follow-up history.
    for (const bool points : {true, false}) {
        const Result<QSqlQuery*> parts = m_statements.exec(points
                ? u"SELECT resolution_id, text FROM resolution_points ORDER BY resolution_id, seq"_s
                : u"SELECT resolution_id, name FROM resolution_responsible ORDER BY resolution_id, seq"_s,
            {}, doing);
        if (!parts)
            return parts.error();
        QSqlQuery& part = **parts;
        while (part.next()) {
            const auto found = byResolutionId.constFind(part.value(0).toLongLong());
            if (found == byResolutionId.cend())
                continue;
            DecisionEntry& entry = entries[*found];
            (points ? entry.subPoints : entry.responsible).append(part.value(1).toString());
        }
        const bool partFailed = part.lastError().isValid();
        Error partError = partFailed ? SS::errorOf(part, doing) : Error {};
        part.finish();
        if (partFailed)
            return partError;
    }
    {
        QHash<std::pair<qint64, QUuid>, qsizetype> byUid;
        for (qsizetype i = 0; i < entries.size(); ++i)
            byUid.insert({entries[i].meetingId, entries[i].resolutionUid}, i);
        const Result<QSqlQuery*> steps = m_statements.exec(uR"(
                SELECT meeting_id, resolution_uid, date, status, note, author, recorded_at
                FROM follow_up_history ORDER BY id)"_s,
            {}, doing);
        if (!steps)
            return steps.error();
        QSqlQuery& step = **steps;
        while (step.next()) {
            const auto found
                = byUid.constFind({step.value(0).toLongLong(), SS::toUuid(step.value(1))});
            if (found == byUid.cend())
                continue;
            entries[*found].history.append({SS::toDate(step.value(2)),
                enumFromKey<FollowUpStatus>(step.value(3).toString())
                    .value_or(FollowUpStatus::Open),
                step.value(4).toString(), step.value(5).toString(),
                SqlTime::toMoment(step.value(6))});
        }
        const bool stepFailed = step.lastError().isValid();
        Error stepError = stepFailed ? SS::errorOf(step, doing) : Error {};
        step.finish();
        if (stepFailed)
            return stepError;
    }

    const QDate today = filter.effectiveToday();
    const QString person = folded(filter.responsible.trimmed());
    QList<DecisionEntry> kept;
    for (DecisionEntry& entry : entries) {
        if (filter.overdueOnly && !entry.isOverdue(today))
            continue;
        if (!person.isEmpty()
            && std::none_of(entry.responsible.cbegin(), entry.responsible.cend(),
                [&person](const QString& name) { return folded(name).contains(person); }))
            continue;
        kept.append(std::move(entry));
    }
    sort(kept, filter.sortBy, filter.descending, today);
    return kept;
}

void SqliteDecisionRegister::sort(
    QList<DecisionEntry>& entries, DecisionFilter::Column column, bool descending, QDate today)
{
    using Column = DecisionFilter::Column;
    const auto textOf = [column](const DecisionEntry& entry) -> QString {
        switch (column) {
        case Column::Text:
            return entry.firstLine();
        case Column::Addressee:
            return entry.addressee;
        case Column::Responsible:
            return entry.responsible.join(u", "_s);
        case Column::StatusNote:
            return entry.statusNote;
        default:
            return {};
        }
    };
    const bool byText = column == Column::Text || column == Column::Addressee
        || column == Column::Responsible || column == Column::StatusNote;
    QList<QByteArray> keys;
    if (byText) {
        keys.reserve(entries.size());
        for (const DecisionEntry& entry : std::as_const(entries))
            keys.append(UzbekCollator::sortKey(textOf(entry)));
    }
    const auto inOrder = [](const DecisionEntry& a, const DecisionEntry& b) {
        if (const int c = compareDates(a.meetingDate, b.meetingDate))
            return c;
        if (const int c = compareValues(a.meetingNumber, b.meetingNumber))
            return c;
        if (const int c = compareValues(a.meetingId, b.meetingId))
            return c;
        return compareValues(a.resolutionNumber, b.resolutionNumber);
    };
    const auto compare = [&](qsizetype i, qsizetype j) -> int {
        const DecisionEntry& a = entries[i];
        const DecisionEntry& b = entries[j];
        switch (column) {
        case Column::Meeting:
        case Column::Resolution:
            return inOrder(a, b);
        case Column::Kind:
            return compareValues(int(a.kind), int(b.kind));
        case Column::Due:
            return compareDates(a.due, b.due);
        case Column::FollowUp:
            return compareValues(int(a.followUpStatus), int(b.followUpStatus));
        case Column::DaysOverdue:
            return compareValues(a.daysOverdue(today), b.daysOverdue(today));
        case Column::Text:
        case Column::Addressee:
        case Column::Responsible:
        case Column::StatusNote:
            return compareValues(keys[i], keys[j]);
        }
        return 0;
    };
    QList<qsizetype> order(entries.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype i, qsizetype j) {
        int c = compare(i, j);
        if (descending)
            c = -c;
        if (c != 0)
            return c < 0;
        return inOrder(entries[i], entries[j]) < 0;
    });
    QList<DecisionEntry> sorted;
    sorted.reserve(entries.size());
    for (const qsizetype index : std::as_const(order))
        sorted.append(std::move(entries[index]));
    entries = std::move(sorted);
}

Result<QStringList> SqliteDecisionRegister::distinctTexts(
    const QString& sql, const QString& doing) const
{
    const Result<QSqlQuery*> query = m_statements.exec(sql, {}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    QStringList texts;
    while (row.next())
        texts.append(row.value(0).toString());
    const bool failed = row.lastError().isValid();
    Error error = failed ? SS::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return error;
    UzbekCollator::sort(texts);
    return texts;
}

Result<QStringList> SqliteDecisionRegister::responsibleNames() const
{
    return distinctTexts(
        u"SELECT DISTINCT name FROM resolution_responsible WHERE trim(name) <> ''"_s,
        tr("Could not list the responsible persons"));
}

Result<QStringList> SqliteDecisionRegister::councilNames() const
{
    return distinctTexts(u"SELECT DISTINCT council_name FROM meetings WHERE council_name <> ''"_s,
        tr("Could not list the councils"));
}

} // namespace Bayon
