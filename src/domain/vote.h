#pragma once

#include "councilenums.h"
#include "person.h"

#include <QList>
#include <QString>

namespace Bayon {

// How one member voted in a roll call, and the dissenting opinion ("alohida
// fikr") they asked to be recorded, if any.
struct RollCallEntry
{
    Person member;
    VoteChoice choice = VoteChoice::For;
    QString opinion;

    friend bool operator==(const RollCallEntry&, const RollCallEntry&) = default;
};

// The vote on a resolution: counts ("Rozi" — 11, "Qarshi" — 0, "Betaraf" — 0),
// "bir ovozdan" (unanimously), or a roll call naming each member's vote.
// Dissenting opinions of a counted vote are kept as text in opinions.
struct Vote
{
    VoteKind kind = VoteKind::None;
    int forCount = 0;
    int againstCount = 0;
    int abstainedCount = 0;
    QList<RollCallEntry> rollCall;
    QString opinions; // dissenting opinions of a counted or unanimous vote, as printed

    bool isEmpty() const { return kind == VoteKind::None; }
    // The totals, whatever the kind: a roll call counts its entries.
    int count(VoteChoice choice) const;
    int total() const;

    friend bool operator==(const Vote&, const Vote&) = default;
};

} // namespace Bayon
