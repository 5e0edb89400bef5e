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
class MeetingValidator
{
    Q_DECLARE_TR_FUNCTIONS(MeetingValidator)

public:
    // Errors and warnings (see ValidationIssue::severity): a missing quorum
    // and appendices that do not match their mentions are warnings.
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
    static QList<ValidationIssue> appendices(const Meeting& meeting);
};

} // namespace Bayon
