#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QFileDevice;

namespace Bayon {

// The one way Bayon writes a file: whole or not at all. The bytes go to a
// temporary beside the target (QSaveFile), every write is checked, and only a
// complete file is renamed over the target; on any failure the previous file
// stays as it was, no temporary is left, and the message names the file and
// the system's reason ("File too large", "No space left on device").
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(Bayon::OutputFile)

public:
    // Refuses, before anything is made, a path that cannot be written as a
    // file: none given, a folder, or one in a folder that does not exist.
    static Status checkTarget(const QString& path);

    static Status write(const QString& path, const QByteArray& bytes);

    // Why the last operation on file failed, in the system's words; never
    // "Unknown error": when Qt has none, errno's (savedErrno, taken right
    // after the failing call), else a plain statement that none was given.
    static QString reason(const QFileDevice& file, int savedErrno);
    static QString reason(int savedErrno);
};

} // namespace Bayon
