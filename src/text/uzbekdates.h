#pragma once

#include "script.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

namespace Bayon {

// Dates in the official Uzbek way, through ICU date patterns:
// "2025-yil 23-iyun", Cyrillic "2025 йил 23 июнь".
class UzbekDates
{
public:
    // Cyrillic month names are the official ones with ь (январь, июнь), which
    // ICU 72's uz_Cyrl data leaves out (январ, июн).
    static QString formatLong(QDate date, Script script = Script::Latin);
    // The date as a sentence says when something happened: "2025-yil 15-may kuni",
    // Cyrillic "2025 йил 15 май куни".
    static QString formatOnDate(QDate date, Script script = Script::Latin);
    // "soat 11:00", Cyrillic "соат 11:00"
    static QString formatTime(QTime time, Script script = Script::Latin);
    // Reads "2025-yil 23-iyun" (any apostrophe, either case, with or without
    // hyphens, "kuni" after it), its Cyrillic form, or an ISO date; an invalid
    // QDate for anything else, including days that do not exist (31-iyun).
    static QDate parse(QStringView text);
};

} // namespace Bayon
