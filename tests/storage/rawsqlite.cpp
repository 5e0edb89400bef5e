#include "rawsqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Bayon::Test {

RawSqlite::RawSqlite(const QString& path)
{
    static int counter = 0;
    m_name = u"raw-test-"_s + QString::number(++counter);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        qWarning("RawSqlite: %s", qPrintable(m_db.lastError().text()));
}

RawSqlite::~RawSqlite()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawSqlite::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        qWarning("RawSqlite: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QVariant RawSqlite::scalar(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        if (query.lastError().isValid())
            qWarning("RawSqlite: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

QStringList RawSqlite::schema()
{
    QSqlQuery query(m_db);
    query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s);
    QStringList entries;
    while (query.next()) {
        entries.append(query.value(0).toString() + u' ' + query.value(1).toString() + u' '
            + query.value(2).toString() + u'\n' + query.value(3).toString());
    }
    return entries;
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace Bayon::Test
