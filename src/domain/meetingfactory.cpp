#include "meetingfactory.h"

#include <QHash>

namespace Bayon {

Meeting MeetingFactory::next(const std::optional<Meeting>& latest, QDate today)
{
    Meeting meeting;
    meeting.date = today;
    if (!latest)
        return meeting;
    meeting.councilName = latest->councilName;
    meeting.form = latest->form;
    meeting.place = latest->place;
    meeting.startTime = latest->startTime;
    meeting.chair = latest->chair;
    meeting.secretary = latest->secretary;
    // Numbering starts again each year.
    meeting.number
        = latest->date.isValid() && latest->date.year() != today.year() ? 1 : latest->number + 1;
    for (const Attendance& attendee : latest->attendance) {
        if (attendee.role != AttendanceRole::Member)
            continue;
        Attendance member = attendee;
        member.presence = Presence::Present;
        member.note.clear();
        meeting.attendance.append(member);
    }
    return meeting;
}

Meeting MeetingFactory::duplicate(const Meeting& source)
{
    Meeting copy = source;
    copy.id = 0;
    copy.revision = 0;
    copy.status = MeetingStatus::Draft;
    // The scan of a signed paper copy belongs to the meeting that was signed,
    // not to a new draft made from it.
    copy.attachments.clear();
    QHash<QUuid, QUuid> items;
    for (AgendaItem& item : copy.agenda) {
        const QUuid fresh = QUuid::createUuid();
        items.insert(item.uid, fresh);
        item.uid = fresh;
        for (SpeakerReport& report : item.reports)
            report.uid = QUuid::createUuid();
    }
    for (Resolution& resolution : copy.resolutions) {
        resolution.uid = QUuid::createUuid();
        resolution.agendaItemUid = items.value(resolution.agendaItemUid);
        resolution.followUpStatus = FollowUpStatus::Open;
        resolution.statusNote.clear();
        resolution.followUpHistory.clear();
    }
    return copy;
}

} // namespace Bayon
