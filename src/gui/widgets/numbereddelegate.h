#pragma once

#include <QStyledItemDelegate>

namespace Bayon {

// Shows a row's number before its text ("II. Title", "3. O.Pekso"). The number
// comes from the model's numeral role and is not part of the display text, so
// that a row keeps its text when rows before it come and go.
class NumberedDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NumberedDelegate(int numeralRole, QObject* parent = nullptr);

    // The text as shown: "II. Title".
    static QString shownText(const QModelIndex& index, int numeralRole);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace Bayon
