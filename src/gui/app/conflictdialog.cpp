#include "conflictdialog.h"

#include "ui_conflictdialog.h"

namespace Bayon {

ConflictDialog::ConflictDialog(const QString& message, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConflictDialog>())
{
    ui->setupUi(this);
    ui->messageLabel->setText(message);
    const auto choose = [this](Choice choice) {
        m_choice = choice;
        accept();
    };
    connect(ui->reloadButton, &QPushButton::clicked, this, [=] { choose(ReloadTheirs); });
    connect(ui->keepMineButton, &QPushButton::clicked, this, [=] { choose(KeepMine); });
    connect(ui->copyButton, &QPushButton::clicked, this, [=] { choose(SaveCopy); });
}

ConflictDialog::~ConflictDialog() = default;

} // namespace Bayon
