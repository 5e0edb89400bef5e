#pragma once

#include "remark.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Bayon {

// The remarks a member sends back from one review copy (a "bayon-remarks"
// file, RemarksJson), and what the member's own store keeps between runs.
struct RemarksFile
{
    QUuid reviewCopyId; // the review copy the remarks were written in
    QUuid sourceDatabaseId; // the database that copy was made from
    QString reviewer; // who sends them
    QDateTime exportedAt; // UTC; null in the member's store
    QList<Remark> remarks; // in the order written

    friend bool operator==(const RemarksFile&, const RemarksFile&) = default;
};

} // namespace Bayon
