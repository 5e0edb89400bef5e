#include "meetingimporter.h"

#include "domain/meetingtexts.h"
#include "interchange/meetingjson.h"
#include "resourcepaths.h"
#include "text/apostrophes.h"

#include <QFile>

namespace Bayon {

namespace {
void clearDirectoryIds(Meeting& meeting)
{
    meeting.chair.directoryId = 0;
    meeting.secretary.directoryId = 0;
    for (Attendance& attendance : meeting.attendance)
        attendance.person.directoryId = 0;
    for (AgendaItem& item : meeting.agenda) {
        for (Person& participant : item.discussion.participants)
            participant.directoryId = 0;
        for (SpeakerReport& report : item.reports)
            report.speaker.directoryId = 0;
    }
}
} // namespace

Result<Meeting> MeetingImporter::fromJson(const QByteArray& json)
{
    Result<Meeting> read = MeetingJson::read(json, MeetingJson::Source::File);
    if (!read)
        return read;
    Meeting meeting = std::move(read).value();
    MeetingTexts::transform(
        meeting, [](const QString& text) { return Apostrophes::normalize(text); });
    clearDirectoryIds(meeting);
    meeting.id = 0;
    meeting.revision = 0;
    // An imported meeting is a draft, whatever its file says: anyone can
    // write "signed" into a file, and a meeting comes to be signed only by
    // being signed here. Once digital signatures exist, a file whose control
    // code and signatures verify could keep its status.
    meeting.status = MeetingStatus::Draft;
    return meeting;
}

Result<Meeting> MeetingImporter::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Result<Meeting> meeting = fromJson(file.readAll());
    if (!meeting)
        return Error::invalid(QStringLiteral("%1: %2").arg(path, meeting.error().message));
    return meeting;
}

Result<Meeting> MeetingImporter::sample()
{
    return fromFile(ResourcePaths::sampleMeeting());
}

Result<Meeting> MeetingImporter::secondSample()
{
    const Result<Meeting> read = fromFile(ResourcePaths::secondSampleMeeting());
    if (!read)
        return read;
    Meeting meeting = *read;
    // The board's emblem: the interchange format does not carry it (it is
    // the body's), so the sample brings it beside the file.
    QFile emblem(ResourcePaths::secondSampleEmblem());
    if (!emblem.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("cannot read %1: %2")
                                   .arg(ResourcePaths::secondSampleEmblem(), emblem.errorString()));
    meeting.emblem = emblem.readAll();
    return meeting;
}

} // namespace Bayon
