#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Bayon::Test {

// A plain SQLite connection beside Bayon's, for a test to look at (or tamper
// with) a database file the way another program would.
class RawSqlite
{
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }
    // Runs one statement; fails the calling test (QVERIFY-style message) when it fails.
    bool exec(const QString& sql);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql);
    // Every table, index, trigger and view with its SQL, in a stable order.
    QStringList schema();

private:
    QString m_name;
    QSqlDatabase m_db;
};

// SHA-256 of a file's bytes.
QByteArray fileSha256(const QString& path);
// The names in a folder, sorted, hidden ones included.
QStringList folderEntries(const QString& folder);

} // namespace Bayon::Test
