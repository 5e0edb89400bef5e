// The remarks reader on any bytes: it never crashes, and a file it accepts
// is written back to one that reads as the same remarks.
#include "fuzzcheck.h"
#include "interchange/remarksjson.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    using namespace Bayon;
    const Result<RemarksFile> file = RemarksJson::read(Fuzz::bytes(data, size));
    if (!file)
        return 0;
    const QByteArray written = RemarksJson::write(*file);
    const Result<RemarksFile> again = RemarksJson::read(written);
    if (!again)
        Fuzz::fail(
            "remarks that were read are written to a file that reads", again.error().message);
    if (!(*again == *file))
        Fuzz::fail("writing then reading gives back the same remarks", QString::fromUtf8(written));
    return 0;
}
