#pragma once

#include "agendaitem.h"
#include "appendix.h"
#include "attachment.h"
#include "attendance.h"
#include "councilenums.h"
#include "enums.h"
#include "person.h"
#include "protocoltemplate.h"
#include "quorum.h"
#include "resolution.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace Bayon {

// One meeting and everything its protocol says. A plain value: the editor edits
// a copy, the repository saves it whole, the document layer prints it.
struct Meeting
{
    qint64 id = 0; // 0 until the repository stores it
    int revision = 0; // checked and incremented by every save

    QString councilName; // "Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"
    int number = 0; // "№ 3"; 0 when not yet numbered
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
    // Files kept with the meeting (the scan of the signed copy); not part of
    // the protocol's text. A save stores them with a new meeting only; later
    // ones are added through the lifecycle (LifecycleRepository::attach).
    QList<Attachment> attachments;

    // Protocol forms. The body the meeting belongs to (0: none) and
    // the form its protocol is printed in; switching the form changes no data.
    qint64 councilId = 0; // like id, local to one database: not in the interchange JSON
    ProtocolForm protocolForm = ProtocolForm::Narrative;
    // The opening: "soat 11:00 da boshlandi, 13:00 da tugadi", who convened it,
    // on what basis, and how the members were notified (printed as an appendix).
    QTime endTime;
    QString convenedBy; // "Kuzatuv kengashi raisi B.Rahimov"
    QString basis; // "«Aksiyadorlik jamiyatlari …» Qonunining 83-moddasi"
    QString notification; // the notice sent to the members
    // The body's members on the day, for the quorum; 0: count the attendance's members.
    int memberCount = 0;
    // The template the protocol is printed with: the body's current one while
    // the meeting is a draft or in review (a template edit updates it), kept as
    // it was once the meeting is final or signed.
    ProtocolTemplate protocolTemplate;
    // The documents attached to the protocol, in the order the text mentions
    // them ("(ilova qilinadi)"); see Appendix.
    QList<Appendix> appendices;
    // The body's emblem or logo (PNG or JPEG), printed at the top of the first
    // page. The body's, not the meeting's: the storage reads it with the
    // meeting from its council and never writes it with the meeting, and the
    // interchange JSON does not carry it. Empty: none.
    QByteArray emblem;

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
    // The members the quorum counts: memberCount, else the attendance's members.
    int quorumMemberCount() const;
    // The quorum by the template's rule over those counts.
    Quorum quorum() const;
    // Whether the protocol speaks of a quorum at all: a meeting of a body, or
    // one whose members' count is known; a meeting of no body with no member
    // in its attendance has no quorum to reach.
    bool hasQuorumRule() const;

    bool isLocked() const
    {
        return status == MeetingStatus::Final || status == MeetingStatus::Signed;
    }

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
