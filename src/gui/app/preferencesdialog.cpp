#include "preferencesdialog.h"

#include "gui/app/languagemanager.h"
#include "gui/app/preferences.h"
#include "text/typingreplacement.h"
#include "ui_preferencesdialog.h"

namespace Bayon {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PreferencesDialog>())
{
    ui->setupUi(this);
    for (const auto& language : LanguageManager::languages())
        ui->languageCombo->addItem(language.nativeName, language.code);
    ui->languageCombo->setCurrentIndex(
        std::max(0, ui->languageCombo->findData(Preferences::language())));
    ui->replacementCheck->setChecked(Preferences::typingReplacement());
    ui->userNameEdit->setText(Preferences::userName());
    ui->noteLabel->setText(tr("A new interface language is applied at once."));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    const QString language = ui->languageCombo->currentData().toString();
    m_languageChanged = language != Preferences::language();
    Preferences::setLanguage(language);
    Preferences::setTypingReplacement(ui->replacementCheck->isChecked());
    TypingReplacement::setEnabled(ui->replacementCheck->isChecked());
    Preferences::setUserName(ui->userNameEdit->text());
    QDialog::accept();
}

} // namespace Bayon
