#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

namespace Bayon {

// Who writes and when, shared by the repositories of one Database: the name
// beside every revision and audit line, and the clock that dates them (a test
// or a benchmark sets its own, to play ten minutes in a millisecond).
struct SaveContext
{
    QString userName;
    std::function<QDateTime()> clock;

    // UTC, to the millisecond.
    QDateTime now() const { return (clock ? clock() : QDateTime::currentDateTimeUtc()).toUTC(); }
    // The user given, or the database's user when none was.
    QString userOr(const QString& user) const
    {
        return user.trimmed().isEmpty() ? userName : user.trimmed();
    }
};

} // namespace Bayon
