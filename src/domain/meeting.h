#pragma once

#include "agendaitem.h"
#include "attendance.h"
#include "enums.h"
#include "person.h"
#include "resolution.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace Bayon {

// One meeting and everything its protocol says. A plain value: the editor edits
// a copy, the repository saves it whole, the document layer prints it.
struct Meeting
{
    qint64 id = 0;        // 0 until the repository stores it
    int revision = 0;     // checked and incremented by every save

    QString councilName;  // "Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"
    int number = 0;       // "№ 3"; 0 when not yet numbered
    QDate date;
    QTime startTime;
    QString place;
    MeetingForm form = MeetingForm::InPerson;
    MeetingStatus status = MeetingStatus::Draft;

    Person chair;
    Person secretary;
    QList<Attendance> attendance;
    QList<AgendaItem> agenda;
    QList<Resolution> resolutions;

    // What lists and titles show: the first agenda item, or the council.
    QString title() const;

    // The agenda item with that uid, or -1.
    int agendaIndexOf(const QUuid& uid) const;
    // Moves an agenda item; every numeral after it follows, since numerals
    // derive from the order. Returns false when either index is out of range.
    bool moveAgendaItem(int from, int to);
    bool moveResolution(int from, int to);
    // The resolutions that decide on one agenda item, in their order.
    QList<int> resolutionIndexesFor(const QUuid& agendaItemUid) const;
    // Every person who sat in the meeting and is a member, present.
    int presentMemberCount() const;

    bool isLocked() const { return status == MeetingStatus::Final || status == MeetingStatus::Signed; }

    friend bool operator==(const Meeting&, const Meeting&) = default;
};

// One line of a list of meetings: enough to show and pick, without loading the whole.
struct MeetingSummary
{
    qint64 id = 0;
    int revision = 0;
    QString councilName;
    int number = 0;
    QDate date;
    MeetingStatus status = MeetingStatus::Draft;
    QString title;

    friend bool operator==(const MeetingSummary&, const MeetingSummary&) = default;
};

} // namespace Bayon
