#pragma once

#include "domain/auditentry.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>

namespace Bayon {

class StatementCache;

// The audit log of the meetings (audit_log): appended inside the caller's
// transaction, before the change it records, and read newest first.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(StatementCache& statements);

    Status append(qint64 meetingId, const AuditEntry& entry);
    Result<QList<AuditEntry>> list(qint64 meetingId) const;

private:
    StatementCache& m_statements;
};

} // namespace Bayon
