#include "meetingpage.h"

#include "domain/partpath.h"
#include "gui/editing/addremoveattendeecommand.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editor/models/attendancemodel.h"
#include "gui/editor/models/personlistmodel.h"
#include "gui/editor/textbinding.h"
#include "gui/widgets/enumdelegate.h"
#include "gui/widgets/enumnames.h"
#include "gui/widgets/undoshortcutfilter.h"
#include "gui/widgets/validationstyle.h"
#include "storage/personrepository.h"
#include "text/personnames.h"
#include "ui_meetingpage.h"

#include <QApplication>
#include <QCompleter>
#include <QHeaderView>

namespace Bayon {

namespace {
const QDate noDate(2000, 1, 1);
} // namespace

MeetingPage::MeetingPage(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::MeetingPage>())
    , m_attendance(new AttendanceModel(this))
    , m_directory(new PersonListModel(this))
{
    ui->setupUi(this);
    EnumNames::fill<MeetingForm>(ui->formCombo);
    EnumNames::fill<ProtocolForm>(ui->protocolFormCombo);
    EnumNames::fill<MeetingStatus>(ui->statusCombo);
    // The earliest date stands for "no date yet": the field then shows "—".
    ui->dateEdit->setMinimumDate(noDate);
    ui->dateEdit->setSpecialValueText(QStringLiteral("—"));
    // Midnight stands for "no end time": nothing is printed then.
    ui->endTimeEdit->setMinimumTime(QTime(0, 0));
    ui->endTimeEdit->setSpecialValueText(QStringLiteral("—"));
    // About three lines: the notice is printed in full as an appendix.
    ui->notificationEdit->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);

