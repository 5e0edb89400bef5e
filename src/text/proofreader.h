#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace Bayon {

// Checks a text the way a careful proofreader would before it goes to the
// chair: wrong apostrophes, words that mix Latin and Cyrillic letters, doubled
// spaces and words, numbers written the English way. Strings in, findings
// out: MeetingProofreader applies it to every text of a meeting, and the
// advice on a meeting's structure is MeetingValidator's. Each finding names
// its rule, so the user can tell why. Findings are advice: they never stop a
// save.
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

    static QStringList rules();
    // What a rule checks, in a sentence for the user.
    static QString describe(const QString& rule);

    // The text rules over one text (the editor checks a field as the user types);
    // part and field are copied into the findings.
    static QList<Finding> checkText(
        QStringView text, const QString& part = {}, const QString& field = {});
};

} // namespace Bayon
