#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ConflictDialog;
}

namespace Bayon {

// Asked when a save finds the meeting changed by another window or program:
// reload theirs, keep mine (save over theirs), or save mine as a copy. Closing
// it decides nothing: the meeting stays unsaved and the question comes back.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Later = 0, ReloadTheirs, KeepMine, SaveCopy };

    explicit ConflictDialog(const QString& message, QWidget* parent = nullptr);
    ~ConflictDialog() override;

    Choice choice() const { return m_choice; }

private:
    std::unique_ptr<Ui::ConflictDialog> ui;
    Choice m_choice = Later;
};

} // namespace Bayon
