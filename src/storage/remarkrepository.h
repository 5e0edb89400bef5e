#pragma once

#include "domain/importedremark.h"
#include "domain/remark.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

namespace Bayon {

// What one import of a remarks file did.
struct RemarkImport
{
    int added = 0; // remarks new to this database
    int alreadyThere = 0; // remarks it had from an earlier import
    QList<qint64> meetingIds; // the meetings the file's remarks are about, in file order
    QString reviewer; // who sent the file

    friend bool operator==(const RemarkImport&, const RemarkImport&) = default;
};

// The members' remarks in the secretary's database: imported from
// the remarks files members send back from their review copies, shown beside
// the parts they concern, and marked accepted, rejected or noted.
class RemarkRepository
{
public:
    virtual ~RemarkRepository() = default;

    // Imports the contents of a remarks file, all or nothing, in one
    // transaction. Refuses, importing nothing: a malformed file (Invalid, the
    // cause named), a file written in a review copy of another database
    // (Refused), a file with a remark on a meeting this database does not
    // have (NotFound). A remark already imported (by its uid) is counted and
    // left as it is, its state included.
    virtual Result<RemarkImport> import(const QByteArray& contents) = 0;
    // The remarks on a meeting, in the order imported, each located in the
    // meeting as it is now (RemarkLocator::locate). NotFound for no meeting.
    virtual Result<QList<ImportedRemark>> list(qint64 meetingId) const = 0;
    // Marks a remark; NotFound when there is no remark with that uid.
    virtual Status setState(const QUuid& uid, RemarkState state) = 0;
};

} // namespace Bayon
