#pragma once

#include "enums.h"

#include <QList>
#include <QString>
#include <optional>

namespace Bayon {

// The change of an indicator: "1,4 barobar" (a factor) or "+25 %" (a percentage).
struct KpiChange
{
    ChangeKind kind = ChangeKind::None;
    double amount = 0.0;

    bool isEmpty() const { return kind == ChangeKind::None; }
    friend bool operator==(const KpiChange&, const KpiChange&) = default;
};

// One figure of a report: "foydalanuvchilar soni | 12 | mln nafar | 2025-yil I yarim yil | 1,4
// barobar".
struct KpiRow
{
    QString indicator;
    std::optional<double> value; // a decimal; empty when the figure is not a number
    QString unit;
    QString period;
    KpiChange change;
    QString note;

    friend bool operator==(const KpiRow&, const KpiRow&) = default;
};

struct KpiTable
{
    QString caption;
    QList<KpiRow> rows;

    friend bool operator==(const KpiTable&, const KpiTable&) = default;
};

} // namespace Bayon
