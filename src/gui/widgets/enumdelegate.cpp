#include "enumdelegate.h"

#include <QComboBox>

namespace Bayon {

EnumDelegate::EnumDelegate(QList<QPair<QString, int>> choices, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget* EnumDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (const auto& [name, value] : m_choices)
        combo->addItem(name, value);
    // Commit as soon as a choice is made, so one keystroke or click is one edit.
    connect(combo, &QComboBox::activated, this,
        [this, combo] { emit const_cast<EnumDelegate*>(this)->commitData(combo); });
    return combo;
}

void EnumDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void EnumDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Bayon
