#pragma once

#include "domain/meeting.h"

#include <optional>

namespace Bayon {

// Meetings for the tests and the benchmark of the printed protocol: one built
// like the seed, the bundled sample, and generated ones (deterministic for a
// seed) whose items are long and short, so that headings, tables and the
// signatures fall at every height of a page.
class ProtocolSamples
{
public:
    // A small protocol in the seed's shape: attendance of every kind, two
    // items, a report with sections, bullets and a KPI table, a discussion,
    // resolutions of every kind of deadline.
    static Meeting built();
    // resources/sample/sample-meeting.json through MeetingJson; empty when it
    // cannot be read.
    static std::optional<Meeting> sample();
    // `items` agenda items of random length (about three items to two pages),
    // each with its resolutions.
    static Meeting generated(quint32 seed, int items);
    // One report with a KPI table of `rows` rows: it crosses pages.
    static Meeting longTable(int rows);
};

} // namespace Bayon
