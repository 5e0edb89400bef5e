#include "sqlitecouncilrepository.h"

#include "domain/meetingfromcouncil.h"
#include "meetingrowstore.h"
#include "sqlsupport.h"
#include "sqltransaction.h"
#include "statementcache.h"
#include "writeguard.h"

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {
const QString ListCouncils = uR"(
    SELECT c.id, c.short_name, c.full_name,
           (SELECT count(*) FROM council_members m WHERE m.council_id = c.id),
           (SELECT count(*) FROM meetings g WHERE g.council_id = c.id)
    FROM councils c ORDER BY c.id)"_s;
const QString SelectCouncil = uR"(
    SELECT full_name, organisation, short_name, city, emblem, default_form
    FROM councils WHERE id = ?)"_s;
const QString SelectMembers = uR"(
    SELECT directory_id, full_name, short_name, position, organisation, role, term_from, term_to
    FROM council_members WHERE council_id = ? ORDER BY seq)"_s;
const QString SelectTemplate = uR"(
    SELECT title_line, resolution_formula, chair_title, secretary_title, members_label,
           approval_enabled, approval_position, approval_name, seal_mark, attendee_threshold,
           numbering, resolution_numbering, quorum_kind, quorum_count
    FROM council_templates WHERE council_id = ?)"_s;
const QString InsertCouncil = uR"(
    INSERT INTO councils (full_name, organisation, short_name, city, emblem, default_form)
    VALUES (?, ?, ?, ?, ?, ?))"_s;
const QString UpdateCouncil = uR"(
    UPDATE councils SET full_name = ?, organisation = ?, short_name = ?, city = ?, emblem = ?,
                        default_form = ?
    WHERE id = ?)"_s;
const QString DeleteMembers = uR"(DELETE FROM council_members WHERE council_id = ?)"_s;
const QString InsertMember = uR"(
    INSERT INTO council_members (council_id, seq, directory_id, full_name, short_name, position,
                                 organisation, role, term_from, term_to)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
const QString ReplaceTemplate = uR"(
    INSERT OR REPLACE INTO council_templates
        (council_id, title_line, resolution_formula, chair_title, secretary_title, members_label,
         approval_enabled, approval_position, approval_name, seal_mark, attendee_threshold,
         numbering, resolution_numbering, quorum_kind, quorum_count)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
const QString MaxNumber = uR"(
    SELECT coalesce(max(number), 0) FROM meetings
    WHERE council_id = ? AND substr(date, 1, 4) = ?)"_s;
} // namespace

SqliteCouncilRepository::SqliteCouncilRepository(
    StatementCache& statements, const WriteGuard& guard)
    : m_statements(statements)
    , m_guard(guard)
{
}

Result<QList<CouncilSummary>> SqliteCouncilRepository::list() const
{
    const QString doing = tr("Could not list the councils");
    const Result<QSqlQuery*> query = m_statements.exec(ListCouncils, {}, doing);
    if (!query)
        return query.error();
    QList<CouncilSummary> councils;
    while ((*query)->next()) {
        const QSqlQuery& row = **query;
        councils.append({row.value(0).toLongLong(), row.value(1).toString(),
            row.value(2).toString(), row.value(3).toInt(), row.value(4).toInt()});
    }
    if (const Status read = SS::finish(*query, doing); !read)
        return read.error();
    return councils;
}

