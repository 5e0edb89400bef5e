#pragma once

#include "domain/result.h"
#include "domain/reviewcopyidentity.h"

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

namespace Bayon {

class MeetingRepository;
class PersonRepository;
class MeetingSearch;
class LifecycleRepository;
class DecisionRegister;
class CouncilRepository;
class RemarkRepository;

// An open Bayon database: one SQLite file, migrated to the current schema,
// and the repositories over it. Opening refuses (and never writes to) a file
// that is not a SQLite database, is damaged, or comes from a newer Bayon.
// A review copy (ReviewCopyWriter) is always opened read-only and immutable,
// whatever mode was asked: it never gets a -wal, -shm or -journal file, works
// from a read-only folder or medium, and every write to it is refused.
// Any other file may be written by another program at any moment: it is read
// under SQLite's locks (never immutable, unless nobody can write it, see
// SqlSupport::readAccess), a busy file is waited for and then reported as in
// use, and "damaged" is said only when SQLite's quick_check agrees.
class Database
{
public:
    enum class Mode {
        ReadWrite, // create when missing, migrate forward
        ReadOnly, // never create, migrate or write; works on read-only media. Where the
                  // folder can be written it may leave no file, but -wal and -shm
                  // exist while it is open, as for any reader of a WAL database.
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    // The schema version this program writes (the number of the last migration).
    static int latestSchemaVersion();
    // bayon.sqlite in the per-user data folder, or $BAYON_DB when set.
    static QString defaultPath();

    ~Database();

    QString path() const;
    // ReadOnly for a review copy even when ReadWrite was asked.
    Mode mode() const;
    int schemaVersion() const;
    // The database's own random id, made once per database (for a review
    // copy: the copy's id). Remarks files name it.
    QUuid databaseId() const;
    // What this file is when it is a review copy; nothing for a council's own
    // database.
    std::optional<ReviewCopyIdentity> reviewCopy() const;
    // Opened read-only, or a review copy: every repository refuses to write,
    // with a message that says why.
    bool isReadOnly() const;
    // "<council>, <from> – <to>": which review copy this is, in a few words.
    static QString describe(const ReviewCopyIdentity& copy);

    MeetingRepository& meetings();
    PersonRepository& persons();
    const MeetingSearch& search() const;
    // Review, finalising, signing, reopening, revisions, follow-up, attachments.
    LifecycleRepository& lifecycle();
    const DecisionRegister& decisions() const;
    // The bodies, their members and templates.
    CouncilRepository& councils();
    // Members' remarks imported from review copies.
    RemarkRepository& remarks();

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
