#pragma once

#include "meeting.h"

#include <QString>
#include <functional>

namespace Bayon {

// Every free text of a meeting, with where it stands: the one walk over a
// meeting that normalising on import, transliterating for print, indexing for
// search and proofreading all share.
// part is the path the rest of Bayon uses: "meeting", "attendance 2",
// "agenda 2", "report 2.1", "kpi 2.1.3", "resolution 3" (numbers as printed,
// from 1); field names the field within it ("title", "body", "subPoints 2").
class MeetingTexts
{
public:
    using Visitor = std::function<void(const QString& part, const QString& field, QString& text)>;
    using ConstVisitor
        = std::function<void(const QString& part, const QString& field, const QString& text)>;

    static void forEach(Meeting& meeting, const Visitor& visit);
    static void forEach(const Meeting& meeting, const ConstVisitor& visit);
    // Applies f to every text of the meeting.
    static void transform(Meeting& meeting, const std::function<QString(const QString&)>& f);
};

} // namespace Bayon
