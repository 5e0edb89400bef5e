#include "enumnames.h"

namespace Bayon {

QString EnumNames::name(MeetingForm value)
{
    switch (value) {
    case MeetingForm::InPerson:
        return tr("In person");
    case MeetingForm::Online:
        return tr("Online");
    case MeetingForm::WrittenPoll:
        return tr("Written poll");
    }
    return {};
}

QString EnumNames::name(MeetingStatus value)
{
    switch (value) {
    case MeetingStatus::Draft:
        return tr("Draft");
    case MeetingStatus::Review:
        return tr("In review");
    case MeetingStatus::Final:
        return tr("Final");
    case MeetingStatus::Signed:
        return tr("Signed");
    }
    return {};
}

QString EnumNames::name(AttendanceRole value)
{
    switch (value) {
    case AttendanceRole::Member:
        return tr("Member");
    case AttendanceRole::Invited:
        return tr("Invited");
    case AttendanceRole::Staff:
        return tr("Staff");
    }
    return {};
}

QString EnumNames::name(Presence value)
{
    switch (value) {
    case Presence::Present:
        return tr("Present");
    case Presence::Absent:
        return tr("Absent");
    case Presence::Excused:
        return tr("Excused");
    }
    return {};
}

QString EnumNames::name(ResolutionKind value)
{
    switch (value) {
    case ResolutionKind::TakeNote:
        return tr("Take note");
    case ResolutionKind::Approve:
        return tr("Approve");
    case ResolutionKind::Support:
        return tr("Support");
    case ResolutionKind::Recommend:
        return tr("Recommend");
    case ResolutionKind::Instruct:
        return tr("Instruct");
    }
    return {};
}

QString EnumNames::name(FollowUpStatus value)
{
    switch (value) {
    case FollowUpStatus::Open:
        return tr("Open");
    case FollowUpStatus::InProgress:
        return tr("In progress");
    case FollowUpStatus::Done:
        return tr("Done");
    case FollowUpStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString EnumNames::name(DeadlineKind value)
{
    switch (value) {
    case DeadlineKind::None:
        return tr("No deadline");
    case DeadlineKind::Date:
        return tr("By a date");
    case DeadlineKind::NextMeeting:
        return tr("By the next meeting");
    }
    return {};
}

QString EnumNames::name(ProtocolForm value)
{
    switch (value) {
    case ProtocolForm::Full:
        return tr("Full form");
    case ProtocolForm::Short:
        return tr("Short form");
    case ProtocolForm::Narrative:
        return tr("Narrative form");
    }
    return {};
}

QString EnumNames::name(QuorumKind value)
{
    switch (value) {
    case QuorumKind::MoreThanHalf:
        return tr("More than half of the members");
    case QuorumKind::TwoThirds:
        return tr("Two thirds of the members");
    case QuorumKind::Fixed:
        return tr("A fixed number of members");
    }
    return {};
}

QString EnumNames::name(NumberingStyle value)
{
    // The printed forms themselves: they are the same in every interface language.
    switch (value) {
    case NumberingStyle::Sign:
        return QStringLiteral("№ 3");
    case NumberingStyle::Suffix:
        return QStringLiteral("3-son");
    }
    return {};
}

QString EnumNames::name(ResolutionNumbering value)
{
    switch (value) {
    case ResolutionNumbering::PerItem:
        return tr("Per agenda item (1.1, 1.2, 2.1)");
    case ResolutionNumbering::Continuous:
        return tr("Continuous (1, 2, 3)");
    }
    return {};
}

QString EnumNames::name(CouncilRole value)
{
    switch (value) {
    case CouncilRole::Member:
        return tr("Member");
    case CouncilRole::Chair:
        return tr("Chair");
    case CouncilRole::Secretary:
        return tr("Secretary");
    }
    return {};
}

} // namespace Bayon
