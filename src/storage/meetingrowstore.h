#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

namespace Bayon {

class StatementCache;

// The one reader and writer of a meeting's own columns of its row in the
// `meetings` table: its header (body, number, date, times, place, forms,
// chair and secretary), the body's members' count, the protocol template,
// and the status and revision the rows are written under. One list of
// columns builds both statements. Other writers of the row are separate
// concerns and stay with their owners: a status change with its control hash
// and signing date (SqliteMeetingRepository::writeStatus, for the lifecycle),
// the revision bump of a follow-up change (SqliteLifecycleRepository); the
// child tables (attendance, agenda, votes, appendices …) have their own stores.
//
// The template: a meeting of a body that is a draft or in review always takes
// the body's current template (on save and on load), so a template edit
// changes drafts at once; a final or signed meeting keeps the one stored when
// it was last saved as a draft, i.e. the one it was finalised with.
class MeetingRowStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRowStore)

public:
    // The ids in meeting_persons of the chair's and the secretary's copies;
    // 0 for none.
    struct PersonIds
    {
        qint64 chair = 0;
        qint64 secretary = 0;
    };

    explicit MeetingRowStore(StatementCache& statements);

    // A new, empty row at revision 1: its id.
    Result<qint64> insert(const QString& doing);
    // Writes the columns of stored under status (the one the rows are written
    // under, never a locked one); for a meeting of a body, first sets
    // stored.protocolTemplate to the body's current one, so what is hashed and
    // returned is what is kept.
    Status write(Meeting& stored, MeetingStatus status, PersonIds persons, const QString& doing);
    // Reads the columns into meeting (whose id is set); the persons' ids are
    // returned for the caller to find their copies. Fails with NotFound when
    // there is no such meeting.
    Result<PersonIds> read(Meeting& meeting, const QString& doing) const;

    // The columns of the row it reads and writes, in order.
    static QStringList columns();

    // Makes every draft and meeting in review of a body follow its template.
    static Status followTemplate(StatementCache& statements, qint64 councilId,
        const ProtocolTemplate& protocolTemplate, const QString& doing);

private:
    // The template column: its JSON, NULL for the default template.
    static QVariant templateColumn(const ProtocolTemplate& protocolTemplate);

    StatementCache& m_statements;
};

} // namespace Bayon
