#include "identitystore.h"

#include "sqlsupport.h"
#include "sqltime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

Result<QUuid> IdentityStore::databaseId(const QSqlDatabase& db)
{
    const QString doing = tr("Could not read the identity of the database");
    QSqlQuery query(db);
    if (!query.exec(u"SELECT id FROM database_identity WHERE only_row = 1"_s))
        return SS::errorOf(query, doing);
    if (!query.next()) {
        if (query.lastError().isValid())
            return SS::errorOf(query, doing);
        return Error::failed(doing + u": "_s + tr("the database has no identity row."));
    }
    const QUuid id = SS::toUuid(query.value(0));
    if (id.isNull())
        return Error::failed(doing + u": "_s + tr("its identity is not a UUID."));
    return id;
}

Result<std::optional<ReviewCopyIdentity>> IdentityStore::reviewCopy(
    const QSqlDatabase& db, int schemaVersion)
{
    const QString doing = tr("Could not read what the review copy is");
    QSqlQuery query(db);
    const QString seal = schemaVersion >= firstSealedSchema ? u"seal"_s : u"NULL"_s;
    if (!query.exec(uR"(
            SELECT id, source_database_id, council, period_from, period_to, made_at, made_by,
                   statuses, (SELECT count(*) FROM meetings), )"_s
            + seal + u" FROM review_copy WHERE only_row = 1"_s))
        return SS::errorOf(query, doing);
    if (!query.next()) {
        if (query.lastError().isValid())
            return SS::errorOf(query, doing);
        return std::optional<ReviewCopyIdentity>();
    }
    ReviewCopyIdentity identity;
    identity.id = SS::toUuid(query.value(0));
    identity.sourceDatabaseId = SS::toUuid(query.value(1));
    identity.council = query.value(2).toString();
    identity.from = SS::toDate(query.value(3));
    identity.to = SS::toDate(query.value(4));
    identity.madeAt = SqlTime::toMoment(query.value(5));
    identity.madeBy = query.value(6).toString();
    const std::optional<QList<MeetingStatus>> statuses
        = statusesFromText(query.value(7).toString());
    identity.meetingCount = query.value(8).toInt();
    identity.seal = query.value(9).toString();
    query.finish();
    if (identity.id.isNull() || identity.sourceDatabaseId.isNull() || !identity.madeAt.isValid()
        || !statuses)
        return Error::failed(doing + u": "_s + tr("its identity row is not valid."));
    identity.statuses = *statuses;
    return std::optional<ReviewCopyIdentity>(identity);
}

Status IdentityStore::writeReviewCopy(const QSqlDatabase& db, const ReviewCopyIdentity& identity)
{
    QSqlQuery query(db);
    query.prepare(uR"(
        INSERT INTO review_copy (only_row, id, source_database_id, council, period_from, period_to,
                                 made_at, made_by, statuses, seal)
        VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    for (const QVariant& value :
        {SS::uuid(identity.id), SS::uuid(identity.sourceDatabaseId), SS::text(identity.council),
            SS::date(identity.from), SS::date(identity.to), SqlTime::moment(identity.madeAt),
            SS::text(identity.madeBy), QVariant(statusesText(identity.statuses)),
            identity.seal.isEmpty() ? QVariant() : QVariant(identity.seal)})
        query.addBindValue(value);
    return SS::exec(query, tr("Could not write what the review copy is"));
}

QString IdentityStore::statusesText(const QList<MeetingStatus>& statuses)
{
    // In workflow order, each once, whatever order they were chosen in.
    QStringList keys;
    for (const QString& key : enumKeys<MeetingStatus>()) {
        if (statuses.contains(*enumFromKey<MeetingStatus>(key)))
            keys.append(key);
    }
    return keys.join(u',');
}

std::optional<QList<MeetingStatus>> IdentityStore::statusesFromText(const QString& text)
{
    QList<MeetingStatus> statuses;
    for (const QString& key : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<MeetingStatus> status = enumFromKey<MeetingStatus>(key.trimmed());
        if (!status)
            return std::nullopt;
        statuses.append(*status);
    }
    if (statuses.isEmpty())
        return std::nullopt;
    return statuses;
}

} // namespace Bayon
