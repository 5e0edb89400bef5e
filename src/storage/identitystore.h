#pragma once

#include "domain/result.h"
#include "domain/reviewcopyidentity.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUuid>
#include <optional>

namespace Bayon {

// The two one-row tables of schema 4: the database's own id
// (database_identity) and, in a review copy only, what the copy is
// (review_copy). Reads on any connection at schema 4 or later; writes only
// for ReviewCopyWriter, on the copy it is making.
class IdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(Bayon::IdentityStore)

public:
    static Result<QUuid> databaseId(const QSqlDatabase& db);
    // Nothing for a council's own database. The seal is read from schema 12
    // on (schemaVersion), before it there is none.
    static Result<std::optional<ReviewCopyIdentity>> reviewCopy(
        const QSqlDatabase& db, int schemaVersion);

    // The first schema whose review copies carry a seal.
    static constexpr int firstSealedSchema = 12;
    // Writes the review_copy row (identity.meetingCount is not stored: it is
    // counted on reading; sealHolds is found on opening).
    static Status writeReviewCopy(const QSqlDatabase& db, const ReviewCopyIdentity& identity);

    // "review,final,signed" and back; an unknown key is an error.
    static QString statusesText(const QList<MeetingStatus>& statuses);
    static std::optional<QList<MeetingStatus>> statusesFromText(const QString& text);
};

} // namespace Bayon
