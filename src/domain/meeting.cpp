#include "meeting.h"

#include <algorithm>

namespace Bayon {

QString Meeting::title() const
{
    for (const AgendaItem& item : agenda) {
        if (!item.title.trimmed().isEmpty())
            return item.title.simplified();
    }
    return councilName.simplified();
}

int Meeting::agendaIndexOf(const QUuid& uid) const
{
    for (int i = 0; i < agenda.size(); ++i) {
        if (agenda.at(i).uid == uid)
            return i;
    }
    return -1;
}

namespace {
template<typename T> bool moveWithin(QList<T>& list, int from, int to)
{
    if (from < 0 || to < 0 || from >= list.size() || to >= list.size())
        return false;
    list.move(from, to);
    return true;
}
} // namespace

bool Meeting::moveAgendaItem(int from, int to)
{
    return moveWithin(agenda, from, to);
}

bool Meeting::moveResolution(int from, int to)
{
    return moveWithin(resolutions, from, to);
}

QList<int> Meeting::resolutionIndexesFor(const QUuid& agendaItemUid) const
{
    QList<int> indexes;
    for (int i = 0; i < resolutions.size(); ++i) {
        if (resolutions.at(i).agendaItemUid == agendaItemUid)
            indexes.append(i);
    }
    return indexes;
}

int Meeting::presentMemberCount() const
{
    return int(std::count_if(attendance.cbegin(), attendance.cend(), [](const Attendance& a) {
        return a.role == AttendanceRole::Member && a.presence == Presence::Present;
    }));
}

int Meeting::quorumMemberCount() const
{
    if (memberCount > 0)
        return memberCount;
    return int(std::count_if(attendance.cbegin(), attendance.cend(),
        [](const Attendance& a) { return a.role == AttendanceRole::Member; }));
}

bool Meeting::hasQuorumRule() const
{
    return (councilId != 0 || memberCount > 0 || protocolForm != ProtocolForm::Narrative
               || form == MeetingForm::WrittenPoll)
        && quorumMemberCount() > 0;
}

Quorum Meeting::quorum() const
{
    return Quorum::evaluate(protocolTemplate.quorum, quorumMemberCount(), presentMemberCount());
}

} // namespace Bayon
