#include "outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status OutputFile::checkTarget(const QString& path)
{
    if (path.isEmpty())
        return Error::usage(tr("No output file given."));
    const QFileInfo target(path);
    if (target.isDir())
        return Error::refused(tr("%1 is a folder, not a file.").arg(native(path)));
    if (!target.absoluteDir().exists())
        return Error::notFound(
            tr("The folder %1 does not exist.").arg(native(target.absolutePath())));
    return {};
}

QString OutputFile::reason(int savedErrno)
{
    if (savedErrno != 0)
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return tr("the system gave no reason");
}

QString OutputFile::reason(const QFileDevice& file, int savedErrno)
{
    const QString said = file.errorString();
    // QIODevice's default text, said when no error was recorded, as with a
    // write the system cut short without refusing it.
    const bool none
        = file.error() == QFileDevice::NoError || said.isEmpty() || said == u"Unknown error"_s;
    return none ? reason(savedErrno) : said;
}

Status OutputFile::write(const QString& path, const QByteArray& bytes)
{
    if (const Status target = checkTarget(path); !target)
        return target;
    QSaveFile file(path);
    // Unbuffered: each write reaches the system now, and its failure is
    // seen here and by commit(), not lost in a flush that commit() ignores.
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error::refused(
            tr("%1 cannot be written: %2").arg(native(path), reason(file, errno)));
    const auto fail = [&file, &path](int savedErrno) -> Status {
        const QString why = reason(file, savedErrno);
        file.cancelWriting();
        file.commit(); // removes the temporary; the previous file is untouched
        return Error::failed(tr("%1 could not be written: %2; the previous file, if any, was "
                                "left as it was.")
                                 .arg(native(path), why));
    };
    qint64 written = 0;
    while (written < bytes.size()) {
        // A write the system cuts short (a file-size limit, a full disk) is
        // tried again for the rest, so that its refusal gives the reason.
        errno = 0;
        const qint64 done = file.write(bytes.constData() + written, bytes.size() - written);
        if (done <= 0)
            return fail(errno);
        written += done;
    }
    errno = 0;
    if (!file.flush())
        return fail(errno);
#ifdef Q_OS_UNIX
    // commit() syncs the temporary to the disk but does not look at the
    // result; a network share or a disk out of blocks may refuse only then.
    errno = 0;
    if (::fsync(file.handle()) != 0)
        return fail(errno);
#endif
    errno = 0;
    if (!file.commit()) {
        const int savedErrno = errno;
        return Error::failed(tr("%1 could not be written: %2; the previous file, if any, was "
                                "left as it was.")
                                 .arg(native(path), reason(file, savedErrno)));
    }
    return {};
}

} // namespace Bayon
