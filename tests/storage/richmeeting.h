#pragma once

#include "domain/meeting.h"

namespace Bayon::Test {

// A meeting that uses every field of the domain, with words from the seed
// protocol and the right Uzbek apostrophes (ʻ U+02BB, ʼ U+02BC): the storage
// tests save it, load it and search it.
Meeting richMeeting();

// A person as a protocol prints them.
Person person(const QString& fullName, const QString& shortName, const QString& position,
    const QString& organisation = {}, qint64 directoryId = 0);

} // namespace Bayon::Test
