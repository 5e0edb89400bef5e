#include "attachmentstore.h"

#include "sqlsupport.h"
#include "sqltime.h"
#include "statementcache.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Bayon {

AttachmentStore::AttachmentStore(StatementCache& statements)
    : m_statements(statements)
{
}

Status AttachmentStore::insert(qint64 meetingId, const Attachment& attachment)
{
    // The one check of what is kept, whichever way it comes in (attach, import).
    if (const Status acceptable = attachment.check(); !acceptable)
        return acceptable;
    const QString doing = tr("Could not attach %1").arg(attachment.name);
    const Result<QSqlQuery*> existing
        = m_statements.exec(u"SELECT name FROM attachments WHERE meeting_id = ? AND sha256 = ?"_s,
            {meetingId, attachment.sha256}, doing);
    if (!existing)
        return existing.error();
    QSqlQuery& row = **existing;
    const QString sameAs = row.next() ? row.value(0).toString() : QString();
    row.finish();
    if (!sameAs.isNull())
        return Error::refused(
            tr("This file is already attached to the meeting, as %1.").arg(sameAs));

    const Result<QSqlQuery*> insert = m_statements.exec(uR"(
            INSERT INTO attachments (meeting_id, name, mime_type, size, sha256, added_at,
                                     added_by, data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s,
        {meetingId, attachment.name, SqlSupport::text(attachment.mimeType), attachment.size(),
            attachment.sha256, SqlTime::moment(attachment.addedAt),
            SqlSupport::text(attachment.addedBy),
            // A BLOB even when empty: NOT NULL and length() must hold.
            attachment.data.isNull() ? QVariant(QByteArray("")) : QVariant(attachment.data)},
        doing);
    if (!insert)
        return insert.error();
    (*insert)->finish();
    return {};
}

Result<QList<Attachment>> AttachmentStore::load(qint64 meetingId) const
{
    const QString doing = tr("Could not read the attachments of the meeting %1").arg(meetingId);
    const Result<QSqlQuery*> query = m_statements.exec(uR"(
            SELECT name, mime_type, sha256, added_at, added_by, data
            FROM attachments WHERE meeting_id = ? ORDER BY id)"_s,
        {meetingId}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    QList<Attachment> attachments;
    while (row.next()) {
        Attachment attachment;
        attachment.name = row.value(0).toString();
        attachment.mimeType = row.value(1).toString();
        attachment.sha256 = row.value(2).toString();
        attachment.addedAt = SqlTime::toMoment(row.value(3));
        attachment.addedBy = row.value(4).toString();
        attachment.data = row.value(5).toByteArray();
        attachments.append(attachment);
    }
    const bool failed = row.lastError().isValid();
    Error error = failed ? SqlSupport::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return error;
    return attachments;
}

Result<QList<AttachmentSummary>> AttachmentStore::summaries(qint64 meetingId) const
{
    const QString doing = tr("Could not read the attachments of the meeting %1").arg(meetingId);
    const Result<QSqlQuery*> query = m_statements.exec(uR"(
            SELECT id, name, mime_type, length(data), sha256, added_at, added_by
            FROM attachments WHERE meeting_id = ? ORDER BY id)"_s,
        {meetingId}, doing);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    QList<qint64> rowIds;
    QList<AttachmentSummary> summaries;
    while (row.next()) {
        rowIds.append(row.value(0).toLongLong());
        AttachmentSummary summary;
        summary.name = row.value(1).toString();
        summary.mimeType = row.value(2).toString();
        summary.size = row.value(3).toLongLong();
        summary.sha256 = row.value(4).toString();
        summary.addedAt = SqlTime::toMoment(row.value(5));
        summary.addedBy = row.value(6).toString();
        summaries.append(summary);
    }
    const bool failed = row.lastError().isValid();
    Error error = failed ? SqlSupport::errorOf(row, doing) : Error {};
    row.finish();
    if (failed)
        return error;

    // The bytes through SQLite's incremental blob reading, a piece at a time.
    const QVariant handle = m_statements.database().driver()->handle();
    sqlite3* db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3* const*>(handle.data())
        : nullptr;
    if (!db)
        return Error::failed(doing + u": "_s + tr("the database connection is not SQLite's."));
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        sqlite3_blob* blob = nullptr;
        if (sqlite3_blob_open(db, "main", "attachments", "data", rowIds.at(i), 0, &blob)
            != SQLITE_OK) {
            const QString reason = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_blob_close(blob);
            return Error::failed(doing + u": "_s + reason);
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        constexpr int piece = 1024 * 1024;
        QByteArray buffer(piece, Qt::Uninitialized);
        const int size = sqlite3_blob_bytes(blob);
        bool readAll = true;
        for (int offset = 0; offset < size && readAll; offset += piece) {
            const int length = std::min(piece, size - offset);
            readAll = sqlite3_blob_read(blob, buffer.data(), length, offset) == SQLITE_OK;
            hash.addData(QByteArrayView(buffer.constData(), length));
        }
        sqlite3_blob_close(blob);
        summaries[i].intact
            = readAll && QString::fromLatin1(hash.result().toHex()) == summaries.at(i).sha256;
    }
    return summaries;
}

Status AttachmentStore::remove(qint64 meetingId, const QString& sha256)
{
    const Result<QSqlQuery*> query
        = m_statements.exec(u"DELETE FROM attachments WHERE meeting_id = ? AND sha256 = ?"_s,
            {meetingId, sha256}, tr("Could not remove the attachment"));
    if (!query)
        return query.error();
    const int removed = (*query)->numRowsAffected();
    (*query)->finish();
    if (removed == 0)
        return Error::notFound(tr("The meeting %1 has no such attachment.").arg(meetingId));
    return {};
}

} // namespace Bayon
