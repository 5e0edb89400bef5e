#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ReopenDialog;
}

namespace Bayon {

// Asks before a final or signed meeting goes back to draft, and for the
// reason, which the meeting's audit log keeps. OK stays disabled until a
// reason is written.
class ReopenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReopenDialog(const QString& message, QWidget* parent = nullptr);
    ~ReopenDialog() override;

    QString reason() const;

private:
    std::unique_ptr<Ui::ReopenDialog> ui;
};

} // namespace Bayon
