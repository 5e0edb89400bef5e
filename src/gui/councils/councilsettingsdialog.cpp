#include "councilsettingsdialog.h"

#include "domain/meetingfromcouncil.h"
#include "domain/quorum.h"
#include "gui/councils/councilmembermodel.h"
#include "gui/editor/models/personlistmodel.h"
#include "gui/editor/textbinding.h"
#include "gui/preview/previewwidget.h"
#include "gui/widgets/enumdelegate.h"
#include "gui/widgets/enumnames.h"
#include "gui/widgets/validationstyle.h"
#include "storage/councilrepository.h"
#include "text/apostrophes.h"
#include "text/personnames.h"
#include "ui_councilsettingsdialog.h"

#include <QAction>
#include <QBuffer>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

QString cleaned(const QString& text)
{
    return Apostrophes::normalize(text.simplified());
}

void setText(QComboBox* combo, const QString& text)
{
    if (combo->currentText() != text)
        combo->setEditText(text);
}

void selectData(QComboBox* combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

CouncilSettingsDialog::CouncilSettingsDialog(CouncilRepository& councils, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CouncilSettingsDialog>())
    , m_councils(councils)
    , m_members(new CouncilMemberModel(this))
    , m_persons(new PersonListModel(this))
{
    ui->setupUi(this);
    setWindowTitle(tr("Council settings") + u"[*]");
    ui->buttonBox->button(QDialogButtonBox::Save)
        ->setToolTip(
            tr("Store the body; its draft meetings take the template at once, final and signed "
               "ones keep theirs"));
    ui->splitter->setStretchFactor(0, 1);
    ui->splitter->setStretchFactor(1, 1);
    // The settings get a little more than half, the preview the rest: wide
    // enough to read the sample's lines.
    ui->splitter->setSizes({width() * 55 / 100, width() * 45 / 100});

    EnumNames::fill<ProtocolForm>(ui->defaultFormCombo);
    EnumNames::fill<QuorumKind>(ui->quorumCombo);
    EnumNames::fill<NumberingStyle>(ui->numberingCombo);
    EnumNames::fill<ResolutionNumbering>(ui->resolutionNumberingCombo);
    // The wordings councils use; any other can be typed.
    ui->titleLineCombo->addItems({u"YIGʻILISH BAYONI"_s, u"MAJLIS BAYONI"_s});
    ui->formulaCombo->addItems(
        {u"Kengash qaror qiladi:"_s, u"QAROR QILINDI:"_s, u"Komissiya qaror qiladi:"_s});
    ui->chairTitleCombo->addItems(
        {u"Kengash raisi"_s, u"Rais"_s, u"Kuzatuv kengashi raisi"_s, u"Raislik qiluvchi"_s});
    ui->secretaryTitleCombo->addItems(
        {u"Kengash kotibi"_s, u"Kotib"_s, u"Kuzatuv kengashi kotibi"_s});

    // Typing ' and ` gives ʻ and ʼ here as in the editor.
    for (QLineEdit* edit : {ui->fullNameEdit, ui->organisationEdit, ui->shortNameEdit, ui->cityEdit,
             ui->membersLabelEdit, ui->approvalPositionEdit, ui->approvalNameEdit,
             ui->titleLineCombo->lineEdit(), ui->formulaCombo->lineEdit(),
             ui->chairTitleCombo->lineEdit(), ui->secretaryTitleCombo->lineEdit(),
             ui->addMemberEdit})
        new TextBinding(edit, this);

    ui->membersView->setModel(m_members);
    ui->membersView->setItemDelegateForColumn(CouncilMemberModel::RoleColumn,
        new EnumDelegate(EnumDelegate::choicesOf<CouncilRole>(), this));
    ui->membersView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui->membersView->horizontalHeader()->setStretchLastSection(true);
    ui->membersView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto* removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, this, &CouncilSettingsDialog::removeMember);
    ui->membersView->addAction(removeKey);

    auto* completer = new QCompleter(m_persons, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setModelSorting(QCompleter::UnsortedModel);
    ui->addMemberEdit->setCompleter(completer);

    for (QLineEdit* edit : {ui->fullNameEdit, ui->organisationEdit, ui->shortNameEdit, ui->cityEdit,
             ui->membersLabelEdit, ui->approvalPositionEdit, ui->approvalNameEdit})
        connect(edit, &QLineEdit::textChanged, this, &CouncilSettingsDialog::readWidgets);
    for (QComboBox* combo :
        {ui->titleLineCombo, ui->formulaCombo, ui->chairTitleCombo, ui->secretaryTitleCombo})
        connect(combo, &QComboBox::editTextChanged, this, &CouncilSettingsDialog::readWidgets);
    for (QComboBox* combo :
        {ui->defaultFormCombo, ui->quorumCombo, ui->numberingCombo, ui->resolutionNumberingCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CouncilSettingsDialog::readWidgets);
    for (QSpinBox* spin : {ui->fixedCountSpin, ui->thresholdSpin})
        connect(spin, &QSpinBox::valueChanged, this, &CouncilSettingsDialog::readWidgets);
    connect(ui->sealCheck, &QCheckBox::toggled, this, &CouncilSettingsDialog::readWidgets);
    connect(ui->approvalGroup, &QGroupBox::toggled, this, &CouncilSettingsDialog::readWidgets);
    connect(ui->thresholdCheck, &QCheckBox::toggled, this, [this](bool on) {
        // Ticking the box offers a usual threshold rather than a nonsensical 0.
        if (on && !m_updating && ui->thresholdSpin->value() < 1) {
            const QSignalBlocker blocker(ui->thresholdSpin);
            ui->thresholdSpin->setValue(10);
        }
        readWidgets();
    });
    connect(m_members, &QAbstractItemModel::dataChanged, this, &CouncilSettingsDialog::readWidgets);
    connect(
        m_members, &QAbstractItemModel::rowsInserted, this, &CouncilSettingsDialog::readWidgets);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, &CouncilSettingsDialog::readWidgets);

    connect(ui->bodyCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = ui->bodyCombo->itemData(index).toLongLong();
        if (id == 0 || !selectCouncil(id)) {
            // Stayed: the combo shows the body still being edited.
            const QSignalBlocker blocker(ui->bodyCombo);
            ui->bodyCombo->setCurrentIndex(ui->bodyCombo->findData(m_council.id));
        }
    });
    connect(ui->addBodyButton, &QPushButton::clicked, this, &CouncilSettingsDialog::addCouncil);
    connect(ui->addMemberEdit, &QLineEdit::returnPressed, this, &CouncilSettingsDialog::addMember);
    connect(ui->addMemberButton, &QPushButton::clicked, this, &CouncilSettingsDialog::addMember);
    connect(
        ui->removeMemberButton, &QPushButton::clicked, this, &CouncilSettingsDialog::removeMember);
    connect(
        ui->chooseEmblemButton, &QPushButton::clicked, this, &CouncilSettingsDialog::chooseEmblem);
    connect(ui->removeEmblemButton, &QPushButton::clicked, this, [this] {
        m_council.emblem.clear();
        refreshEmblem();
        refresh();
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CouncilSettingsDialog::accept);

    reloadList(0);
    if (ui->bodyCombo->count() > 0)
        selectCouncil(ui->bodyCombo->itemData(0).toLongLong());
    else
        addCouncil();
}

CouncilSettingsDialog::~CouncilSettingsDialog() = default;

PreviewWidget* CouncilSettingsDialog::preview() const
{
    return ui->preview;
}

QString CouncilSettingsDialog::itemText(const QString& shortName, const QString& fullName)
{
    if (fullName.isEmpty())
        return shortName.isEmpty() ? tr("New body") : shortName;
    return shortName.isEmpty() || shortName == fullName ? fullName : shortName + u" — " + fullName;
}

void CouncilSettingsDialog::reloadList(qint64 select)
{
    const QSignalBlocker blocker(ui->bodyCombo);
    ui->bodyCombo->clear();
    const auto listed = m_councils.list();
    if (!listed) {
        ui->problemLabel->setText(listed.error().message);
        return;
    }
    for (const CouncilSummary& summary : *listed)
        ui->bodyCombo->addItem(itemText(summary.shortName, summary.fullName), summary.id);
    if (select > 0)
        ui->bodyCombo->setCurrentIndex(std::max(0, ui->bodyCombo->findData(select)));
}

void CouncilSettingsDialog::setOpenMeeting(const Meeting& meeting)
{
    m_openMeeting = meeting;
    if (meeting.councilId > 0 && meeting.councilId != m_council.id
        && ui->bodyCombo->findData(meeting.councilId) >= 0)
        selectCouncil(meeting.councilId);
    else
        refresh();
}

void CouncilSettingsDialog::setPersons(const QList<Person>& persons)
{
    m_persons->setPersons(persons);
}

bool CouncilSettingsDialog::isModified() const
{
    return !(m_council == m_stored);
}

bool CouncilSettingsDialog::selectCouncil(qint64 id)
{
    if (id > 0 && id == m_council.id)
        return true;
    if (!settleChanges())
        return false;
    const auto loaded = m_councils.load(id);
    if (!loaded) {
        QMessageBox::warning(this, tr("The body cannot be shown"), loaded.error().message);
        return false;
    }
    const auto next = m_councils.newMeeting(id, QDate::currentDate());
    m_next = next ? *next : MeetingFromCouncil::create(*loaded, QDate::currentDate(), 0);
    // A new body left unsaved goes from the list.
    reloadList(id);
    m_stored = *loaded;
    showCouncil(*loaded);
    return true;
}

bool CouncilSettingsDialog::addCouncil()
{
    if (!settleChanges())
        return false;
    Council fresh;
    m_next = MeetingFromCouncil::create(fresh, QDate::currentDate(), 1);
    reloadList(0);
    {
        const QSignalBlocker blocker(ui->bodyCombo);
        ui->bodyCombo->addItem(itemText({}, {}), qint64(0));
        ui->bodyCombo->setCurrentIndex(ui->bodyCombo->count() - 1);
    }
    m_stored = fresh;
    showCouncil(fresh);
    ui->tabs->setCurrentWidget(ui->bodyTab);
    ui->fullNameEdit->setFocus();
    return true;
}

void CouncilSettingsDialog::showCouncil(const Council& council)
{
    m_updating = true;
    m_council = council;
    const ProtocolTemplate& t = council.protocolTemplate;
    ui->fullNameEdit->setText(council.fullName);
    ui->organisationEdit->setText(council.organisation);
    ui->shortNameEdit->setText(council.shortName);
    ui->cityEdit->setText(council.city);
    selectData(ui->defaultFormCombo, int(council.defaultForm));
    m_members->setMembers(council.members);
    ui->membersView->resizeColumnsToContents();
    // Long names and positions go to their tooltip rather than push the term out of sight.
    const int widest = fontMetrics().averageCharWidth() * 22;
    for (int column = 0; column < CouncilMemberModel::ColumnCount; ++column) {
        if (ui->membersView->columnWidth(column) > widest)
            ui->membersView->setColumnWidth(column, widest);
    }
    selectData(ui->quorumCombo, int(t.quorum.kind));
    ui->fixedCountSpin->setValue(t.quorum.fixedCount);
    setText(ui->titleLineCombo, t.titleLine);
    setText(ui->formulaCombo, t.resolutionFormula);
    setText(ui->chairTitleCombo, t.chairTitle);
    setText(ui->secretaryTitleCombo, t.secretaryTitle);
    ui->membersLabelEdit->setText(t.membersLabel);
    selectData(ui->numberingCombo, int(t.numbering));
    selectData(ui->resolutionNumberingCombo, int(t.resolutionNumbering));
    ui->thresholdCheck->setChecked(t.attendeeListThreshold > 0);
    ui->thresholdSpin->setValue(t.attendeeListThreshold);
    ui->sealCheck->setChecked(t.sealMark);
    ui->approvalGroup->setChecked(t.approval.enabled);
    ui->approvalPositionEdit->setText(t.approval.position);
    ui->approvalNameEdit->setText(t.approval.name);
    m_updating = false;
    refreshEmblem();
    refresh();
}

void CouncilSettingsDialog::readWidgets()
{
    if (m_updating)
        return;
    Council& c = m_council;
    c.fullName = cleaned(ui->fullNameEdit->text());
    c.organisation = cleaned(ui->organisationEdit->text());
    c.shortName = cleaned(ui->shortNameEdit->text());
    c.city = cleaned(ui->cityEdit->text());
    c.defaultForm = ProtocolForm(ui->defaultFormCombo->currentData().toInt());
    c.members = m_members->members();
    ProtocolTemplate& t = c.protocolTemplate;
    t.titleLine = cleaned(ui->titleLineCombo->currentText());
    t.resolutionFormula = cleaned(ui->formulaCombo->currentText());
    t.chairTitle = cleaned(ui->chairTitleCombo->currentText());
    t.secretaryTitle = cleaned(ui->secretaryTitleCombo->currentText());
    t.membersLabel = cleaned(ui->membersLabelEdit->text());
    t.numbering = NumberingStyle(ui->numberingCombo->currentData().toInt());
    t.resolutionNumbering
        = ResolutionNumbering(ui->resolutionNumberingCombo->currentData().toInt());
    t.attendeeListThreshold = ui->thresholdCheck->isChecked() ? ui->thresholdSpin->value() : 0;
    t.sealMark = ui->sealCheck->isChecked();
    t.approval.enabled = ui->approvalGroup->isChecked();
    t.approval.position = cleaned(ui->approvalPositionEdit->text());
    t.approval.name = cleaned(ui->approvalNameEdit->text());
    t.quorum.kind = QuorumKind(ui->quorumCombo->currentData().toInt());
    t.quorum.fixedCount = t.quorum.kind == QuorumKind::Fixed ? ui->fixedCountSpin->value() : 0;
    refresh();
}

std::optional<CouncilSettingsDialog::Problem> CouncilSettingsDialog::findProblem() const
{
    const Council& c = m_council;
    if (c.fullName.isEmpty())
        return Problem {tr("The body needs its full name, as the protocol's header prints it."),
            ui->fullNameEdit};
    for (const CouncilMember& member : c.members) {
        const QString message = CouncilMemberModel::problemOf(member);
        if (!message.isEmpty())
            return Problem {message, ui->membersView};
    }
    const ProtocolTemplate& t = c.protocolTemplate;
    if (ui->thresholdCheck->isChecked() && t.attendeeListThreshold < 1)
        return Problem {tr("The attendee-list threshold must be at least 1. To name every "
                           "attendee in the text, untick the box instead."),
            ui->thresholdSpin};
    if (t.quorum.kind == QuorumKind::Fixed) {
        const int serving = int(c.membersOn(QDate::currentDate()).size());
        if (t.quorum.fixedCount < 1)
            return Problem {tr("A fixed quorum must be at least 1 member."), ui->fixedCountSpin};
        if (t.quorum.fixedCount > serving)
            return Problem {tr("The fixed quorum (%1) is more than the %n member(s) serving today: "
                               "no meeting could ever reach it.",
                                nullptr, serving)
                                .arg(t.quorum.fixedCount),
                ui->fixedCountSpin};
    }
    if (t.approval.enabled && t.approval.name.isEmpty() && t.approval.position.isEmpty())
        return Problem {tr("The approval block needs the position and name of who approves, "
                           "or untick it."),
            ui->approvalPositionEdit};
    return std::nullopt;
}

QString CouncilSettingsDialog::problem() const
{
    const auto found = findProblem();
    return found ? found->message : QString();
}

Meeting CouncilSettingsDialog::sampleMeeting() const
{
    if (m_openMeeting && m_council.id > 0 && m_openMeeting->councilId == m_council.id
        && !m_openMeeting->isLocked()) {
        // What saving does to the open draft: its template (and the body's emblem) change,
        // nothing else.
        Meeting meeting = *m_openMeeting;
        meeting.protocolTemplate = m_council.protocolTemplate;
        meeting.emblem = m_council.emblem;
        return meeting;
    }
    return MeetingFromCouncil::create(m_council, m_next.date, m_next.number);
}

void CouncilSettingsDialog::refresh()
{
    ui->fixedCountSpin->setEnabled(m_council.protocolTemplate.quorum.kind == QuorumKind::Fixed);
    ui->fixedCountLabel->setEnabled(ui->fixedCountSpin->isEnabled());
    ui->thresholdSpin->setEnabled(ui->thresholdCheck->isChecked());
    ui->removeMemberButton->setEnabled(m_members->rowCount() > 0);
    ui->removeEmblemButton->setEnabled(!m_council.emblem.isEmpty());
    refreshQuorumNote();

    const int current = ui->bodyCombo->currentIndex();
    if (current >= 0) {
        const QString text = itemText(m_council.shortName, m_council.fullName);
        if (ui->bodyCombo->itemText(current) != text)
            ui->bodyCombo->setItemText(current, text);
    }

    const auto found = findProblem();
    ui->problemLabel->setText(found ? found->message : QString());
    ValidationStyle::mark(ui->fullNameEdit,
        m_council.fullName.isEmpty() ? tr("The body needs its full name.") : QString());
    ValidationStyle::mark(
        ui->thresholdSpin, found && found->field == ui->thresholdSpin ? found->message : QString());
    ValidationStyle::mark(ui->fixedCountSpin,
        found && found->field == ui->fixedCountSpin ? found->message : QString());
    setWindowModified(isModified());

    const Meeting sample = sampleMeeting();
    const QString date = sample.date.toString(u"dd.MM.yyyy"_s);
    if (m_openMeeting && sample.id != 0 && sample.id == m_openMeeting->id)
        ui->previewLabel->setText(
            tr("&Preview: meeting № %1 of %2, open in the editor, with the template as edited")
                .arg(sample.number)
                .arg(date));
    else if (m_openMeeting && m_openMeeting->councilId == m_council.id && m_council.id > 0)
        ui->previewLabel->setText(
            tr("&Preview: the body's next meeting, № %1 of %2. The meeting open in the editor "
               "is %3: it keeps the template it was finalised with.")
                .arg(sample.number)
                .arg(date, EnumNames::name(m_openMeeting->status).toLower()));
    else
        ui->previewLabel->setText(
            tr("&Preview: the body's next meeting, № %1 of %2 (no agenda yet)")
                .arg(sample.number)
                .arg(date));
    ui->preview->setMeeting(sample);
}

void CouncilSettingsDialog::refreshQuorumNote()
{
    const int serving = int(m_council.membersOn(QDate::currentDate()).size());
    const QuorumRule& rule = m_council.protocolTemplate.quorum;
    if (serving == 0) {
        ui->quorumNote->setText(tr("No member serves today: add the members above."));
        return;
    }
    ui->quorumNote->setText(
        tr("Of the %n member(s) serving today, %1 present make a quorum.", nullptr, serving)
            .arg(Quorum::requiredFor(rule, serving)));
}

void CouncilSettingsDialog::refreshEmblem()
{
    QPixmap pixmap;
    if (!m_council.emblem.isEmpty() && pixmap.loadFromData(m_council.emblem)) {
        const QSize box = ui->emblemView->contentsRect().size() - QSize(8, 8);
        ui->emblemView->setPixmap(
            pixmap.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        ui->emblemView->setAccessibleDescription(
            tr("%1 × %2 pixels").arg(pixmap.width()).arg(pixmap.height()));
    } else {
        ui->emblemView->setPixmap({});
        ui->emblemView->setText(tr("No emblem"));
        ui->emblemView->setAccessibleDescription(tr("No emblem"));
    }
    ui->removeEmblemButton->setEnabled(!m_council.emblem.isEmpty());
}

Status CouncilSettingsDialog::setEmblemFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    const QImage image = reader.read();
    if (image.isNull())
        return Error::invalid(tr("%1 is not an image Bayon can read (%2).")
                                  .arg(QDir::toNativeSeparators(path), reader.errorString()));
    // The printed protocol embeds PNG or JPEG; anything else is stored as PNG.
    if (format != "png" && format != "jpeg" && format != "jpg") {
        QByteArray png;
        QBuffer out(&png);
        out.open(QIODevice::WriteOnly);
        if (!image.save(&out, "PNG"))
            return Error::failed(tr("%1 could not be turned into PNG.").arg(path));
        bytes = png;
    }
    m_council.emblem = bytes;
    refreshEmblem();
    refresh();
    return {};
}

void CouncilSettingsDialog::chooseEmblem()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the emblem"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status taken = setEmblemFromFile(path);
    if (!taken)
        QMessageBox::warning(this, tr("The emblem was not taken"), taken.error().message);
}

