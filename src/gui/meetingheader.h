#pragma once

#include "domain/meeting.h"

namespace Bayon {

// The fields of a meeting that stand above its lists: what the Meeting page's
// header edits and what one ChangeHeaderCommand swaps as a whole.
struct MeetingHeader
{
    QString councilName;
    int number = 0;
    QDate date;
    QTime startTime;
    QString place;
    MeetingForm form = MeetingForm::InPerson;
    MeetingStatus status = MeetingStatus::Draft;
    Person chair;
    Person secretary;

    static MeetingHeader of(const Meeting& meeting)
    {
        return {meeting.councilName, meeting.number, meeting.date, meeting.startTime, meeting.place,
            meeting.form, meeting.status, meeting.chair, meeting.secretary};
    }

    void applyTo(Meeting& meeting) const
    {
        meeting.councilName = councilName;
        meeting.number = number;
        meeting.date = date;
        meeting.startTime = startTime;
        meeting.place = place;
        meeting.form = form;
        meeting.status = status;
        meeting.chair = chair;
        meeting.secretary = secretary;
    }

    friend bool operator==(const MeetingHeader&, const MeetingHeader&) = default;
};

} // namespace Bayon
