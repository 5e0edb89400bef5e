#pragma once

#include "enums.h"
#include "meeting.h"
#include "remarkpart.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Bayon {

// What the secretary made of a remark. A member's remark is open until then.
enum class RemarkState { Open, Accepted, Rejected, Noted };

template<> struct EnumKeyTable<RemarkState>
{
    static constexpr std::array entries {std::pair {RemarkState::Open, u"open"},
        std::pair {RemarkState::Accepted, u"accepted"},
        std::pair {RemarkState::Rejected, u"rejected"}, std::pair {RemarkState::Noted, u"noted"}};
};

// The meeting a remark is about, as the review copy knew it. A review copy
// keeps the ids of the database it was made from, so id finds the meeting
// there; number and date say which meeting it is in messages, and tell a
// meeting that was removed and replaced under the same id.
struct RemarkMeeting
{
    qint64 id = 0;
    int number = 0;
    QDate date;

    friend bool operator==(const RemarkMeeting&, const RemarkMeeting&) = default;
};

// A member's remark on a protocol in review: free text on one part of one
// meeting, as the meeting stood in the revision reviewed. It travels in a
// remarks file (RemarksJson) from the member's review copy to the secretary,
// who marks it accepted, rejected or noted.
struct Remark
{
    Q_DECLARE_TR_FUNCTIONS(Remark)

public:
    QUuid uid;
    RemarkMeeting meeting;
    int revision = 0; // the meeting's revision the member read
    RemarkPart part;
    QString text;
    QString reviewer;
    QDateTime writtenAt; // UTC
    RemarkState state = RemarkState::Open;

    // A new remark (with a new uid) on the part named (RemarkPart::parse) of
    // meeting, which must be in review: a draft is still being written and a
    // final protocol no longer changes. Refuses an empty text or reviewer
    // (Invalid), a meeting not in review (Refused) and a part the meeting does
    // not have (NotFound, saying how many there are).
    static Result<Remark> create(const Meeting& meeting, const RemarkPart& named,
        const QString& text, const QString& reviewer, const QDateTime& writtenAt);

    friend bool operator==(const Remark&, const Remark&) = default;
};

} // namespace Bayon
