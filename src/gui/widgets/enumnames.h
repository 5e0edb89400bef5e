#pragma once

#include "domain/councilenums.h"
#include "domain/enums.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Bayon {

// The names the interface shows for the domain's enumerators, translated.
// The stored keys (enumKey) never appear in the interface.
class EnumNames
{
    Q_DECLARE_TR_FUNCTIONS(EnumNames)

public:
    static QString name(MeetingForm value);
    static QString name(MeetingStatus value);
    static QString name(AttendanceRole value);
    static QString name(Presence value);
    static QString name(ResolutionKind value);
    static QString name(FollowUpStatus value);
    static QString name(DeadlineKind value);
    static QString name(ProtocolForm value);
    static QString name(QuorumKind value);
    static QString name(NumberingStyle value);
    static QString name(ResolutionNumbering value);
    static QString name(CouncilRole value);

    // Every enumerator of E in declaration order, for combo boxes.
    template<typename E> static QList<E> values()
    {
        QList<E> result;
        for (const auto& entry : EnumKeyTable<E>::entries)
            result.append(entry.first);
        return result;
    }

    // Fills a combo box with the names, each with its enumerator's int as data.
    template<typename E> static void fill(QComboBox* combo)
    {
        combo->clear();
        for (const E value : values<E>())
            combo->addItem(name(value), int(value));
    }
};

} // namespace Bayon
