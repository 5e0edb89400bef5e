#include "resourcepaths.h"

namespace Bayon::ResourcePaths {

QString migrations()
{
    return QStringLiteral(":/migrations");
}

QString sampleMeeting()
{
    return QStringLiteral(":/sample/sample-meeting.json");
}

QString secondSampleMeeting()
{
    return QStringLiteral(":/sample/second-meeting.json");
}

QString secondSampleEmblem()
{
    return QStringLiteral(":/sample/board-emblem.png");
}

QString transliterationRules()
{
    return QStringLiteral(":/translit");
}

QString fonts()
{
    return QStringLiteral(":/fonts");
}

} // namespace Bayon::ResourcePaths
