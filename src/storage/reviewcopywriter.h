#pragma once

#include "domain/result.h"
#include "domain/reviewcopyidentity.h"
#include "domain/reviewcopyrequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Bayon {

class Database;

// Makes a review copy: one SQLite file holding the chosen meetings of a
// council's database with everything needed to read, search, print and check
// them, and the review_copy row that says what it is. Members open it
// read-only anywhere (Database::open). The file is written under a temporary
// name in the target folder and renamed when complete, so that it either
// exists whole or not at all.
//
// What goes in: the meetings with all their rows (votes and appendices too),
// their lifecycle state and control hash, the audit log, the follow-up and its
// history, the attachments, the full-text index; the newest kept revision of
// each meeting and every final or signed one (so that a paper copy's control
// code is found); the councils they belong to with their members and
// templates; the persons of the directory that they name. What stays out:
// older draft revisions, the remarks other members sent back, and every other
// meeting, council and person.
class ReviewCopyWriter
{
    Q_DECLARE_TR_FUNCTIONS(Bayon::ReviewCopyWriter)

public:
    // Writes outputPath (replacing a file there, never the source itself) and
    // returns the identity of the copy as a reader will see it. Refuses a
    // source that is itself a review copy, and a request that no meeting
    // matches; leaves no file behind when it fails.
    static Result<ReviewCopyIdentity> pack(
        Database& source, const ReviewCopyRequest& request, const QString& outputPath);

    // Every table of the schema that a copy fills (some in part) or leaves
    // empty on purpose; a test checks that no table of a later migration is
    // forgotten.
    static QStringList tablesCovered();
};

} // namespace Bayon
