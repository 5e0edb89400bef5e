#include "reopendialog.h"

#include "gui/editor/textbinding.h"
#include "ui_reopendialog.h"

#include <QPushButton>

namespace Bayon {

ReopenDialog::ReopenDialog(const QString& message, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ReopenDialog>())
{
    ui->setupUi(this);
    ui->messageLabel->setText(message);
    QPushButton* ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reopen"));
    ok->setEnabled(false);
    // The reason is Uzbek text like any other: apostrophes put right as typed.
    auto* binding = new TextBinding(ui->reasonEdit, this);
    connect(binding, &TextBinding::edited, this,
        [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
}

ReopenDialog::~ReopenDialog() = default;

QString ReopenDialog::reason() const
{
    return ui->reasonEdit->toPlainText().trimmed();
}

} // namespace Bayon
