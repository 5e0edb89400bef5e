#include "preferences.h"

#include "storage/username.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Bayon {

namespace {

QString meetingKey(const QString& databasePath)
{
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("lastMeeting/")
        + QString::fromLatin1(
            QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

QString Preferences::language()
{
    return QSettings()
        .value(QStringLiteral("interface/language"), QStringLiteral("uz_Latn"))
        .toString();
}

void Preferences::setLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("interface/language"), code);
}

bool Preferences::typingReplacement()
{
    return QSettings().value(QStringLiteral("editing/replaceApostrophes"), true).toBool();
}

void Preferences::setTypingReplacement(bool on)
{
    QSettings().setValue(QStringLiteral("editing/replaceApostrophes"), on);
}

QString Preferences::userName()
{
    const QString stored = QSettings().value(QStringLiteral("user/name")).toString();
    return stored.isEmpty() ? UserName::current() : stored;
}

void Preferences::setUserName(const QString& name)
{
    QSettings().setValue(QStringLiteral("user/name"), name.trimmed());
}

QString Preferences::documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString Preferences::lastDatabase()
{
    return QSettings().value(QStringLiteral("database/last")).toString();
}

void Preferences::setLastDatabase(const QString& path)
{
    QSettings().setValue(QStringLiteral("database/last"), QFileInfo(path).absoluteFilePath());
}

QStringList Preferences::recentDatabases()
{
    return QSettings().value(QStringLiteral("database/recent")).toStringList();
}

void Preferences::addRecentDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("database/recent"), recent);
}

qint64 Preferences::lastMeeting(const QString& databasePath)
{
    return QSettings().value(meetingKey(databasePath), 0).toLongLong();
}

void Preferences::setLastMeeting(const QString& databasePath, qint64 id)
{
    QSettings().setValue(meetingKey(databasePath), id);
}

Script Preferences::extractScript()
{
    return QSettings().value(QStringLiteral("export/extractScript")).toString() == u"cyrl"
        ? Script::Cyrillic
        : Script::Latin;
}

void Preferences::setExtractScript(Script script)
{
    QSettings().setValue(QStringLiteral("export/extractScript"),
        script == Script::Cyrillic ? QStringLiteral("cyrl") : QStringLiteral("latn"));
}

} // namespace Bayon
