#pragma once

#include "partpath.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>

namespace Bayon {

// What a member's remark is about.
enum class RemarkPartKind { Meeting, Agenda, Report, Kpi, Resolution, Appendix };

// The part of a protocol a remark is about, as the member names it and as it
// stood when reviewed. The names are PartPath's, the ones the rest of Bayon uses
// (MeetingTexts, MeetingDiff), numbers as printed, from 1; a line of the
// attendance list takes no remark:
//   meeting          the meeting as a whole
//   agenda 2         agenda item II
//   report 2.1       the first speaker report of agenda item II
//   kpi 2.1.3        the third KPI row of that report, counted across all of the
//                    report's tables in order (table 1's rows, then table 2's …)
//   resolution 3     the third resolution, numbered across the whole meeting
//   appendix 2       the second document attached to the protocol, in the order
//                    of Meeting::appendices (as the editor and the validator
//                    count them; not the "N-ilova" it prints under, which
//                    depends on where the text mentions it)
// The uid is the stable identity of the part where the domain has one: the
// agenda item's, the report's, the resolution's, the appendix's; for a KPI row (which has no
// identity of its own) its report's; null for the meeting. text is the part's
// text when the remark was written (RemarkLocator::textOf), so that a later
// change can be told.
struct RemarkPart
{
    Q_DECLARE_TR_FUNCTIONS(RemarkPart)

public:
    RemarkPartKind kind = RemarkPartKind::Meeting;
    QList<int>
        position; // {} meeting; {2} agenda, resolution, appendix; {2, 1} report; {2, 1, 3} kpi
    QUuid uid;
    QString text;

    // "meeting", "agenda 2", "report 2.1", "kpi 2.1.3", "resolution 3", "appendix 2".
    QString name() const;
    // The kind and position as a path; empty when the position does not fit
    // the kind.
    std::optional<PartPath> path() const;
    // The part a path names (no uid, no text); empty for a line of the
    // attendance list, which takes no remark.
    static std::optional<RemarkPart> fromPath(const PartPath& path);
    // The kind of path of a kind of remark part.
    static PartKind pathKind(RemarkPartKind kind);
    // Reads a name as above (blanks around and between the words allowed, the
    // word in any case): the kind and position only. A name that is not one
    // fails with Error::Code::Invalid saying what is expected.
    static Result<RemarkPart> parse(QStringView name);
    // How many numbers a kind's position has: 0, 1, 2 or 3.
    static int depth(RemarkPartKind kind);

    friend bool operator==(const RemarkPart&, const RemarkPart&) = default;
};

} // namespace Bayon
