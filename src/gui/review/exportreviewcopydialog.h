#pragma once

#include "domain/meeting.h"
#include "domain/reviewcopyrequest.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExportReviewCopyDialog;
}

namespace Bayon {

// File ▸ Export review copy…: which meetings go into the copy (those ticked,
// the open one first, or every meeting of a period with the chosen statuses:
// review, final and signed unless changed) and the .bayon file to write.
class ExportReviewCopyDialog : public QDialog
{
    Q_OBJECT

public:
    // meetings: the database's meetings; ticked: those ticked to begin with.
    ExportReviewCopyDialog(const QList<MeetingSummary>& meetings, const QList<qint64>& ticked,
        const QString& suggestedPath, QWidget* parent = nullptr);
    ~ExportReviewCopyDialog() override;

    ReviewCopyRequest request() const;
    QString path() const;

    // Ticks exactly these meetings (and chooses "These meetings").
    void setTicked(const QList<qint64>& ids);
    void setPath(const QString& path);

private:
    void updateOk();
    void browse();

    std::unique_ptr<Ui::ExportReviewCopyDialog> ui;
};

} // namespace Bayon
