#pragma once

#include <QString>

namespace Bayon {

// One thing a secretary must fix, and where: part is a path such as
// "meeting", "agenda 2", "report 2.1", "kpi 2.1.3", "resolution 3"
// (numbers as printed, from 1), field names the field ("date", "value").
struct ValidationIssue
{
    QString part;
    QString field;
    QString message;

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

} // namespace Bayon
