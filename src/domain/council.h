#pragma once

#include "councilenums.h"
#include "person.h"
#include "protocoltemplate.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace Bayon {

// A member of a body for a term; an open end (null date) means still serving.
struct CouncilMember
{
    Person person;
    CouncilRole role = CouncilRole::Member;
    QDate termFrom;
    QDate termTo;

    bool servesOn(const QDate& day) const
    {
        return (!termFrom.isValid() || !day.isValid() || termFrom <= day)
            && (!termTo.isValid() || !day.isValid() || day <= termTo);
    }

    friend bool operator==(const CouncilMember&, const CouncilMember&) = default;
};

// A body whose meetings Bayon records: a public council, a district Kengash's
// commission, a company's supervisory board. Its members, its quorum rule (in
// the template) and its template; a new meeting takes all of them from it.
struct Council
{
    qint64 id = 0;
    QString fullName; // "Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"
    QString organisation; // "Raqamli texnologiyalar vazirligi"
    QString shortName; // "Jamoatchilik kengashi"
    QString city; // "Toshkent shahri"
    QByteArray emblem; // PNG or JPEG bytes; empty when none
    QList<CouncilMember> members;
    ProtocolTemplate protocolTemplate;
    ProtocolForm defaultForm = ProtocolForm::Narrative;

    // The members serving on that day.
    QList<CouncilMember> membersOn(const QDate& day) const;
    // The member with that role serving on that day, or an empty person.
    Person withRole(CouncilRole role, const QDate& day) const;

    friend bool operator==(const Council&, const Council&) = default;
};

} // namespace Bayon