void CouncilSettingsDialog::addMember()
{
    const QString name = cleaned(ui->addMemberEdit->text());
    if (name.isEmpty()) {
        ui->addMemberEdit->setFocus();
        return;
    }
    CouncilMember member;
    if (const Person* known = m_persons->find(name)) {
        member.person = *known;
    } else {
        member.person.fullName = name;
        member.person.shortName = PersonNames::shortForm(name);
    }
    member.termFrom = QDate::currentDate();
    const int row = m_members->rowCount();
    m_members->insertMember(row, member);
    ui->addMemberEdit->clear();
    ui->membersView->setCurrentIndex(m_members->index(row, CouncilMemberModel::PositionColumn));
    ui->membersView->scrollTo(ui->membersView->currentIndex());
}

void CouncilSettingsDialog::removeMember()
{
    const QModelIndex current = ui->membersView->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    m_members->removeMember(row);
    if (m_members->rowCount() > 0)
        ui->membersView->setCurrentIndex(
            m_members->index(std::min(row, m_members->rowCount() - 1), current.column()));
}

bool CouncilSettingsDialog::settleChanges()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved settings"),
        tr("Save the changes to %1?")
            .arg(m_council.fullName.isEmpty() ? tr("the new body") : m_council.fullName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool CouncilSettingsDialog::save()
{
    readWidgets();
    if (const auto found = findProblem()) {
        ui->problemLabel->setText(found->message);
        if (ui->tabs->isAncestorOf(found->field)) {
            for (int i = 0; i < ui->tabs->count(); ++i) {
                if (ui->tabs->widget(i)->isAncestorOf(found->field))
                    ui->tabs->setCurrentIndex(i);
            }
        }
        QMessageBox box(QMessageBox::Warning, tr("The settings were not saved"), found->message,
            QMessageBox::Ok, this);
        box.setObjectName(u"problemBox"_s);
        box.exec();
        found->field->setFocus();
        return false;
    }
    const auto stored = m_councils.save(m_council);
    if (!stored) {
        QMessageBox box(QMessageBox::Warning, tr("The settings were not saved"),
            stored.error().message, QMessageBox::Ok, this);
        box.setObjectName(u"problemBox"_s);
        box.exec();
        return false;
    }
    const bool wasNew = m_council.id == 0;
    m_council = *stored;
    m_stored = *stored;
    if (wasNew) {
        const auto next = m_councils.newMeeting(stored->id, QDate::currentDate());
        if (next)
            m_next = *next;
    }
    reloadList(stored->id);
    emit saved(*stored);
    refresh();
    return true;
}

void CouncilSettingsDialog::accept()
{
    if (m_council.id > 0 && !isModified()) {
        QDialog::accept();
        return;
    }
    if (save())
        QDialog::accept();
}

} // namespace Bayon
