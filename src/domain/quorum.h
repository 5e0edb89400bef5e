#pragma once

#include "quorumrule.h"

#include <QString>

namespace Bayon {

// The arithmetic of a quorum, with no I/O: how many must be present, whether
// they are, and the sentence the protocol prints ("Kengash aʼzolari — 15 nafar,
// qatnashdi — 11 nafar. Kvorum mavjud.").
struct Quorum
{
    int members = 0; // the body's members on the meeting's day
    int present = 0; // of them, present (or, for a written poll, who answered)
    int required = 0; // the least number that makes a quorum
    bool reached = false;

    static Quorum evaluate(const QuorumRule& rule, int members, int present);
    // The least number present that makes a quorum of that many members.
    static int requiredFor(const QuorumRule& rule, int members);

    // The printed sentence, in Uzbek Latin; membersLabel names the members
    // ("Kengash aʼzolari", "Kuzatuv kengashi aʼzolari").
    QString sentence(const QString& membersLabel) const;

    friend bool operator==(const Quorum&, const Quorum&) = default;
};

} // namespace Bayon
