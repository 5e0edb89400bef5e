#pragma once

#include <QString>

namespace Bayon {

// How much an issue weighs: an error must be fixed before the protocol is
// final; a warning is printed and shown (a meeting without a quorum) but
// stops nothing.
enum class IssueSeverity { Error, Warning };

// One thing a secretary must fix, and where: part is a path such as
// "meeting", "agenda 2", "report 2.1", "kpi 2.1.3", "resolution 3"
// (numbers as printed, from 1), field names the field ("date", "value").
// rule names the advice a warning gives, as `bayon-cli check` prints it
// (MeetingValidator::FollowUpRule, MeetingValidator::SpeakerRule); empty for
// the other issues.
struct ValidationIssue
{
    QString part;
    QString field;
    QString message;
    IssueSeverity severity = IssueSeverity::Error;
    QString rule {};

    bool isWarning() const { return severity == IssueSeverity::Warning; }

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

} // namespace Bayon