    ui->attendanceView->setModel(m_attendance);
    ui->attendanceView->setItemDelegateForColumn(AttendanceModel::RoleColumn,
        new EnumDelegate(EnumDelegate::choicesOf<AttendanceRole>(), this));
    ui->attendanceView->setItemDelegateForColumn(AttendanceModel::PresenceColumn,
        new EnumDelegate(EnumDelegate::choicesOf<Presence>(), this));
    ui->attendanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui->attendanceView->horizontalHeader()->setStretchLastSection(true);
    ui->attendanceView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    auto* completer = new QCompleter(m_directory, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setModelSorting(QCompleter::UnsortedModel); // the directory's Uzbek order
    ui->addPersonEdit->setCompleter(completer);

    m_council = new TextBinding(ui->councilEdit, this);
    m_place = new TextBinding(ui->placeEdit, this);
    connect(m_council, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        pushHeader(
            ChangeHeaderCommand::Field::Council, [&](MeetingHeader& h) { h.councilName = text; },
            kind);
    });
    connect(m_place, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        pushHeader(
            ChangeHeaderCommand::Field::Place, [&](MeetingHeader& h) { h.place = text; }, kind);
    });
    m_convenedBy = new TextBinding(ui->convenedByEdit, this);
    m_basis = new TextBinding(ui->basisEdit, this);
    m_notification = new TextBinding(ui->notificationEdit, this);
    connect(m_convenedBy, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        pushHeader(
            ChangeHeaderCommand::Field::ConvenedBy, [&](MeetingHeader& h) { h.convenedBy = text; },
            kind);
    });
    connect(m_basis, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        pushHeader(
            ChangeHeaderCommand::Field::Basis, [&](MeetingHeader& h) { h.basis = text; }, kind);
    });
    connect(m_notification, &TextBinding::edited, this, [this](const QString& text, EditKind kind) {
        pushHeader(
            ChangeHeaderCommand::Field::Notification,
            [&](MeetingHeader& h) { h.notification = text; }, kind);
    });
    connect(ui->endTimeEdit, &QTimeEdit::timeChanged, this, [this](QTime time) {
        pushHeader(
            ChangeHeaderCommand::Field::EndTime,
            [&](MeetingHeader& h) { h.endTime = time == QTime(0, 0) ? QTime() : time; },
            EditKind::Typing);
    });
    connect(ui->memberCountSpin, &QSpinBox::valueChanged, this, [this](int value) {
        pushHeader(
            ChangeHeaderCommand::Field::MemberCount,
            [&](MeetingHeader& h) { h.memberCount = value; }, EditKind::Typing);
    });
    connect(ui->numberSpin, &QSpinBox::valueChanged, this, [this](int value) {
        pushHeader(
            ChangeHeaderCommand::Field::Number, [&](MeetingHeader& h) { h.number = value; },
            EditKind::Typing);
    });
    connect(ui->dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        pushHeader(
            ChangeHeaderCommand::Field::Date,
            [&](MeetingHeader& h) { h.date = date == noDate ? QDate() : date; }, EditKind::Typing);
    });
    connect(ui->timeEdit, &QTimeEdit::timeChanged, this, [this](QTime time) {
        pushHeader(
            ChangeHeaderCommand::Field::Time, [&](MeetingHeader& h) { h.startTime = time; },
            EditKind::Typing);
    });
    connect(ui->formCombo, &QComboBox::activated, this, [this] {
        const auto form = MeetingForm(ui->formCombo->currentData().toInt());
        pushHeader(
            ChangeHeaderCommand::Field::Form, [&](MeetingHeader& h) { h.form = form; },
            EditKind::Single);
    });
    connect(ui->protocolFormCombo, &QComboBox::activated, this, [this] {
        const auto form = ProtocolForm(ui->protocolFormCombo->currentData().toInt());
        pushHeader(
            ChangeHeaderCommand::Field::ProtocolForm,
            [&](MeetingHeader& h) { h.protocolForm = form; }, EditKind::Single);
    });
    connect(ui->statusCombo, &QComboBox::activated, this, [this] {
        const auto status = MeetingStatus(ui->statusCombo->currentData().toInt());
        // The combo shows the stored status until the change is carried out.
        refreshHeader();
        if (m_document && status != m_document->meeting().status)
            emit statusChangeRequested(status);
    });
    const auto personChosen = [this](QComboBox* combo, ChangeHeaderCommand::Field field) {
        const int index = combo->currentIndex();
        const QList<Person> persons = attendeePersons();
        const Person chosen
            = index > 0 && index - 1 < persons.size() ? persons.at(index - 1) : Person {};
        pushHeader(
            field,
            [&](MeetingHeader& h) {
                (field == ChangeHeaderCommand::Field::Chair ? h.chair : h.secretary) = chosen;
            },
            EditKind::Single);
    };
    connect(ui->chairCombo, &QComboBox::activated, this,
        [=, this] { personChosen(ui->chairCombo, ChangeHeaderCommand::Field::Chair); });
    connect(ui->secretaryCombo, &QComboBox::activated, this,
        [=, this] { personChosen(ui->secretaryCombo, ChangeHeaderCommand::Field::Secretary); });

    connect(ui->addPersonEdit, &QLineEdit::returnPressed, this, &MeetingPage::addAttendee);
    connect(ui->addAttendeeButton, &QPushButton::clicked, this, &MeetingPage::addAttendee);
    connect(ui->removeAttendeeButton, &QPushButton::clicked, this, &MeetingPage::removeAttendee);
    connect(ui->attendanceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                emit partFocused(PartPath::attendance(current.row() + 1).toString());
        });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && isAncestorOf(now) && now != ui->attendanceView)
            emit partFocused(PartPath::meeting().toString());
    });
    setEnabled(false);
}

MeetingPage::~MeetingPage() = default;

void MeetingPage::setUndoFilter(UndoShortcutFilter* filter)
{
    for (QWidget* field :
        {static_cast<QWidget*>(ui->councilEdit), static_cast<QWidget*>(ui->placeEdit),
            static_cast<QWidget*>(ui->numberSpin), static_cast<QWidget*>(ui->dateEdit),
            static_cast<QWidget*>(ui->timeEdit), static_cast<QWidget*>(ui->addPersonEdit),
            static_cast<QWidget*>(ui->endTimeEdit), static_cast<QWidget*>(ui->convenedByEdit),
            static_cast<QWidget*>(ui->basisEdit), static_cast<QWidget*>(ui->notificationEdit),
            static_cast<QWidget*>(ui->memberCountSpin)})
        filter->watch(field);
}

void MeetingPage::setPersonDirectory(PersonRepository* persons)
{
    m_persons = persons;
    reloadDirectory();
}

void MeetingPage::reloadDirectory()
{
    if (!m_persons) {
        m_directory->setPersons({});
        return;
    }
    auto listed = m_persons->list();
    if (listed)
        m_directory->setPersons(std::move(listed).value());
    else
        emit message(listed.error().message);
}

