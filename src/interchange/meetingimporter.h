#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace Bayon {

// Brings a meeting in the interchange format into this database's world:
// reads and checks it, puts the right Uzbek apostrophes in every text, and
// drops what belongs to the database it came from (its id, revision and the
// links into that database's person directory). The sample protocol and
// `bayon-cli import` both come in this way.
class MeetingImporter
{
public:
    static Result<Meeting> fromJson(const QByteArray& json);
    static Result<Meeting> fromFile(const QString& path);
    // The protocol Bayon ships, from the resources.
    static Result<Meeting> sample();
    // The second, invented sample (sample --all): a supervisory board, full
    // form, with its body's emblem in Meeting::emblem.
    static Result<Meeting> secondSample();
};

} // namespace Bayon
