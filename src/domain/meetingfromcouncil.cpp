#include "meetingfromcouncil.h"

namespace Bayon {

Meeting MeetingFromCouncil::create(const Council& council, const QDate& date, int number)
{
    Meeting meeting;
    meeting.councilId = council.id;
    meeting.councilName = council.fullName;
    meeting.number = number;
    meeting.date = date;
    meeting.place = council.city;
    meeting.protocolForm = council.defaultForm;
    meeting.protocolTemplate = council.protocolTemplate;
    meeting.emblem = council.emblem;
    meeting.chair = council.withRole(CouncilRole::Chair, date);
    meeting.secretary = council.withRole(CouncilRole::Secretary, date);
    const QList<CouncilMember> serving = council.membersOn(date);
    meeting.memberCount = int(serving.size());
    for (const CouncilMember& member : serving) {
        Attendance line;
        line.person = member.person;
        line.role = AttendanceRole::Member;
        line.presence = Presence::Present;
        meeting.attendance.append(line);
    }
    return meeting;
}

} // namespace Bayon
