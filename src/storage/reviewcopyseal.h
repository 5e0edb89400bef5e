#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Bayon {

// The seal of a review copy: what proves that the copy a member opens holds
// what was packed. compute() takes a SHA-256 over every row of every table
// of the copy (review_copy, which holds the seal, aside), whatever order the
// rows come in; the copy writer stores it, and Database takes it again on
// opening the copy. hasSchemaOf() tells a damaged file (a table or column
// missing) from a changed one.
class ReviewCopySeal
{
    Q_DECLARE_TR_FUNCTIONS(Bayon::ReviewCopySeal)

public:
    // 64 lower-case hex digits.
    static Result<QString> compute(const QSqlDatabase& db);
    // Whether the tables, columns, indexes and triggers of db are exactly
    // those the migrations make up to version.
    static Result<bool> hasSchemaOf(const QSqlDatabase& db, int version);
};

} // namespace Bayon
