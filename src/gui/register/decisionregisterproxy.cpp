#include "decisionregisterproxy.h"

#include "gui/register/decisionregistermodel.h"
#include "text/uzbekcollator.h"

#include <QDate>

namespace Bayon {

namespace {

// < 0, 0, > 0; a missing value (null date, empty text) after every present one.
int compareValues(const QVariant& a, const QVariant& b)
{
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        if (x.isValid() != y.isValid())
            return x.isValid() ? -1 : 1;
        return x == y ? 0 : (x < y ? -1 : 1);
    }
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const QString x = a.toString();
        const QString y = b.toString();
        if (x.isEmpty() != y.isEmpty())
            return x.isEmpty() ? 1 : -1;
        return UzbekCollator::compare(x, y);
    }
    const qint64 x = a.toLongLong();
    const qint64 y = b.toLongLong();
    return x == y ? 0 : (x < y ? -1 : 1);
}

} // namespace

DecisionRegisterProxy::DecisionRegisterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DecisionRegisterModel::SortRole);
    setDynamicSortFilter(true);
}

bool DecisionRegisterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int order = compareValues(left.data(sortRole()), right.data(sortRole()));
    if (order != 0)
        return order < 0;
    const QModelIndex leftKey = left.siblingAtColumn(DecisionRegisterModel::ResolutionColumn);
    const QModelIndex rightKey = right.siblingAtColumn(DecisionRegisterModel::ResolutionColumn);
    return compareValues(leftKey.data(sortRole()), rightKey.data(sortRole())) < 0;
}

} // namespace Bayon
