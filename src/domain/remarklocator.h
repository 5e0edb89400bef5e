#pragma once

#include "meeting.h"
#include "remark.h"
#include "remarklocation.h"
#include "remarkpart.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Bayon {

// Finds the part of a meeting a remark names: when the member writes it (the
// part's uid and text as they are then) and when the secretary reads it later
// (where that part is now, and whether it changed).
class RemarkLocator
{
    Q_DECLARE_TR_FUNCTIONS(RemarkLocator)

public:
    // The part named (kind and position) completed with its uid and text in
    // meeting; NotFound when the meeting has no such part, saying what it has.
    static Result<RemarkPart> resolve(const Meeting& meeting, const RemarkPart& named);

    // Where the part of remark stands in meeting now. Agenda items, reports,
    // resolutions and appendices are followed by their uid, a KPI row by its report's uid and
    // then by its text among the report's rows (the same text elsewhere: moved;
    // not found: changed when the row's number still exists, gone when not).
    // The meeting as a whole is changed when its revision differs from the one
    // the member read.
    static RemarkLocation locate(const Meeting& meeting, const Remark& remark);

    // The text of a part as remarks keep it: one line per field, empty fields
    // left out.
    //   agenda      the title, then the discussion's summary
    //   report      the speaker's full name, the lead sentence, the body
    //   kpi         "indicator | value | unit | period | change | note" (value in
    //               C notation, change as "factor 1.4" or "percent 25")
    //   resolution  the addressee, the text, each sub-point, the responsible
    //               (joined by ", "), the deadline ("next-meeting", an ISO date)
    //   appendix    the title, then the body
    //   meeting     empty (its revision stands for it)
    // Follow-up status and notes are not part of it: they are not what was
    // reviewed.
    static QString textOf(const AgendaItem& item);
    static QString textOf(const SpeakerReport& report);
    static QString textOf(const KpiRow& row);
    static QString textOf(const Resolution& resolution);
    static QString textOf(const Appendix& appendix);
};

} // namespace Bayon
