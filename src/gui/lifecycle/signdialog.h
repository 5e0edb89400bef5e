#pragma once

#include <QDate>
#include <QDialog>
#include <memory>

namespace Ui {
class SignDialog;
}

namespace Bayon {

struct Meeting;

// Final → signed: asks for the day the paper copy was signed (today unless
// told otherwise; not before the meeting, not in the future) and offers to
// attach the scan of the signed copy at once.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignDialog(const Meeting& meeting, QWidget* parent = nullptr);
    ~SignDialog() override;

    QDate signedOn() const;
    void setSignedOn(QDate date);
    // The scan to attach, or empty.
    QString scanPath() const;
    void setScanPath(const QString& path);

    // The file filter of a scan of the paper copy, for file dialogs.
    static QString scanFilter();

private:
    void check();

    std::unique_ptr<Ui::SignDialog> ui;
};

} // namespace Bayon
