#include "remark.h"

#include "remarklocator.h"

namespace Bayon {

Result<Remark> Remark::create(const Meeting& meeting, const RemarkPart& named, const QString& text,
    const QString& reviewer, const QDateTime& writtenAt)
{
    if (meeting.status != MeetingStatus::Review)
        return Error::refused(tr("Meeting %1 is %2: remarks are written on a protocol in review.")
                                  .arg(meeting.id)
                                  .arg(enumKey(meeting.status)));
    if (text.trimmed().isEmpty())
        return Error::invalid(tr("The remark has no text."));
    if (reviewer.trimmed().isEmpty())
        return Error::invalid(tr("The remark has no reviewer's name."));
    const Result<RemarkPart> part = RemarkLocator::resolve(meeting, named);
    if (!part)
        return part.error();

    Remark remark;
    remark.uid = QUuid::createUuid();
    remark.meeting = {meeting.id, meeting.number, meeting.date};
    remark.revision = meeting.revision;
    remark.part = *part;
    remark.text = text.trimmed();
    remark.reviewer = reviewer.trimmed();
    remark.writtenAt = writtenAt.toUTC();
    return remark;
}

} // namespace Bayon