void MeetingPage::setDocument(MeetingDocument* document)
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_attendance->setDocument(document);
    setEnabled(document != nullptr);
    if (!document)
        return;
    m_connections << connect(
        document, &MeetingDocument::headerChanged, this, &MeetingPage::refreshHeader);
    m_connections << connect(
        document, &MeetingDocument::readOnlyChanged, this, &MeetingPage::refreshReadOnly);
    m_connections << connect(document, &MeetingDocument::changed, this, [this] {
        refreshPersonCombos();
        refreshValidation();
    });
    ui->attendanceView->resizeColumnsToContents();
    // Long positions and organisations wrap into their tooltip rather than push
    // role and presence out of sight.
    const int widest = fontMetrics().averageCharWidth() * 32;
    for (const int column :
        {int(AttendanceModel::PositionColumn), int(AttendanceModel::OrganisationColumn)}) {
        if (ui->attendanceView->columnWidth(column) > widest)
            ui->attendanceView->setColumnWidth(column, widest);
    }
    refreshHeader();
    refreshReadOnly();
}

void MeetingPage::pushHeader(ChangeHeaderCommand::Field field,
    const std::function<void(MeetingHeader&)>& change, EditKind kind)
{
    if (m_updating || !m_document)
        return;
    MeetingHeader header = m_document->header();
    change(header);
    if (header == m_document->header())
        return;
    m_document->push(new ChangeHeaderCommand(m_document, field, header, kind));
    // A refused edit (read-only) must not stay on screen.
    if (!(m_document->header() == header))
        refreshHeader();
}

QList<Person> MeetingPage::attendeePersons() const
{
    QList<Person> persons;
    if (!m_document)
        return persons;
    for (const Attendance& a : m_document->meeting().attendance) {
        if (!a.person.isEmpty())
            persons.append(a.person);
    }
    return persons;
}

void MeetingPage::refreshHeader()
{
    if (!m_document)
        return;
    m_updating = true;
    const Meeting& m = m_document->meeting();
    m_council->setValue(m.councilName);
    m_place->setValue(m.place);
    if (ui->numberSpin->value() != m.number)
        ui->numberSpin->setValue(m.number);
    const QDate shownDate = m.date.isValid() ? m.date : noDate;
    if (ui->dateEdit->date() != shownDate)
        ui->dateEdit->setDate(shownDate);
    if (ui->timeEdit->time() != m.startTime)
        ui->timeEdit->setTime(m.startTime.isValid() ? m.startTime : QTime(0, 0));
    const QTime shownEnd = m.endTime.isValid() ? m.endTime : QTime(0, 0);
    if (ui->endTimeEdit->time() != shownEnd)
        ui->endTimeEdit->setTime(shownEnd);
    m_convenedBy->setValue(m.convenedBy);
    m_basis->setValue(m.basis);
    m_notification->setValue(m.notification);
    if (ui->memberCountSpin->value() != m.memberCount)
        ui->memberCountSpin->setValue(m.memberCount);
    ui->formCombo->setCurrentIndex(ui->formCombo->findData(int(m.form)));
    ui->protocolFormCombo->setCurrentIndex(ui->protocolFormCombo->findData(int(m.protocolForm)));
    ui->statusCombo->setCurrentIndex(ui->statusCombo->findData(int(m.status)));
    m_updating = false;
    refreshPersonCombos();
    refreshValidation();
}

void MeetingPage::refreshPersonCombos()
{
    if (!m_document)
        return;
    m_updating = true;
    const QList<Person> persons = attendeePersons();
    const Meeting& m = m_document->meeting();
    for (auto [combo, chosen] :
        {std::pair {ui->chairCombo, m.chair}, std::pair {ui->secretaryCombo, m.secretary}}) {
        QStringList names {tr("(nobody)")};
        int current = 0;
        for (int i = 0; i < persons.size(); ++i) {
            names.append(persons.at(i).printedName());
            if (current == 0 && !chosen.isEmpty() && persons.at(i).fullName == chosen.fullName
                && persons.at(i).shortName == chosen.shortName)
                current = i + 1;
        }
        if (current == 0 && !chosen.isEmpty()) {
            // Chosen earlier, no longer among the attendees: still shown as it stands.
            names.append(chosen.printedName());
            current = int(names.size()) - 1;
        }
        QStringList existing;
        for (int i = 0; i < combo->count(); ++i)
            existing.append(combo->itemText(i));
        if (existing != names) {
            combo->clear();
            combo->addItems(names);
        }
        combo->setCurrentIndex(current);
    }
    m_updating = false;
}

