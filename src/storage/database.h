#pragma once

#include "domain/result.h"

#include <QString>
#include <memory>

namespace Bayon {

class MeetingRepository;
class PersonRepository;
class MeetingSearch;

// An open Bayon database: one SQLite file, migrated to the current schema,
// and the repositories over it. Opening refuses (and never writes to) a file
// that is not a SQLite database, is damaged, or comes from a newer Bayon.
class Database
{
public:
    enum class Mode {
        ReadWrite,   // create when missing, migrate forward
        ReadOnly,    // never create, migrate or write; works on read-only media
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    // The schema version this program writes (the number of the last migration).
    static int latestSchemaVersion();
    // bayon.sqlite in the per-user data folder, or $BAYON_DB when set.
    static QString defaultPath();

    ~Database();

    QString path() const;
    Mode mode() const;
    int schemaVersion() const;

    MeetingRepository& meetings();
    PersonRepository& persons();
    const MeetingSearch& search() const;

private:
    Database();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Bayon
