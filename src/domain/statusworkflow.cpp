#include "statusworkflow.h"

namespace Bayon {

bool StatusWorkflow::isTransition(MeetingStatus from, MeetingStatus to)
{
    switch (from) {
    case MeetingStatus::Draft:
        return to == MeetingStatus::Review;
    case MeetingStatus::Review:
        return to == MeetingStatus::Final || to == MeetingStatus::Draft;
    case MeetingStatus::Final:
        return to == MeetingStatus::Signed;
    case MeetingStatus::Signed:
        return false;
    }
    return false;
}

bool StatusWorkflow::isReopening(MeetingStatus from, MeetingStatus to)
{
    return isLocked(from) && to == MeetingStatus::Draft;
}

QString StatusWorkflow::name(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Draft:
        return tr("draft");
    case MeetingStatus::Review:
        return tr("in review");
    case MeetingStatus::Final:
        return tr("final");
    case MeetingStatus::Signed:
        return tr("signed");
    }
    return {};
}

Status StatusWorkflow::checkTransition(MeetingStatus from, MeetingStatus to)
{
    if (isTransition(from, to))
        return {};
    if (from == to)
        return Error::refused(tr("The meeting is already %1.").arg(name(to)));
    if (isReopening(from, to))
        return Error::refused(
            tr("The meeting is %1: going back to draft reopens it, which needs a reason.")
                .arg(name(from)));
    QString possible;
    switch (from) {
    case MeetingStatus::Draft:
        possible = tr("A draft goes to review first.");
        break;
    case MeetingStatus::Review:
        possible = tr("A meeting in review can be finalised or sent back to draft.");
        break;
    case MeetingStatus::Final:
        possible = tr("A final meeting can be signed, or reopened as a draft with a reason.");
        break;
    case MeetingStatus::Signed:
        possible = tr("A signed meeting can only be reopened as a draft, with a reason.");
        break;
    }
    return Error::refused(
        tr("A meeting cannot go from %1 to %2. %3").arg(name(from), name(to), possible));
}

Status StatusWorkflow::checkReopening(MeetingStatus from, const QString& reason)
{
    if (!isLocked(from))
        return Error::refused(
            tr("Only a final or signed meeting is reopened; this one is %1 and can be edited.")
                .arg(name(from)));
    if (reason.trimmed().isEmpty())
        return Error::refused(
            tr("Reopening a %1 meeting needs a reason; it is kept in the audit log.")
                .arg(name(from)));
    return {};
}

Status StatusWorkflow::check(MeetingStatus from, MeetingStatus to, const QString& reason)
{
    if (isReopening(from, to))
        return checkReopening(from, reason);
    return checkTransition(from, to);
}

} // namespace Bayon
