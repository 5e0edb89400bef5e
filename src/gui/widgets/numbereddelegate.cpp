#include "numbereddelegate.h"

namespace Bayon {

NumberedDelegate::NumberedDelegate(int numeralRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(numeralRole)
{
}

QString NumberedDelegate::shownText(const QModelIndex& index, int numeralRole)
{
    return index.data(numeralRole).toString() + u". " + index.data(Qt::DisplayRole).toString();
}

void NumberedDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = shownText(index, m_role);
}

} // namespace Bayon
