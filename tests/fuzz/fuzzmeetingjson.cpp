// The interchange reader on any bytes: it never crashes, and what it accepts
// it writes back to a document that reads as the same meeting (the promise
// of MeetingJson). The importer, which also normalises every text, takes the
// same bytes without crashing.
#include "fuzzcheck.h"
#include "interchange/meetingimporter.h"
#include "interchange/meetingjson.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    using namespace Bayon;
    const QByteArray input = Fuzz::bytes(data, size);
    const Result<Meeting> meeting = MeetingJson::read(input);
    if (meeting) {
        const QByteArray written = MeetingJson::write(*meeting);
        const Result<Meeting> again = MeetingJson::read(written);
        if (!again)
            Fuzz::fail("a meeting that was read is written to a document that reads",
                again.error().message);
        if (!(*again == *meeting))
            Fuzz::fail(
                "writing then reading gives back an equal meeting", QString::fromUtf8(written));
    }
    static_cast<void>(MeetingImporter::fromJson(input)); // only: it must not crash
    return 0;
}
