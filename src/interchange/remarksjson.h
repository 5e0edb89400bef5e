#pragma once

#include "domain/remarksfile.h"
#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Bayon {

// The remarks file a member sends back from a review copy: versioned JSON
// ("format": "bayon-remarks", "version": 1), documented in docs/interchange.md.
// The member's own store keeps its remarks in the same form. Writing then
// reading gives back an equal RemarksFile (a remark's state is the
// secretary's and is not written: it reads back open).
class RemarksJson
{
    Q_DECLARE_TR_FUNCTIONS(RemarksJson)

public:
    static constexpr int formatVersion = 1;

    // Indented UTF-8 JSON, the keys of every object in sorted order.
    static QByteArray write(const RemarksFile& file);
    // Refuses (Error::Code::Invalid) a file that is empty, not JSON, not a
    // remarks file, of a newer version, with a field missing or of the wrong
    // type, or with a part that is not one; the message names the field at
    // fault ("remarks[1].part.name: …").
    static Result<RemarksFile> read(const QByteArray& json);
};

} // namespace Bayon