void MeetingPage::refreshReadOnly()
{
    const bool readOnly = !m_document || m_document->isReadOnly();
    m_council->setReadOnly(readOnly);
    m_place->setReadOnly(readOnly);
    ui->numberSpin->setReadOnly(readOnly);
    ui->dateEdit->setReadOnly(readOnly);
    ui->timeEdit->setReadOnly(readOnly);
    ui->endTimeEdit->setReadOnly(readOnly);
    m_convenedBy->setReadOnly(readOnly);
    m_basis->setReadOnly(readOnly);
    m_notification->setReadOnly(readOnly);
    ui->memberCountSpin->setReadOnly(readOnly);
    ui->formCombo->setEnabled(!readOnly);
    ui->protocolFormCombo->setEnabled(!readOnly);
    // A locked meeting changes status too (final → signed; reopening asks for a reason).
    // A review copy changes nothing, its status included.
    ui->statusCombo->setEnabled(m_document != nullptr && !m_document->isReviewCopy());
    ui->chairCombo->setEnabled(!readOnly);
    ui->secretaryCombo->setEnabled(!readOnly);
    ui->addPersonEdit->setReadOnly(readOnly);
    ui->addAttendeeButton->setEnabled(!readOnly);
    ui->removeAttendeeButton->setEnabled(!readOnly);
    ui->attendanceView->setEditTriggers(readOnly
            ? QAbstractItemView::NoEditTriggers
            : QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
}

void MeetingPage::refreshValidation()
{
    if (!m_document)
        return;
    const QString meeting = PartPath::meeting().toString();
    ValidationStyle::mark(ui->councilEdit, m_document->issue(meeting, QStringLiteral("council")));
    ValidationStyle::mark(ui->dateEdit, m_document->issue(meeting, QStringLiteral("date")));
    ValidationStyle::mark(ui->numberSpin, m_document->issue(meeting, QStringLiteral("number")));
    refreshQuorum();
}

void MeetingPage::refreshQuorum()
{
    const Meeting& m = m_document->meeting();
    const QString quorum = QStringLiteral("quorum");
    const QString warning = m_document->issue(PartPath::meeting().toString(), quorum);
    QString text;
    // As the protocol prints it; a meeting of no body, in the narrative form,
    // prints a quorum line only once the members' count is given.
    if (m.hasQuorumRule())
        text = m.quorum().sentence(m.protocolTemplate.membersLabel);
    else
        text = tr("No quorum line is printed: give the body's members' count above to print one.");
    if (!warning.isEmpty())
        text += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
    ui->quorumLabel->setText(text);
    if (m_document->issueIsWarning(PartPath::meeting().toString(), quorum))
        ValidationStyle::markWarning(ui->quorumLabel, warning);
    else
        ValidationStyle::mark(ui->quorumLabel, warning);
}

void MeetingPage::addAttendee()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString name = ui->addPersonEdit->text().simplified();
    if (name.isEmpty())
        return;
    Person person;
    if (const Person* known = m_directory->find(name)) {
        person = *known;
    } else {
        person.fullName = name;
        person.shortName = PersonNames::shortForm(name);
        if (m_persons) {
            const auto saved = m_persons->save(person);
            if (saved) {
                person = *saved;
                reloadDirectory();
            } else {
                emit message(tr("The person was added to the meeting but not to the directory: %1")
                                 .arg(saved.error().message));
            }
        }
    }
    Attendance attendee;
    attendee.person = person;
    const int row = int(m_document->meeting().attendance.size());
    m_document->push(new AddRemoveAttendeeCommand(m_document, ListAction::Add, row, attendee));
    ui->addPersonEdit->clear();
    ui->attendanceView->setCurrentIndex(m_attendance->index(row, AttendanceModel::PositionColumn));
}

void MeetingPage::removeAttendee()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QModelIndex current = ui->attendanceView->currentIndex();
    if (!current.isValid())
        return;
    m_document->push(new AddRemoveAttendeeCommand(m_document, ListAction::Remove, current.row()));
}

void MeetingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_updating = true;
        EnumNames::fill<MeetingForm>(ui->formCombo);
        EnumNames::fill<ProtocolForm>(ui->protocolFormCombo);
        EnumNames::fill<MeetingStatus>(ui->statusCombo);
        m_updating = false;
        m_attendance->retranslate();
        refreshHeader();
    }
    QWidget::changeEvent(event);
}

void MeetingPage::showPart(const PartPath& part)
{
    if (part.kind == PartKind::Attendance) {
        const int row = part.numbers.at(0) - 1;
        if (row >= 0 && row < m_attendance->rowCount()) {
            ui->attendanceView->setCurrentIndex(m_attendance->index(row, 0));
            ui->attendanceView->scrollTo(m_attendance->index(row, 0));
            ui->attendanceView->setFocus();
            return;
        }
    }
    ui->councilEdit->setFocus();
}

} // namespace Bayon
