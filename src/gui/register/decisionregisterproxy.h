#pragma once

#include <QSortFilterProxyModel>

namespace Bayon {

// Sorts the decisions register by any column as the column's values are:
// dates as dates (a line without a deadline after every dated one), numbers
// as numbers, texts in Uzbek alphabetical order (UzbekCollator), the tie
// broken by meeting and resolution number so that the order is stable.
class DecisionRegisterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DecisionRegisterProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace Bayon
