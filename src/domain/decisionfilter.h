#pragma once

#include "enums.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Bayon {

// Which lines of the decisions register to show, and in which order. Every
// criterion that is not set lets everything through.
struct DecisionFilter
{
    // The columns the register sorts by.
    enum class Column {
        Meeting, // date, then number
        Resolution, // meeting, then the resolution's number
        Text,
        Kind,
        Addressee,
        Responsible,
        Due,
        FollowUp,
        StatusNote,
        DaysOverdue,
    };

    std::optional<FollowUpStatus> status;
    bool overdueOnly = false; // pending and past due (the "overdue" status of the register)
    QString responsible; // part of a responsible person's name, any case and apostrophe
    QDate from; // meetings on or after
    QDate to; // meetings on or before
    QString councilName; // exactly, as the meetings store it
    QString text; // words, searched as "Find in all meetings" searches
    Column sortBy = Column::Resolution;
    bool descending = false;
    QDate today; // for "overdue"; null means the current date

    QDate effectiveToday() const { return today.isValid() ? today : QDate::currentDate(); }

    friend bool operator==(const DecisionFilter&, const DecisionFilter&) = default;
};

} // namespace Bayon
