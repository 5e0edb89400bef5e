#pragma once

#include "meeting.h"

#include <QString>
#include <functional>

namespace Bayon {

// Every text a meeting's protocol prints, with where it stands: the one list
// of a meeting's text fields, which normalising on import, proofreading,
// indexing for search and the tests that guard it all share. A field added to
// Meeting or one of its parts is added here (the domain test fails until it is).
// part is the path the rest of Bayon uses: "meeting", "attendance 2",
// "agenda 2", "report 2.1", "kpi 2.1.3", "resolution 3", "appendix 1"
// (numbers as printed, from 1); field names the field within it ("title",
// "body", "subPoints 2", "chair.fullName", "vote.rollCall 2.opinion").
// Not walked: the body's wording in ProtocolTemplate (set for the body, not
// typed for the meeting), the follow-up history and the attachments (not
// printed), numbers, dates and enums (printed from values, not typed as text).
class MeetingTexts
{
public:
    using Visitor = std::function<void(const QString& part, const QString& field, QString& text)>;
    using ConstVisitor
        = std::function<void(const QString& part, const QString& field, const QString& text)>;
    // A figure the protocol prints from a number a secretary typed (a KPI
    // row's value and change): what search must find as well as the words.
    using FigureVisitor
        = std::function<void(const QString& part, const QString& field, double value)>;

    static void forEach(Meeting& meeting, const Visitor& visit);
    static void forEach(const Meeting& meeting, const ConstVisitor& visit);
    // Applies f to every text of the meeting.
    static void transform(Meeting& meeting, const std::function<QString(const QString&)>& f);
    // Every printed figure that is a number and not a text, in the order of
    // the texts: "kpi 2.1.3" "value", "kpi 2.1.3" "change".
    static void forEachFigure(const Meeting& meeting, const FigureVisitor& visit);
};

} // namespace Bayon
