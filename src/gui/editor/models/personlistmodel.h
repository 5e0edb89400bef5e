#pragma once

#include "domain/person.h"

#include <QAbstractListModel>

namespace Bayon {

// The person directory as a list for completion: full names in Uzbek
// alphabetical order (UzbekCollator), with the person behind each.
class PersonListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { ShortNameRole = Qt::UserRole + 1, PositionRole, DirectoryIdRole };

    explicit PersonListModel(QObject* parent = nullptr);

    void setPersons(QList<Person> persons);
    const QList<Person>& persons() const { return m_persons; }
    // The person of that full or printed name (any case), or nullptr.
    const Person* find(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_persons;
};

} // namespace Bayon
