#include "remarkstore.h"

#include "interchange/outputfile.h"
#include "interchange/remarksjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

constexpr int LockTimeoutMs = 5000;

} // namespace

QString RemarkStore::defaultFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("BAYON_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).filePath(u"remarks"_s);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"bayon/remarks"_s);
}

RemarkStore::RemarkStore(QString folder, QUuid reviewCopyId, QUuid sourceDatabaseId)
    : m_folder(std::move(folder))
    , m_reviewCopyId(reviewCopyId)
    , m_sourceDatabaseId(sourceDatabaseId)
{
}

QString RemarkStore::filePath() const
{
    return QDir(m_folder).filePath(m_reviewCopyId.toString(QUuid::WithoutBraces) + u".json"_s);
}

Result<RemarksFile> RemarkStore::load() const
{
    const QString path = filePath();
    RemarksFile empty {m_reviewCopyId, m_sourceDatabaseId, {}, {}, {}};
    if (!QFileInfo::exists(path))
        return empty;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read your remarks in %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    Result<RemarksFile> read = RemarksJson::read(file.readAll());
    if (!read)
        return Error::refused(
            tr("Your remarks in %1 cannot be read (%2). The file was left as it was.")
                .arg(QDir::toNativeSeparators(path), read.error().message));
    if (read->reviewCopyId != m_reviewCopyId)
        return Error::refused(
            tr("The file %1 holds the remarks of another review copy. It was left as it was.")
                .arg(QDir::toNativeSeparators(path)));
    return read;
}

Status RemarkStore::store(const RemarksFile& file) const
{
    return writeAtomically(filePath(), RemarksJson::write(file));
}

Status RemarkStore::writeAtomically(const QString& path, const QByteArray& bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::failed(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    return OutputFile::write(path, bytes);
}

Result<QList<Remark>> RemarkStore::remarks() const
{
    const Result<RemarksFile> file = load();
    if (!file)
        return file.error();
    return file->remarks;
}

Status RemarkStore::add(const Remark& remark)
{
    if (remark.uid.isNull() || remark.text.trimmed().isEmpty())
        return Error::usage(tr("A remark needs its id and its text."));
    if (!QDir().mkpath(m_folder))
        return Error::failed(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    QLockFile lock(filePath() + u".lock"_s);
    if (!lock.tryLock(LockTimeoutMs))
        return Error::refused(tr("Your remarks are being written by another Bayon; try again."));
    Result<RemarksFile> file = load();
    if (!file)
        return file.error();
    for (const Remark& kept : file->remarks) {
        if (kept.uid == remark.uid)
            return Error::conflict(tr("That remark is already kept."));
    }
    file.value().remarks.append(remark);
    return store(*file);
}

Status RemarkStore::remove(const QUuid& uid)
{
    if (!QFileInfo::exists(filePath()))
        return Error::notFound(tr("There is no such remark."));
    QLockFile lock(filePath() + u".lock"_s);
    if (!lock.tryLock(LockTimeoutMs))
        return Error::refused(tr("Your remarks are being written by another Bayon; try again."));
    Result<RemarksFile> file = load();
    if (!file)
        return file.error();
    const qsizetype removed
        = file.value().remarks.removeIf([&uid](const Remark& remark) { return remark.uid == uid; });
    if (removed == 0)
        return Error::notFound(tr("There is no such remark."));
    return store(*file);
}

Result<RemarksFile> RemarkStore::exportFile(
    const QString& reviewer, const QDateTime& exportedAt) const
{
    Result<RemarksFile> file = load();
    if (!file)
        return file.error();
    if (file->remarks.isEmpty())
        return Error::notFound(tr("There are no remarks to send from this review copy."));
    file.value().sourceDatabaseId = m_sourceDatabaseId;
    file.value().reviewer = reviewer.trimmed();
    file.value().exportedAt = exportedAt.toUTC();
    return file;
}

Status RemarkStore::exportTo(
    const QString& path, const QString& reviewer, const QDateTime& exportedAt) const
{
    const Result<RemarksFile> file = exportFile(reviewer, exportedAt);
    if (!file)
        return file.error();
    return writeAtomically(path, RemarksJson::write(*file));
}

} // namespace Bayon
