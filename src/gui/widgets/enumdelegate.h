#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace Bayon {

// Edits a cell that holds an enumerator (its int in Qt::EditRole) with a combo
// box of the translated names.
class EnumDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // choices: the name shown and the int stored, in the order shown.
    explicit EnumDelegate(QList<QPair<QString, int>> choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(
        QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // The choices of any domain enum, named by EnumNames.
    template<typename E> static QList<QPair<QString, int>> choicesOf();

private:
    QList<QPair<QString, int>> m_choices;
};

} // namespace Bayon

#include "gui/widgets/enumnames.h"

template<typename E> QList<QPair<QString, int>> Bayon::EnumDelegate::choicesOf()
{
    QList<QPair<QString, int>> choices;
    for (const E value : EnumNames::values<E>())
        choices.append({EnumNames::name(value), int(value)});
    return choices;
}
