#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class RemarkDialog;
}

namespace Bayon {

// Asks a member for a remark on one part of a meeting in review: the text,
// and the name it is signed with (the one of Preferences, offered first).
class RemarkDialog : public QDialog
{
    Q_OBJECT

public:
    // partTitle says which part ("Report II.1"), partText what it says now.
    RemarkDialog(const QString& partTitle, const QString& partText, const QString& reviewer,
        QWidget* parent = nullptr);
    ~RemarkDialog() override;

    QString text() const;
    QString reviewer() const;

private:
    void updateOk();

    std::unique_ptr<Ui::RemarkDialog> ui;
};

} // namespace Bayon
