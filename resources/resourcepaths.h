#pragma once

#include <QString>

namespace Bayon::ResourcePaths {

// The folder of numbered SQL migrations: 001_initial.sql, 002_….sql
QString migrations();
// The bundled sample protocol, in the interchange format.
QString sampleMeeting();
// The second, invented sample: a supervisory board's meeting in the full form.
QString secondSampleMeeting();
// The emblem of the second sample's body (a PNG drawn once for it).
QString secondSampleEmblem();
// The folder of transliteration rule files.
QString transliterationRules();
// The folder of the fonts embedded in the printed protocol.
QString fonts();

} // namespace Bayon::ResourcePaths
