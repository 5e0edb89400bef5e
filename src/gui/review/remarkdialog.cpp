#include "remarkdialog.h"

#include "text/apostrophes.h"
#include "ui_remarkdialog.h"

#include <QPushButton>

namespace Bayon {

RemarkDialog::RemarkDialog(
    const QString& partTitle, const QString& partText, const QString& reviewer, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RemarkDialog>())
{
    ui->setupUi(this);
    ui->partLabel->setText(tr("Remark on: %1").arg(partTitle));
    // A long part is shown by its beginning: enough to know it is the right one.
    const QString shown = partText.size() > 300 ? partText.left(300) + u'…' : partText;
    ui->partTextLabel->setText(shown);
    ui->partTextLabel->setVisible(!shown.isEmpty());
    ui->reviewerEdit->setText(reviewer);
    connect(ui->textEdit, &QPlainTextEdit::textChanged, this, &RemarkDialog::updateOk);
    connect(ui->reviewerEdit, &QLineEdit::textChanged, this, &RemarkDialog::updateOk);
    ui->textEdit->setFocus();
    updateOk();
}

RemarkDialog::~RemarkDialog() = default;

QString RemarkDialog::text() const
{
    return Apostrophes::normalize(ui->textEdit->toPlainText().trimmed());
}

QString RemarkDialog::reviewer() const
{
    return Apostrophes::normalize(ui->reviewerEdit->text().trimmed());
}

void RemarkDialog::updateOk()
{
    ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!text().isEmpty() && !reviewer().isEmpty());
}

} // namespace Bayon
