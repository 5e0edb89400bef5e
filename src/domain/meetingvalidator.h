#pragma once

#include "meeting.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace Bayon {

// The rules a meeting must meet before it can be stored or printed: a date and
// a council, named persons, titled agenda items, real deadlines, KPI rows that
// say what they measure. Messages are translatable and say what to do.
// Advice on the structure, as a careful proofreader gives it (an instruction
// with no one responsible or no deadline, an agenda item with no report),
// comes as warnings that name their rule; the rules over the words of each
// text are text/Proofreader's.
class MeetingValidator
{
    Q_DECLARE_TR_FUNCTIONS(MeetingValidator)

public:
    // The rule ids of the advisory warnings, as in ValidationIssue::rule.
    static inline const QString FollowUpRule = QStringLiteral("follow-up");
    static inline const QString SpeakerRule = QStringLiteral("speaker");

    // Errors and warnings (see ValidationIssue::severity): a missing quorum,
    // appendices that do not match their mentions, a resolution to follow up
    // with no one responsible or no deadline and an agenda item with no report
    // are warnings.
    static QList<ValidationIssue> validate(const Meeting& meeting);
    // How many times the meeting's texts say "(ilova qilinadi)".
    static qsizetype appendixMentionCount(const Meeting& meeting);
    // A mention of an attached document: "(ilova qilinadi)".
    static const QRegularExpression& appendixMention();

private:
    // Every voter of a roll call is a member of the body present at the meeting.
    static QList<ValidationIssue> rollCall(
        const Meeting& meeting, const Vote& vote, const QString& where);
    static QList<ValidationIssue> quorumWarning(const Meeting& meeting);
    // An instruction or a recommendation names who answers for it and by when.
    static QList<ValidationIssue> followUp(const Resolution& resolution, int number);
    static QList<ValidationIssue> appendices(const Meeting& meeting);
};

} // namespace Bayon
