#include "personlistmodel.h"

#include "text/uzbekcollator.h"

namespace Bayon {

PersonListModel::PersonListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void PersonListModel::setPersons(QList<Person> persons)
{
    beginResetModel();
    // Completion offers names in the order of the Uzbek alphabet: … Z, Oʻ, Gʻ, Sh, Ch.
    UzbekCollator::sortBy(persons, [](const Person& person) { return person.fullName; });
    m_persons = std::move(persons);
    endResetModel();
}

const Person* PersonListModel::find(const QString& name) const
{
    const QString wanted = name.simplified();
    for (const Person& person : m_persons) {
        if (person.fullName.compare(wanted, Qt::CaseInsensitive) == 0
            || (!person.shortName.isEmpty()
                && person.shortName.compare(wanted, Qt::CaseInsensitive) == 0))
            return &person;
    }
    return nullptr;
}

int PersonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_persons.size());
}

QVariant PersonListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& person = m_persons.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return person.fullName;
    case Qt::ToolTipRole:
        return QStringList {person.shortName, person.position, person.organisation}.join(
            QStringLiteral(" · "));
    case ShortNameRole:
        return person.shortName;
    case PositionRole:
        return person.position;
    case DirectoryIdRole:
        return person.directoryId;
    default:
        return {};
    }
}

} // namespace Bayon
