#pragma once

#include "domain/attachment.h"
#include "domain/attachmentsummary.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>

namespace Bayon {

class StatementCache;

// The files kept with meetings (attachments): the bytes in a BLOB beside their
// SHA-256, one file per meeting once (by its hash). Runs inside the caller's
// transaction.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(StatementCache& statements);

    // Refuses bytes already attached to the meeting (Error::Code::Refused).
    Status insert(qint64 meetingId, const Attachment& attachment);
    // In the order they were attached, with their bytes.
    Result<QList<Attachment>> load(qint64 meetingId) const;
    // Without the bytes: each file is read in pieces of 1 MB to check its hash.
    Result<QList<AttachmentSummary>> summaries(qint64 meetingId) const;
    Status remove(qint64 meetingId, const QString& sha256);

private:
    StatementCache& m_statements;
};

} // namespace Bayon
