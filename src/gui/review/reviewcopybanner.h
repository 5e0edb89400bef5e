#pragma once

#include "domain/reviewcopyidentity.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace Bayon {

// The band across the top of the main window when the open file is a review
// copy: which council, which period, when and by whom it was made, and that
// nothing in it can be changed. Hidden for a council's own database.
class ReviewCopyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReviewCopyBanner(QWidget* parent = nullptr);

    void setIdentity(const std::optional<ReviewCopyIdentity>& copy);
    QString text() const;

    // "Review copy of <council>: meetings of <from> – <to>, made on <when> by <whom>."
    static QString describe(const ReviewCopyIdentity& copy);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QLabel* m_label = nullptr;
    std::optional<ReviewCopyIdentity> m_copy;
};

} // namespace Bayon
