#include "attachmentsdialog.h"

#include "gui/lifecycle/attachmentlistmodel.h"
#include "gui/lifecycle/signdialog.h"
#include "gui/widgets/enumnames.h"
#include "interchange/outputfile.h"
#include "storage/lifecyclerepository.h"
#include "ui_attachmentsdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUrl>

namespace Bayon {

AttachmentsDialog::AttachmentsDialog(
    LifecycleRepository& lifecycle, const Meeting& meeting, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::AttachmentsDialog>())
    , m_lifecycle(lifecycle)
    , m_meeting(meeting)
    , m_model(new AttachmentListModel(this))
{
    ui->setupUi(this);
    ui->filesView->setModel(m_model);
    ui->filesView->verticalHeader()->hide();
    ui->filesView->horizontalHeader()->setStretchLastSection(true);
    ui->filesView->horizontalHeader()->setHighlightSections(false);
    ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    setWindowTitle(tr("Files of meeting № %1 of %2")
                       .arg(meeting.number)
                       .arg(meeting.date.toString(QStringLiteral("dd.MM.yyyy"))));
    ui->noteLabel->setVisible(meeting.isLocked());
    if (meeting.isLocked())
        ui->noteLabel->setText(
            tr("This meeting is %1: files can be attached to it, but not removed "
               "until it is reopened.")
                .arg(EnumNames::name(meeting.status).toLower()));

    connect(ui->attachButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Attach a file"), QDir::homePath(), SignDialog::scanFilter());
        if (!path.isEmpty())
            attach(path);
    });
    connect(ui->openButton, &QPushButton::clicked, this, [this] { openAttachment(currentRow()); });
    connect(ui->filesView, &QAbstractItemView::activated, this,
        [this](const QModelIndex& index) { openAttachment(index.row()); });
    connect(
        ui->removeButton, &QPushButton::clicked, this, [this] { removeAttachment(currentRow()); });
    connect(ui->filesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AttachmentsDialog::updateButtons);
    reloadOrSayWhy();
}

AttachmentsDialog::~AttachmentsDialog() = default;

Status AttachmentsDialog::reload()
{
    const auto listed = m_lifecycle.attachments(m_meeting.id);
    if (!listed) {
        m_model->setAttachments({});
        updateButtons();
        return listed.error();
    }
    m_model->setAttachments(*listed);
    ui->filesView->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        ui->filesView->selectRow(0);
    updateButtons();
    return {};
}

void AttachmentsDialog::reloadOrSayWhy()
{
    // The list stays empty; the note under it says why, without a second popup.
    if (const Status listed = reload(); !listed) {
        ui->noteLabel->setText(listed.error().message);
        ui->noteLabel->setVisible(true);
    }
}

Result<Attachment> AttachmentsDialog::attachFile(
    LifecycleRepository& lifecycle, qint64 meetingId, const QString& path)
{
    // A regular file of at most 100 MB, looked at before it is read.
    const Result<QByteArray> data = Attachment::readFile(path);
    if (!data)
        return data.error();
    return lifecycle.attach(meetingId, QFileInfo(path).fileName(), *data);
}

Result<QString> AttachmentsDialog::temporaryCopy(const Attachment& attachment)
{
    // One folder per run, removed when the program ends; a viewer may still
    // be reading a file when this dialog is long closed.
    static QTemporaryDir folder(QDir::temp().filePath(QStringLiteral("bayon-XXXXXX")));
    if (!folder.isValid())
        return Error::failed(tr("No temporary folder: %1").arg(folder.errorString()));
    // The name as attached, without any folder or control character, and
    // with the extension of its checked type: the desktop picks the program
    // that opens it by the extension, so "scan.desktop" opens as a PDF.
    QString name = QFileInfo(Attachment::cleanName(attachment.name)).completeBaseName();
    if (name.isEmpty())
        name = QStringLiteral("attachment");
    const QString extension = attachment.mimeType == u"application/pdf" ? QStringLiteral(".pdf")
        : attachment.mimeType == u"image/png"                           ? QStringLiteral(".png")
                                                                        : QStringLiteral(".jpg");
    name += extension;
    const QString path = QDir(folder.path()).filePath(attachment.sha256.left(8) + u'-' + name);
    if (const Status written = OutputFile::write(path, attachment.data); !written)
        return written.error();
    return path;
}

bool AttachmentsDialog::attach(const QString& path)
{
    const auto attached = attachFile(m_lifecycle, m_meeting.id, path);
    if (!attached) {
        showError(tr("The file was not attached"), attached.error().message);
        return false;
    }
    reloadOrSayWhy();
    emit attachmentsChanged();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->attachments().at(row).sha256 == attached->sha256)
            ui->filesView->selectRow(row);
    }
    return true;
}

bool AttachmentsDialog::openAttachment(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const Attachment& file = m_model->attachments().at(row);
    if (!file.isIntact()) {
        showError(tr("The file was not opened"),
            tr("The stored bytes of %1 no longer have the SHA-256 they were attached with.")
                .arg(Attachment::printableName(file.name)));
        return false;
    }
    // Only a whole PDF, PNG or JPEG goes to the desktop, whatever the
    // database says it is.
    if (const Status acceptable = file.check(); !acceptable) {
        showError(tr("The file was not opened"), acceptable.error().message);
        return false;
    }
    const auto copy = temporaryCopy(file);
    if (!copy) {
        showError(tr("The file was not opened"), copy.error().message);
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*copy))) {
        showError(tr("The file was not opened"),
            tr("No program to show %1 was found. A copy is in %2.")
                .arg(
                    AttachmentListModel::typeName(file.mimeType), QDir::toNativeSeparators(*copy)));
        return false;
    }
    return true;
}

bool AttachmentsDialog::removeAttachment(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_meeting.isLocked())
        return false;
    const Attachment file = m_model->attachments().at(row);
    QMessageBox box(QMessageBox::Question, tr("Remove the file"),
        tr("Remove %1 from the meeting? Its bytes are deleted from the database; the history "
           "keeps a line saying so.")
            .arg(Attachment::printableName(file.name)),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("removeQuestion"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    const Status removed = m_lifecycle.removeAttachment(m_meeting.id, file.sha256);
    if (!removed) {
        showError(tr("The file was not removed"), removed.error().message);
        return false;
    }
    reloadOrSayWhy();
    emit attachmentsChanged();
    return true;
}

int AttachmentsDialog::currentRow() const
{
    const QModelIndex current = ui->filesView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AttachmentsDialog::updateButtons()
{
    const bool chosen = currentRow() >= 0;
    ui->openButton->setEnabled(chosen);
    ui->removeButton->setEnabled(chosen && !m_meeting.isLocked());
}

void AttachmentsDialog::showError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

void AttachmentsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace Bayon
