#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace Bayon {

class StatementCache;

// What the protocol forms add to a stored meeting (issue 7): its body, form,
// opening, members' count, the template it is printed with, and the votes of
// its resolutions. Runs inside the meeting repository's transaction, after
// the meeting's own rows are written or read.
//
// The template: a meeting of a body that is a draft or in review always takes
// the body's current template (on save and on load), so a template edit
// changes drafts at once; a final or signed meeting keeps the one stored when
// it was last saved as a draft, i.e. the one it was finalised with.
class MeetingFormsStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingFormsStore)

public:
    explicit MeetingFormsStore(StatementCache& statements);

    // Writes the columns and votes of stored (whose resolutions are already
    // written); for a draft of a body, first sets stored.protocolTemplate to
    // the body's current one, so what is hashed and returned is what is kept.
    Status write(Meeting& stored);
    // Reads them into meeting, whose resolutions are already read.
    Status read(Meeting& meeting) const;

private:
    StatementCache& m_statements;
};

} // namespace Bayon
