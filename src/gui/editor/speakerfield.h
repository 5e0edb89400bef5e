#pragma once

#include "domain/person.h"

#include <QList>

namespace Bayon {

// How a person is typed into a one-line field (a report's speaker, a
// discussion's participants) and read back, so that what the field shows
// stays what the user typed: a known person (an attendee or a directory entry,
// by full or printed name) is taken whole; "O.Pekso" becomes a printed name;
// any other text a full name with its printed form derived.
class SpeakerField
{
public:
    // What the field shows for a person.
    static QString text(const Person& person);
    static Person person(const QString& text, const QList<Person>& known);
    // Participants: printed names separated by commas.
    static QString listText(const QList<Person>& persons);
    static QList<Person> persons(const QString& text, const QList<Person>& known);
};

} // namespace Bayon
