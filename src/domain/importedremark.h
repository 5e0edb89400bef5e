#pragma once

#include "remark.h"
#include "remarklocation.h"

#include <QDateTime>
#include <QUuid>

namespace Bayon {

// A remark in the secretary's database: as the member sent it, with the
// review copy it came from, when it was imported, and where its part stands
// in the meeting now.
struct ImportedRemark
{
    Remark remark;
    QUuid reviewCopyId;
    QDateTime importedAt; // UTC
    RemarkLocation location;

    friend bool operator==(const ImportedRemark&, const ImportedRemark&) = default;
};

} // namespace Bayon
