#pragma once

#include "councilenums.h"
#include "quorumrule.h"

#include <QString>

namespace Bayon {

// "TASDIQLAYMAN" at the top right: who approves the protocol, with a date line.
struct ApprovalBlock
{
    bool enabled = false;
    QString position; // "«Hududiy elektr tarmoqlari» AJ Kuzatuv kengashi raisi"
    QString name; // "B.Rahimov"

    friend bool operator==(const ApprovalBlock&, const ApprovalBlock&) = default;
};

// How a body writes its protocols: the fixed wording and the layout choices
// the secretary never types again. A council holds its current template; a
// meeting carries the one it is printed with (see Meeting::protocolTemplate).
// The defaults print a protocol as the seed's council writes it.
struct ProtocolTemplate
{
    QString titleLine = QStringLiteral("YIGʻILISH BAYONI"); // or "MAJLIS BAYONI"
    QString resolutionFormula = QStringLiteral("Kengash qaror qiladi:"); // or "QAROR QILINDI:"
    QString chairTitle = QStringLiteral("Kengash raisi"); // or "Rais"
    QString secretaryTitle = QStringLiteral("Kengash kotibi"); // or "Kotib"
    QString membersLabel = QStringLiteral("Kengash aʼzolari"); // in the quorum line
    ApprovalBlock approval;
    bool sealMark = false; // "M.Oʻ." beside the signatures
    int attendeeListThreshold
        = 0; // more attendees than this: a count and "1-ilova"; 0: always names
    NumberingStyle numbering = NumberingStyle::Sign;
    ResolutionNumbering resolutionNumbering = ResolutionNumbering::PerItem;
    QuorumRule quorum;

    // "№ 3" or "3-son"; empty for 0.
    QString formatNumber(int number) const
    {
        if (number <= 0)
            return {};
        return numbering == NumberingStyle::Suffix
            ? QString::number(number) + QStringLiteral("-son")
            : QStringLiteral("№ ") + QString::number(number);
    }

    friend bool operator==(const ProtocolTemplate&, const ProtocolTemplate&) = default;
};

} // namespace Bayon
