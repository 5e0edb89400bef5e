#pragma once

#include "domain/meeting.h"
#include "finding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace Bayon {

// Checks a protocol the way a careful proofreader would before it goes to the
// chair: wrong apostrophes, words that mix Latin and Cyrillic letters, doubled
// spaces and words, numbers written the English way, resolutions to follow up
// with no one responsible or no deadline, agenda items with no speaker. Each
// finding names its rule, so the user can tell why. Findings are advice: they
// never stop a save.
class Proofreader
{
    Q_DECLARE_TR_FUNCTIONS(Proofreader)

public:
    // The rule ids, as they appear in Finding::rule.
    static inline const QString Apostrophe = QStringLiteral("apostrophe");
    static inline const QString MixedScript = QStringLiteral("mixed-script");
    static inline const QString DoubleSpace = QStringLiteral("double-space");
    static inline const QString DoubleWord = QStringLiteral("double-word");
    static inline const QString NumberFormat = QStringLiteral("number-format");
    static inline const QString FollowUp = QStringLiteral("follow-up");
    static inline const QString Speaker = QStringLiteral("speaker");

    static QStringList rules();
    // What a rule checks, in a sentence for the user.
    static QString describe(const QString& rule);

    // Every finding over every text of the meeting (in the order MeetingTexts walks
    // them), then those over its structure: agenda items, then resolutions.
    static QList<Finding> check(const Meeting& meeting);
    // The text rules over one text (the editor checks a field as the user types);
    // part and field are copied into the findings.
    static QList<Finding> checkText(
        QStringView text, const QString& part = {}, const QString& field = {});
};

} // namespace Bayon
