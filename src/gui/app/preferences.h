#pragma once

#include "text/script.h"

#include <QString>
#include <QStringList>

namespace Bayon {

// What Bayon remembers between runs, in QSettings: the interface language,
// the apostrophe replacement, the user's name, the databases used last and
// the meeting last open in each.
class Preferences
{
public:
    static QString language(); // "uz_Latn" (the default), "uz_Cyrl", "ru", "en"
    static void setLanguage(const QString& code);
    static bool typingReplacement();
    static void setTypingReplacement(bool on);
    // The name written beside status changes; by default UserName::current()
    // ($BAYON_USER, the account's full name, the login).
    static QString userName();
    static void setUserName(const QString& name);
    // Where file dialogs start when nothing nearer is known: the user's documents folder.
    static QString documentsFolder();

    static QString lastDatabase();
    static void setLastDatabase(const QString& path);
    static QStringList recentDatabases();
    static void addRecentDatabase(const QString& path);
    static qint64 lastMeeting(const QString& databasePath);
    static void setLastMeeting(const QString& databasePath, qint64 id);
    // The script extracts were last written in; Latin until one is chosen.
    static Script extractScript();
    static void setExtractScript(Script script);

    static constexpr int maxRecent = 8;
};

} // namespace Bayon
