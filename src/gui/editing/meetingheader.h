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
    // The form the protocol is printed in (full, short, narrative): a choice
    // of print, so switching it changes no other data.
    ProtocolForm protocolForm = ProtocolForm::Narrative;
    // The opening: when it ended, who convened it, on what basis,
    // how the members were notified, and the body's members on the day (0:
    // count the attendance's members).
    QTime endTime;
    QString convenedBy;
    QString basis;
    QString notification;
    int memberCount = 0;

    static MeetingHeader of(const Meeting& meeting)
    {
        return {meeting.councilName, meeting.number, meeting.date, meeting.startTime, meeting.place,
            meeting.form, meeting.status, meeting.chair, meeting.secretary, meeting.protocolForm,
            meeting.endTime, meeting.convenedBy, meeting.basis, meeting.notification,
            meeting.memberCount};
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
        meeting.protocolForm = protocolForm;
        meeting.endTime = endTime;
        meeting.convenedBy = convenedBy;
        meeting.basis = basis;
        meeting.notification = notification;
        meeting.memberCount = memberCount;
    }

    friend bool operator==(const MeetingHeader&, const MeetingHeader&) = default;
};

} // namespace Bayon
