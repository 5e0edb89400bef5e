#pragma once

#include "domain/remark.h"
#include "domain/remarksfile.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Bayon {

// The remarks a member writes in one review copy, kept in the member's own
// data folder and never inside the copy (which opens read-only and travels):
// one "bayon-remarks" file per review copy, FOLDER/<review copy id>.json,
// rewritten whole and atomically (QSaveFile) on every change, under a lock
// file so that the editor and bayon-cli never lose each other's remark.
class RemarkStore
{
    Q_DECLARE_TR_FUNCTIONS(RemarkStore)

public:
    // $BAYON_DATA_DIR/remarks when that variable is set (tests, scripts);
    // else "bayon/remarks" in the per-user data folder (~/.local/share on
    // Linux), the same for the editor and bayon-cli whatever their
    // application names.
    static QString defaultFolder();

    RemarkStore(QString folder, QUuid reviewCopyId, QUuid sourceDatabaseId);

    QString filePath() const;
    QUuid reviewCopyId() const { return m_reviewCopyId; }

    // The remarks kept for this review copy, in the order written; none when
    // nothing was written yet. A damaged file is refused, never overwritten.
    Result<QList<Remark>> remarks() const;
    // Keeps one more remark (from Remark::create) for a meeting of this copy.
    Status add(const Remark& remark);
    // Takes a remark back before it is sent; NotFound when there is none.
    Status remove(const QUuid& uid);
    // The remarks file to send: every remark kept, with the sender's name and
    // the time. Refuses (NotFound) when there is no remark to send.
    Result<RemarksFile> exportFile(const QString& reviewer, const QDateTime& exportedAt) const;
    // Writes that file to path, atomically.
    Status exportTo(
        const QString& path, const QString& reviewer, const QDateTime& exportedAt) const;

    // Writes bytes to path through a temporary file renamed at the end.
    static Status writeAtomically(const QString& path, const QByteArray& bytes);

private:
    Result<RemarksFile> load() const;
    Status store(const RemarksFile& file) const;

    QString m_folder;
    QUuid m_reviewCopyId;
    QUuid m_sourceDatabaseId;
};

} // namespace Bayon
