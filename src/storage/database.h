#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>

namespace Bayon {

class MeetingRepository;
class PersonRepository;
class MeetingSearch;
class LifecycleRepository;
class DecisionRegister;
class CouncilRepository;

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
    // Review, finalising, signing, reopening, revisions, follow-up, attachments.
    LifecycleRepository& lifecycle();
    const DecisionRegister& decisions() const;
    // The bodies, their members and templates (protocol forms, issue 7).
    CouncilRepository& councils();

    // The name kept beside every revision and audit line written through this
    // database (the editor sets the one from its Preferences). By default
    // UserName::current().
    void setUserName(const QString& name);
    QString userName() const;
    // The clock that dates revisions, audit lines and follow-up steps; tests and
    // benchmarks set their own. Null: the system clock.
    void setClock(std::function<QDateTime()> clock);

private:
    Database();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Bayon
