// The grammar of a report's body on any text: it never crashes, its
// canonical form reads back as the same blocks and is written again
// unchanged, so that the editor's first edit never changes the structure.
#include "domain/reportbody.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    using namespace Bayon;
    const QString body = QString::fromUtf8(Fuzz::bytes(data, size));
    const QList<ReportBody::Block> blocks = ReportBody::parse(body);
    const QString canonical = ReportBody::write(blocks);
    const QList<ReportBody::Block> again = ReportBody::parse(canonical);
    if (ReportBody::write(again) != canonical)
        Fuzz::fail("the canonical form is written again unchanged", canonical);
    static_cast<void>(ReportBody::plainText(body));
    return 0;
}
