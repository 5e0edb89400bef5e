#include "username.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Bayon {

QString UserName::current()
{
    const QString fromEnvironment = qEnvironmentVariable("BAYON_USER").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_UNIX
    if (const passwd* account = getpwuid(getuid())) {
        // GECOS: "Full Name,Room,Work phone,Home phone,Other".
        const QString fullName = QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "")
                                     .section(u',', 0, 0)
                                     .trimmed();
        if (!fullName.isEmpty())
            return fullName;
        const QString login = QString::fromLocal8Bit(account->pw_name ? account->pw_name : "");
        if (!login.isEmpty())
            return login;
    }
#endif
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString login = qEnvironmentVariable(variable).trimmed();
        if (!login.isEmpty())
            return login;
    }
    return u"?"_s;
}

} // namespace Bayon
