#pragma once

#include "domain/result.h"
#include "searchhit.h"

#include <QList>
#include <QString>

namespace Bayon {

// Full-text search over every text of every meeting. The query is normalised
// as the stored text is (apostrophes, case), so o'zbekiston, o‘zbekiston and
// oʻzbekiston find the same hits.
class MeetingSearch
{
public:
    virtual ~MeetingSearch() = default;
    virtual Result<QList<SearchHit>> search(const QString& query, int limit = 200) const = 0;
};

} // namespace Bayon
