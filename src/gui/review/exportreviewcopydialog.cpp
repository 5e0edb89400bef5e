#include "exportreviewcopydialog.h"

#include "gui/widgets/enumnames.h"
#include "ui_exportreviewcopydialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <algorithm>

namespace Bayon {

namespace {
constexpr int idRole = Qt::UserRole + 1;
constexpr int statusRole = Qt::UserRole + 2;
} // namespace

ExportReviewCopyDialog::ExportReviewCopyDialog(const QList<MeetingSummary>& meetings,
    const QList<qint64>& ticked, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ExportReviewCopyDialog>())
{
    ui->setupUi(this);
    QDate first;
    QDate last;
    for (const MeetingSummary& meeting : meetings) {
        auto* item
            = new QListWidgetItem(tr("№ %1 · %2 · %3 · %4")
                                      .arg(meeting.number)
                                      .arg(meeting.date.toString(QStringLiteral("dd.MM.yyyy")),
                                          EnumNames::name(meeting.status), meeting.title),
                ui->meetingsList);
        item->setData(idRole, meeting.id);
        item->setData(statusRole, int(meeting.status));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(ticked.contains(meeting.id) ? Qt::Checked : Qt::Unchecked);
        if (meeting.date.isValid()) {
            first = first.isValid() ? std::min(first, meeting.date) : meeting.date;
            last = last.isValid() ? std::max(last, meeting.date) : meeting.date;
        }
    }
    ui->fromEdit->setDate(first.isValid() ? first : QDate::currentDate().addYears(-1));
    ui->toEdit->setDate(last.isValid() ? last : QDate::currentDate());
    ui->draftCheck->setText(EnumNames::name(MeetingStatus::Draft));
    ui->reviewCheck->setText(EnumNames::name(MeetingStatus::Review));
    ui->finalCheck->setText(EnumNames::name(MeetingStatus::Final));
    ui->signedCheck->setText(EnumNames::name(MeetingStatus::Signed));
    const ReviewCopyRequest defaults;
    ui->draftCheck->setChecked(defaults.statuses.contains(MeetingStatus::Draft));
    ui->reviewCheck->setChecked(defaults.statuses.contains(MeetingStatus::Review));
    ui->finalCheck->setChecked(defaults.statuses.contains(MeetingStatus::Final));
    ui->signedCheck->setChecked(defaults.statuses.contains(MeetingStatus::Signed));
    ui->fileEdit->setText(suggestedPath);

    connect(ui->chosenRadio, &QRadioButton::toggled, this, [this](bool chosen) {
        ui->meetingsList->setEnabled(chosen);
        ui->periodPanel->setEnabled(!chosen);
        updateOk();
    });
    ui->periodPanel->setEnabled(false);
    connect(ui->meetingsList, &QListWidget::itemChanged, this, &ExportReviewCopyDialog::updateOk);
    for (QCheckBox* box : {ui->draftCheck, ui->reviewCheck, ui->finalCheck, ui->signedCheck})
        connect(box, &QCheckBox::toggled, this, &ExportReviewCopyDialog::updateOk);
    connect(ui->fileEdit, &QLineEdit::textChanged, this, &ExportReviewCopyDialog::updateOk);
    connect(ui->browseButton, &QPushButton::clicked, this, &ExportReviewCopyDialog::browse);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    updateOk();
}

ExportReviewCopyDialog::~ExportReviewCopyDialog() = default;

ReviewCopyRequest ExportReviewCopyDialog::request() const
{
    ReviewCopyRequest request;
    if (ui->chosenRadio->isChecked()) {
        // The meetings are named; the copy says the statuses they have.
        request.statuses.clear();
        for (int row = 0; row < ui->meetingsList->count(); ++row) {
            const QListWidgetItem* item = ui->meetingsList->item(row);
            if (item->checkState() != Qt::Checked)
                continue;
            request.meetingIds.append(item->data(idRole).toLongLong());
            const auto status = MeetingStatus(item->data(statusRole).toInt());
            if (!request.statuses.contains(status))
                request.statuses.append(status);
        }
        std::sort(request.statuses.begin(), request.statuses.end());
        return request;
    }
    request.from = ui->fromEdit->date();
    request.to = ui->toEdit->date();
    request.statuses.clear();
    const std::pair<QCheckBox*, MeetingStatus> boxes[] {{ui->draftCheck, MeetingStatus::Draft},
        {ui->reviewCheck, MeetingStatus::Review}, {ui->finalCheck, MeetingStatus::Final},
        {ui->signedCheck, MeetingStatus::Signed}};
    for (const auto& [box, status] : boxes) {
        if (box->isChecked())
            request.statuses.append(status);
    }
    return request;
}

QString ExportReviewCopyDialog::path() const
{
    QString path = ui->fileEdit->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".bayon");
    return path;
}

void ExportReviewCopyDialog::setTicked(const QList<qint64>& ids)
{
    ui->chosenRadio->setChecked(true);
    for (int row = 0; row < ui->meetingsList->count(); ++row) {
        QListWidgetItem* item = ui->meetingsList->item(row);
        item->setCheckState(
            ids.contains(item->data(idRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ExportReviewCopyDialog::setPath(const QString& path)
{
    ui->fileEdit->setText(path);
}

void ExportReviewCopyDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Review copy"), ui->fileEdit->text(), tr("Bayon review copies (*.bayon)"));
    if (!chosen.isEmpty())
        ui->fileEdit->setText(chosen);
}

void ExportReviewCopyDialog::updateOk()
{
    const ReviewCopyRequest chosen = request();
    const bool something
        = ui->chosenRadio->isChecked() ? !chosen.meetingIds.isEmpty() : !chosen.statuses.isEmpty();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(something && !path().isEmpty());
}

} // namespace Bayon
