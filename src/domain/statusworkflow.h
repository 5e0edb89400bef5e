#pragma once

#include "enums.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Bayon {

// The life of a protocol: draft → review (circulated for remarks) → final (the
// text frozen, printed for signature) → signed (the paper copy signed). Review
// may go back to draft. A final or signed protocol goes back to draft only by
// being reopened, with a reason. Every other change of status is refused with
// a message that says what is possible instead.
class StatusWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(StatusWorkflow)

public:
    // Whether `from` → `to` is an ordinary transition (no reason needed).
    static bool isTransition(MeetingStatus from, MeetingStatus to);
    // Whether `from` → `to` is a reopening: final or signed back to draft.
    static bool isReopening(MeetingStatus from, MeetingStatus to);

    // Refuses (Error::Code::Refused) anything but an ordinary transition; a
    // reopening is refused here too, with a pointer to reopen().
    static Status checkTransition(MeetingStatus from, MeetingStatus to);
    // Refuses a reopening of a meeting that is not final or signed, or one
    // without a reason (a reason of blanks only is none).
    static Status checkReopening(MeetingStatus from, const QString& reason);
    // Either of the two: a reopening when `to` is draft and `from` is locked.
    static Status check(MeetingStatus from, MeetingStatus to, const QString& reason);
    // Final and signed protocols are read-only.
    static bool isLocked(MeetingStatus status)
    {
        return status == MeetingStatus::Final || status == MeetingStatus::Signed;
    }
    // The status as the messages name it: "draft", "in review", "final", "signed".
    static QString name(MeetingStatus status);
};

} // namespace Bayon
