#pragma once

#include "controlcheck.h"
#include "domain/auditentry.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>

namespace Bayon {

class StatementCache;

// The audit log of the meetings (audit_log): appended inside the caller's
// transaction, before the change it records, and read newest first. Each
// meeting's lines form a hash chain: a line carries the control hash of the
// content it leaves (`contentHash`) and the SHA-256 of itself and the line
// before it, so that a line changed behind Bayon's back breaks the chain.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(StatementCache& statements);

    Status append(qint64 meetingId, const AuditEntry& entry, const QString& contentHash);
    Result<QList<AuditEntry>> list(qint64 meetingId) const;
    // Checks the chain of a meeting's lines against each other and its newest
    // line against the meeting as it is now (`status`, and `contentHash` when
    // it is final or signed); sets check.brokenLine and check.chainProblem at
    // the first line that does not fit.
    Status checkChain(qint64 meetingId, MeetingStatus status, const QString& contentHash,
        ControlCheck& check) const;

private:
    StatementCache& m_statements;
};

} // namespace Bayon
