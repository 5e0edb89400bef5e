#pragma once

#include "domain/meetingdiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Bayon {

// What changed between two states of a meeting, written for the History
// dialog: one heading a change ("Resolution 3: text changed") and the text
// with its words marked. Added words are underlined (and green), removed
// words struck through (and red), so the marks read without colour too.
class MeetingDiffHtml
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDiffHtml)

public:
    // The whole list as HTML for a QTextBrowser; a line saying so when empty.
    static QString html(const QList<MeetingDiff::Change>& changes);
    // "Resolution 3: text changed", in the interface's language.
    static QString heading(const MeetingDiff::Change& change);
    // "resolution 3" → "Resolution 3"; "meeting" → "Meeting".
    static QString partName(const QString& part);
    // "subPoints 2" → "sub-point 2", "chair.fullName" → "chair: full name".
    static QString fieldName(const QString& field);
    // The marked words of a change as HTML.
    static QString wordsHtml(const QList<MeetingDiff::Words>& words);
    // A changed enumerator's key ("in-person") as the interface names it.
    static QString valueText(const QString& field, const QString& key);
};

} // namespace Bayon
