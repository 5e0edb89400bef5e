#pragma once

#include "domain/councilenums.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Bayon {

// What to print of a meeting, beyond the meeting itself: another form than
// its own (switching the form changes no data), or an extract
// ("BAYONNOMADAN KOʻCHIRMA") of one agenda item or for one addressee.
struct ProtocolOptions
{
    std::optional<ProtocolForm> form; // none: the meeting's own
    int extractItem = -1; // the agenda item (from 0) of an extract; -1: none
    QString addressee; // an extract of the resolutions addressed to them
    QDate extractDate; // the date the extract is certified; null: today

    bool isExtract() const { return extractItem >= 0 || !addressee.trimmed().isEmpty(); }
};

} // namespace Bayon
