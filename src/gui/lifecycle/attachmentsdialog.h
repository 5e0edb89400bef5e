#pragma once

#include "domain/attachment.h"
#include "domain/meeting.h"
#include "domain/result.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AttachmentsDialog;
}

namespace Bayon {

class AttachmentListModel;
class LifecycleRepository;

// The files kept with one meeting (above all the scan of its signed copy):
// name, type, size and SHA-256. A file is attached (also to a signed
// meeting), opened with the system's viewer from a temporary copy of the
// stored bytes, or removed while the meeting is not locked.
class AttachmentsDialog : public QDialog
{
    Q_OBJECT

public:
    AttachmentsDialog(
        LifecycleRepository& lifecycle, const Meeting& meeting, QWidget* parent = nullptr);
    ~AttachmentsDialog() override;

    // Reads the list again from the database.
    Status reload();
    AttachmentListModel* model() const { return m_model; }

    // The file at `path`, read and kept with the meeting.
    static Result<Attachment> attachFile(
        LifecycleRepository& lifecycle, qint64 meetingId, const QString& path);
    // Writes the stored bytes to a file of the same name in a folder that
    // lasts until the program ends, for a viewer to open.
    static Result<QString> temporaryCopy(const Attachment& attachment);

    // The actions of the buttons, for tests.
    bool attach(const QString& path);
    bool openAttachment(int row);
    bool removeAttachment(int row);

signals:
    // A file was attached or removed: the meeting's list in the database changed.
    void attachmentsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadOrSayWhy();
    int currentRow() const;
    void updateButtons();
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Ui::AttachmentsDialog> ui;
    LifecycleRepository& m_lifecycle;
    Meeting m_meeting;
    AttachmentListModel* m_model = nullptr;
};

} // namespace Bayon
