#include "speakerfield.h"

#include "text/personnames.h"

#include <QStringList>

namespace Bayon {

QString SpeakerField::text(const Person& person)
{
    return person.fullName.isEmpty() ? person.shortName : person.fullName;
}

Person SpeakerField::person(const QString& text, const QList<Person>& known)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return {};
    for (const Person& candidate : known) {
        if (candidate.fullName == name)
            return candidate;
    }
    Person typed;
    if (name.contains(u'.') || !name.contains(u' ')) {
        // Already the printed form: "O.Pekso", or a single word.
        for (const Person& candidate : known) {
            if (candidate.shortName == name) {
                typed = candidate;
                typed.fullName.clear(); // the field shows what was typed
                return typed;
            }
        }
        typed.shortName = name;
    } else {
        typed.fullName = name;
        typed.shortName = PersonNames::shortForm(name);
    }
    return typed;
}

QString SpeakerField::listText(const QList<Person>& persons)
{
    QStringList names;
    for (const Person& person : persons)
        names.append(person.printedName());
    return names.join(QStringLiteral(", "));
}

QList<Person> SpeakerField::persons(const QString& text, const QList<Person>& known)
{
    QList<Person> result;
    for (const QString& piece : text.split(u',')) {
        const QString name = piece.trimmed();
        if (name.isEmpty())
            continue;
        Person person;
        for (const Person& candidate : known) {
            if (candidate.printedName() == name) {
                person = candidate;
                break;
            }
        }
        if (person.isEmpty())
            person.shortName = name;
        result.append(person);
    }
    return result;
}

} // namespace Bayon