Result<std::optional<ProtocolTemplate>> SqliteCouncilRepository::templateOf(
    StatementCache& statements, qint64 councilId)
{
    const QString doing = tr("Could not read the template of the council %1").arg(councilId);
    const Result<QSqlQuery*> query = statements.exec(SelectTemplate, {councilId}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    std::optional<ProtocolTemplate> found;
    if (row.next()) {
        ProtocolTemplate t;
        t.titleLine = row.value(0).toString();
        t.resolutionFormula = row.value(1).toString();
        t.chairTitle = row.value(2).toString();
        t.secretaryTitle = row.value(3).toString();
        t.membersLabel = row.value(4).toString();
        t.approval.enabled = row.value(5).toInt() != 0;
        t.approval.position = row.value(6).toString();
        t.approval.name = row.value(7).toString();
        t.sealMark = row.value(8).toInt() != 0;
        t.attendeeListThreshold = row.value(9).toInt();
        t.numbering
            = enumFromKey<NumberingStyle>(row.value(10).toString()).value_or(NumberingStyle::Sign);
        t.resolutionNumbering = enumFromKey<ResolutionNumbering>(row.value(11).toString())
                                    .value_or(ResolutionNumbering::PerItem);
        t.quorum.kind
            = enumFromKey<QuorumKind>(row.value(12).toString()).value_or(QuorumKind::MoreThanHalf);
        t.quorum.fixedCount = row.value(13).toInt();
        found = t;
    }
    if (const Status read = SS::finish(&row, doing); !read)
        return read.error();
    return found;
}

Result<Council> SqliteCouncilRepository::load(qint64 id) const
{
    SqlTransaction transaction(m_statements.database(), SqlTransaction::Kind::Read);
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<Council> council = loadInTransaction(id);
    transaction.rollback();
    return council;
}

Result<Council> SqliteCouncilRepository::loadInTransaction(qint64 id) const
{
    const QString doing = tr("Could not load the council %1").arg(id);
    Council council;
    council.id = id;
    {
        const Result<QSqlQuery*> query = m_statements.exec(SelectCouncil, {id}, doing);
        if (!query)
            return query.error();
        QSqlQuery& row = **query;
        if (!row.next()) {
            const Status read = SS::finish(&row, doing);
            if (!read)
                return read.error();
            return Error::notFound(tr("There is no council %1.").arg(id));
        }
        council.fullName = row.value(0).toString();
        council.organisation = row.value(1).toString();
        council.shortName = row.value(2).toString();
        council.city = row.value(3).toString();
        council.emblem = row.value(4).toByteArray();
        council.defaultForm
            = enumFromKey<ProtocolForm>(row.value(5).toString()).value_or(ProtocolForm::Narrative);
        if (const Status read = SS::finish(&row, doing); !read)
            return read.error();
    }
    {
        const Result<QSqlQuery*> query = m_statements.exec(SelectMembers, {id}, doing);
        if (!query)
            return query.error();
        while ((*query)->next()) {
            const QSqlQuery& row = **query;
            CouncilMember member;
            member.person = Person {row.value(0).toLongLong(), row.value(1).toString(),
                row.value(2).toString(), row.value(3).toString(), row.value(4).toString()};
            member.role
                = enumFromKey<CouncilRole>(row.value(5).toString()).value_or(CouncilRole::Member);
            member.termFrom = SS::toDate(row.value(6));
            member.termTo = SS::toDate(row.value(7));
            council.members.append(member);
        }
        if (const Status read = SS::finish(*query, doing); !read)
            return read.error();
    }
    const Result<std::optional<ProtocolTemplate>> t = templateOf(m_statements, id);
    if (!t)
        return t.error();
    if (t->has_value())
        council.protocolTemplate = **t;
    return council;
}

Result<Council> SqliteCouncilRepository::save(const Council& council)
{
    if (const Status writable = m_guard.check(); !writable)
        return writable.error();
    if (council.fullName.trimmed().isEmpty())
        return Error::invalid(tr("A council needs its full name."));
    const QString doing = tr("Could not save the council %1").arg(council.fullName.simplified());
    SqlTransaction transaction(m_statements.database());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    Council stored = council;
    const QVariant emblem = council.emblem.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                     : QVariant(council.emblem);
    if (council.id == 0) {
        const Result<QSqlQuery*> insert = m_statements.exec(InsertCouncil,
            {SS::text(council.fullName), SS::text(council.organisation),
                SS::text(council.shortName), SS::text(council.city), emblem,
                enumKey(council.defaultForm)},
            doing);
        if (!insert)
            return insert.error();
        stored.id = (*insert)->lastInsertId().toLongLong();
        (*insert)->finish();
    } else {
        const Result<QSqlQuery*> update = m_statements.exec(UpdateCouncil,
            {SS::text(council.fullName), SS::text(council.organisation),
                SS::text(council.shortName), SS::text(council.city), emblem,
                enumKey(council.defaultForm), council.id},
            doing);
        if (!update)
            return update.error();
        const int changed = (*update)->numRowsAffected();
        (*update)->finish();
        if (changed == 0)
            return Error::notFound(tr("There is no council %1.").arg(council.id));
        const Result<QSqlQuery*> removed = m_statements.exec(DeleteMembers, {council.id}, doing);
        if (!removed)
            return removed.error();
        (*removed)->finish();
    }
    for (int seq = 0; seq < council.members.size(); ++seq) {
        const CouncilMember& member = council.members.at(seq);
        const Result<QSqlQuery*> insert = m_statements.exec(InsertMember,
            {stored.id, seq, SS::id(member.person.directoryId), SS::text(member.person.fullName),
                SS::text(member.person.shortName), SS::text(member.person.position),
                SS::text(member.person.organisation), enumKey(member.role),
                SS::date(member.termFrom), SS::date(member.termTo)},
            doing);
        if (!insert)
            return insert.error();
        (*insert)->finish();
    }
    const ProtocolTemplate& t = council.protocolTemplate;
    const Result<QSqlQuery*> replace = m_statements.exec(ReplaceTemplate,
        {stored.id, SS::text(t.titleLine), SS::text(t.resolutionFormula), SS::text(t.chairTitle),
            SS::text(t.secretaryTitle), SS::text(t.membersLabel), t.approval.enabled ? 1 : 0,
            SS::text(t.approval.position), SS::text(t.approval.name), t.sealMark ? 1 : 0,
            t.attendeeListThreshold, enumKey(t.numbering), enumKey(t.resolutionNumbering),
            enumKey(t.quorum.kind), t.quorum.fixedCount},
        doing);
    if (!replace)
        return replace.error();
    (*replace)->finish();

    // Drafts and meetings in review follow the body's template at once.
    if (const Status followed = MeetingRowStore::followTemplate(m_statements, stored.id, t, doing);
        !followed)
        return followed.error();

    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<int> SqliteCouncilRepository::nextNumber(qint64 councilId, int year) const
{
    const QString doing = tr("Could not number the council's next protocol");
    const Result<QSqlQuery*> query = m_statements.exec(
        MaxNumber, {councilId, QString::number(year).rightJustified(4, u'0')}, doing);
    if (!query)
        return query.error();
    int highest = 0;
    if ((*query)->next())
        highest = (*query)->value(0).toInt();
    if (const Status read = SS::finish(*query, doing); !read)
        return read.error();
    return highest + 1;
}

Result<Meeting> SqliteCouncilRepository::newMeeting(qint64 councilId, const QDate& date) const
{
    SqlTransaction transaction(m_statements.database(), SqlTransaction::Kind::Read);
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    const Result<Council> council = loadInTransaction(councilId);
    if (!council)
        return council.error();
    const Result<int> number
        = nextNumber(councilId, date.isValid() ? date.year() : QDate::currentDate().year());
    if (!number)
        return number.error();
    transaction.rollback();
    return MeetingFromCouncil::create(*council, date, *number);
}

} // namespace Bayon
