#include "signdialog.h"

#include "domain/meeting.h"
#include "ui_signdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace Bayon {

SignDialog::SignDialog(const Meeting& meeting, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SignDialog>())
{
    ui->setupUi(this);
    ui->messageLabel->setText(
        tr("Meeting № %1 of %2 is final. Record that its paper copy has been signed: the "
           "protocol stays read-only, and the control code on its pages still matches it.")
            .arg(meeting.number)
            .arg(meeting.date.toString(QStringLiteral("dd.MM.yyyy"))));
    const QDate today = QDate::currentDate();
    if (meeting.date.isValid() && meeting.date <= today)
        ui->signedOnEdit->setMinimumDate(meeting.date);
    ui->signedOnEdit->setMaximumDate(today);
    ui->signedOnEdit->setDate(today);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign"));
    ui->problemLabel->hide();
    connect(ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString start = scanPath().isEmpty() ? QDir::homePath() : scanPath();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("The scan of the signed copy"), start, scanFilter());
        if (!path.isEmpty())
            setScanPath(path);
    });
    connect(ui->scanEdit, &QLineEdit::textChanged, this, &SignDialog::check);
}

SignDialog::~SignDialog() = default;

QString SignDialog::scanFilter()
{
    return tr("Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)");
}

QDate SignDialog::signedOn() const
{
    return ui->signedOnEdit->date();
}

void SignDialog::setSignedOn(QDate date)
{
    ui->signedOnEdit->setDate(date);
}

QString SignDialog::scanPath() const
{
    return ui->scanEdit->text().trimmed();
}

void SignDialog::setScanPath(const QString& path)
{
    ui->scanEdit->setText(QDir::toNativeSeparators(path));
}

void SignDialog::check()
{
    const QString path = scanPath();
    const bool missing = !path.isEmpty() && !QFileInfo(path).isFile();
    ui->problemLabel->setVisible(missing);
    if (missing)
        ui->problemLabel->setText(tr("There is no file %1.").arg(path));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!missing);
}

} // namespace Bayon
