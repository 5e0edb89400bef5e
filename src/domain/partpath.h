#pragma once

#include "enums.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <array>
#include <compare>
#include <optional>

namespace Bayon {

// The kinds of part of a protocol that have a path.
enum class PartKind { Meeting, Attendance, Agenda, Report, Kpi, Resolution, Appendix };

template<> struct EnumKeyTable<PartKind>
{
    static constexpr std::array entries {std::pair {PartKind::Meeting, u"meeting"},
        std::pair {PartKind::Attendance, u"attendance"}, std::pair {PartKind::Agenda, u"agenda"},
        std::pair {PartKind::Report, u"report"}, std::pair {PartKind::Kpi, u"kpi"},
        std::pair {PartKind::Resolution, u"resolution"},
        std::pair {PartKind::Appendix, u"appendix"}};
};

// Where a part of a protocol stands, as the editor, the validator, the search
// index, the revision diff and members' remarks name it; numbers as printed,
// from 1:
//   meeting          the meeting as a whole
//   attendance 2     the second line of the attendance list
//   agenda 2         agenda item II
//   report 2.1       the first speaker report of agenda item II
//   kpi 2.1.3        the third KPI row of that report, counted across all of the
//                    report's tables in order
//   resolution 3     the third resolution, numbered across the whole meeting
//   appendix 2       the second document attached to the protocol
// The string is what files, databases and bayon-cli's output hold; this is the
// only code that writes or reads it.
struct PartPath
{
    PartKind kind = PartKind::Meeting;
    // The first depth(kind) are used, the rest are 0.
    std::array<int, 3> numbers {};

    static PartPath meeting() { return {}; }
    static PartPath attendance(int line) { return {PartKind::Attendance, {line, 0, 0}}; }
    static PartPath agenda(int item) { return {PartKind::Agenda, {item, 0, 0}}; }
    static PartPath report(int item, int report) { return {PartKind::Report, {item, report, 0}}; }
    static PartPath kpi(int item, int report, int row)
    {
        return {PartKind::Kpi, {item, report, row}};
    }
    static PartPath resolution(int number) { return {PartKind::Resolution, {number, 0, 0}}; }
    static PartPath appendix(int number) { return {PartKind::Appendix, {number, 0, 0}}; }
    // From a kind and its numbers; empty when there are not depth(kind) of
    // them or one is below 1.
    static std::optional<PartPath> of(PartKind kind, const QList<int>& numbers);

    // How many numbers a kind's path has: 0, 1, 2 or 3.
    static int depth(PartKind kind);
    // The numbers used, as a list: {} for the meeting, {2, 1} for "report 2.1".
    QList<int> position() const;

    // "meeting", "agenda 2", "report 2.1", "kpi 2.1.3" …
    QString toString() const;
    // The numbers as toString() writes them: "2.1.3" for "kpi 2.1.3", "" for
    // "meeting".
    QString numbersText() const;
    // Reads a string toString() writes: the word in lower case, one blank,
    // depth(kind) numbers from 1 in decimal digits joined by dots, nothing
    // around (a leading 0 is read as toInt reads it: "agenda 02" is agenda 2).
    // Empty for anything else ("kpi 2.1", "agenda 0", "report x", "agenda 2 3").
    static std::optional<PartPath> parse(QStringView text);
    // One number of a path as parse() reads it: decimal digits, 1 or more.
    static std::optional<int> parseNumber(QStringView digits);

    friend bool operator==(const PartPath&, const PartPath&) = default;
    friend auto operator<=>(const PartPath&, const PartPath&) = default;
};

} // namespace Bayon
