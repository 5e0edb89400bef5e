#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Bayon {

// Preferences: the interface language, the apostrophe replacement while
// typing, and the user's name. Accepting stores them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;
    bool languageChanged() const { return m_languageChanged; }

private:
    std::unique_ptr<Ui::PreferencesDialog> ui;
    bool m_languageChanged = false;
};

} // namespace Bayon
