#include "reviewcopyseal.h"

#include "migrator.h"
#include "sqliteconnection.h"
#include "sqlsupport.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace SS = SqlSupport;

namespace {
QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

// Each value with its type, so that 1, 1.0, '1' and x'31' differ.
void addValue(QCryptographicHash& hash, const QVariant& value)
{
    QByteArray bytes;
    char tag = 'N';
    if (value.isNull()) {
        tag = 'N';
    } else if (value.typeId() == QMetaType::QByteArray) {
        tag = 'B';
        bytes = value.toByteArray();
    } else if (value.typeId() == QMetaType::QString) {
        tag = 'T';
        bytes = value.toString().toUtf8();
    } else if (value.typeId() == QMetaType::Double) {
        tag = 'R';
        bytes = QByteArray::number(value.toDouble(), 'g', 17);
    } else {
        tag = 'I';
        bytes = QByteArray::number(value.toLongLong());
    }
    hash.addData(QByteArrayView(&tag, 1));
    hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
    hash.addData(bytes);
}

// type, name and SQL of everything in the schema, sorted.
Result<QStringList> schemaOf(const QSqlDatabase& db, const QString& doing)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT type, name, tbl_name, coalesce(sql, '') FROM main.sqlite_master"_s))
        return SS::errorOf(query, doing);
    QStringList entries;
    while (query.next()) {
        entries.append(query.value(0).toString() + u'\x1f' + query.value(1).toString() + u'\x1f'
            + query.value(2).toString() + u'\x1f' + query.value(3).toString());
    }
    if (query.lastError().isValid())
        return SS::errorOf(query, doing);
    entries.sort();
    return entries;
}
} // namespace

Result<QString> ReviewCopySeal::compute(const QSqlDatabase& db)
{
    const QString doing = tr("Could not take the seal of the review copy");
    QStringList tables;
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT "
                        "LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'review_copy' ORDER BY name"_s))
            return SS::errorOf(query, doing);
        while (query.next())
            tables.append(query.value(0).toString());
        if (query.lastError().isValid())
            return SS::errorOf(query, doing);
    }
    QCryptographicHash seal(QCryptographicHash::Sha256);
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT * FROM main."_s + quoted(table)))
            return SS::errorOf(query, doing);
        // A digest per row, sorted: the order a scan gives rows in is no part
        // of the content.
        QList<QByteArray> rows;
        while (query.next()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                row.addData(QByteArray(record.fieldName(i).toUtf8() + '='));
                addValue(row, query.value(i));
            }
            rows.append(row.result());
        }
        if (query.lastError().isValid())
            return SS::errorOf(query, doing);
        std::sort(rows.begin(), rows.end());
        seal.addData(QByteArray(table.toUtf8() + '\n' + QByteArray::number(rows.size()) + '\n'));
        for (const QByteArray& row : std::as_const(rows))
            seal.addData(row);
    }
    return QString::fromLatin1(seal.result().toHex());
}

Result<bool> ReviewCopySeal::hasSchemaOf(const QSqlDatabase& db, int version)
{
    const QString doing = tr("Could not read the tables of the review copy");
    const Result<QStringList> actual = schemaOf(db, doing);
    if (!actual)
        return actual.error();
    // The schema as the migrations make it, in memory.
    SqliteConnection reference;
    reference.db().setDatabaseName(u":memory:"_s);
    if (!reference.db().open())
        return Error::failed(doing + u": "_s + reference.db().lastError().text());
    if (const Status migrated = Migrator::migrate(reference.db(), version); !migrated)
        return migrated.error();
    const Result<QStringList> expected = schemaOf(reference.db(), doing);
    if (!expected)
        return expected.error();
    return *actual == *expected;
}

} // namespace Bayon
