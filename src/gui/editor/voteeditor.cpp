#include "voteeditor.h"

// undoshortcutfilter.h keeps a QPointer to it, which needs the whole class.
#include "domain/meeting.h"
#include "gui/widgets/undoshortcutfilter.h"
#include "gui/widgets/validationstyle.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpacerItem>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Bayon {

namespace {

// The "did not vote" entry of a member's choice: the member is present but
// not in the roll call.
constexpr int noChoice = -1;

bool samePerson(const Person& a, const Person& b)
{
    if (a.directoryId != 0 && a.directoryId == b.directoryId)
        return true;
    const QString name = a.printedName().simplified();
    return !name.isEmpty() && name == b.printedName().simplified();
}

const RollCallEntry* entryOf(const Vote& vote, const Person& member)
{
    for (const RollCallEntry& entry : vote.rollCall) {
        if (samePerson(entry.member, member))
            return &entry;
    }
    return nullptr;
}

} // namespace

VoteEditor::VoteEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* kindRow = new QHBoxLayout;
    m_kindLabel = new QLabel(this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("voteKindCombo"));
    m_kindLabel->setBuddy(m_kindCombo);
    kindRow->addWidget(m_kindLabel);
    kindRow->addWidget(m_kindCombo);
    kindRow->addStretch(1);
    layout->addLayout(kindRow);

    m_countsPanel = new QWidget(this);
    auto* counts = new QHBoxLayout(m_countsPanel);
    counts->setContentsMargins(0, 0, 0, 0);
    const auto addCount = [&](QLabel*& label, QSpinBox*& spin, const char* name) {
        label = new QLabel(m_countsPanel);
        spin = new QSpinBox(m_countsPanel);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(0, 9999);
        // One undo step per number entered, not per digit typed.
        spin->setKeyboardTracking(false);
        label->setBuddy(spin);
        counts->addWidget(label);
        counts->addWidget(spin);
    };
    addCount(m_forLabel, m_forSpin, "voteForSpin");
    addCount(m_againstLabel, m_againstSpin, "voteAgainstSpin");
    addCount(m_abstainedLabel, m_abstainedSpin, "voteAbstainedSpin");
    counts->addStretch(1);
    layout->addWidget(m_countsPanel);

    m_rollCallArea = new QScrollArea(this);
    m_rollCallArea->setObjectName(QStringLiteral("rollCallArea"));
    m_rollCallArea->setWidgetResizable(true);
    m_rollCallArea->setFrameShape(QFrame::StyledPanel);
    m_rollCallArea->setFocusPolicy(Qt::NoFocus);
    auto* rollCall = new QWidget(m_rollCallArea);
    m_rollCallGrid = new QGridLayout(rollCall);
    m_rollCallGrid->setColumnStretch(2, 1);
    m_memberHeader = new QLabel(rollCall);
    m_choiceHeader = new QLabel(rollCall);
    m_opinionHeader = new QLabel(rollCall);
    for (QLabel* header : {m_memberHeader, m_choiceHeader, m_opinionHeader}) {
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
    }
    m_rollCallGrid->addWidget(m_memberHeader, 0, 0);
    m_rollCallGrid->addWidget(m_choiceHeader, 0, 1);
    m_rollCallGrid->addWidget(m_opinionHeader, 0, 2);
    m_rollCallArea->setWidget(rollCall);
    // The header and four members at least; a small body's roll call needs no scrolling.
    m_rollCallArea->setMinimumHeight(
        (m_kindCombo->sizeHint().height() + m_rollCallGrid->verticalSpacing()) * 5
        + 2 * m_rollCallArea->frameWidth());
    layout->addWidget(m_rollCallArea, 1);

    auto* opinionsRow = new QHBoxLayout;
    m_opinionsLabel = new QLabel(this);
    m_opinionsEdit = new QLineEdit(this);
    m_opinionsEdit->setObjectName(QStringLiteral("voteOpinionsEdit"));
    m_opinionsLabel->setBuddy(m_opinionsEdit);
    opinionsRow->addWidget(m_opinionsLabel);
    opinionsRow->addWidget(m_opinionsEdit, 1);
    layout->addLayout(opinionsRow);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("voteMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_messageLabel->palette();
    palette.setBrush(
        QPalette::WindowText, ValidationStyle::brush(Qt::ForegroundRole).value<QBrush>());
    m_messageLabel->setPalette(palette);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    // A roll call prints a line a member: a few lines show, the rest scroll.
    m_previewEdit = new QPlainTextEdit(this);
    m_previewEdit->setObjectName(QStringLiteral("votePreviewEdit"));
    m_previewEdit->setReadOnly(true);
    m_previewEdit->setFocusPolicy(Qt::ClickFocus);
    // Three whole lines: the frame, the document's margin and a little air around them.
    m_previewEdit->setFixedHeight(m_previewEdit->fontMetrics().lineSpacing() * 3
        + 2 * (m_previewEdit->frameWidth() + int(m_previewEdit->document()->documentMargin()))
        + m_previewEdit->fontMetrics().lineSpacing() / 2);
    QPalette previewPalette = m_previewEdit->palette();
    previewPalette.setColor(QPalette::Base, previewPalette.color(QPalette::Window));
    m_previewEdit->setPalette(previewPalette);
    m_previewEdit->hide();
    layout->addWidget(m_previewEdit);
    // Without a roll call the few fields stay together at the top.
    m_trailingSpace = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
    layout->addItem(m_trailingSpace);

    connect(m_kindCombo, &QComboBox::activated, this, &VoteEditor::kindChosen);
    const auto countEdited = [this] {
        if (m_updating || m_vote.kind != VoteKind::Counts)
            return;
        Vote changed = m_vote;
        changed.forCount = m_forSpin->value();
        changed.againstCount = m_againstSpin->value();
        changed.abstainedCount = m_abstainedSpin->value();
        change(changed);
    };
    for (QSpinBox* spin : {m_forSpin, m_againstSpin, m_abstainedSpin})
        connect(spin, &QSpinBox::valueChanged, this, countEdited);
    connect(m_opinionsEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_updating)
            return;
        Vote changed = m_vote;
        changed.opinions = m_opinionsEdit->text().trimmed();
        change(changed);
    });

    setTabOrder(m_kindCombo, m_forSpin);
    setTabOrder(m_forSpin, m_againstSpin);
    setTabOrder(m_againstSpin, m_abstainedSpin);
    setTabOrder(m_abstainedSpin, m_opinionsEdit);
    retranslate();
    refresh();
}

VoteEditor::~VoteEditor() = default;

QList<Person> VoteEditor::presentMembers(const Meeting& meeting)
{
    QList<Person> present;
    for (const Attendance& line : meeting.attendance) {
        if (line.role == AttendanceRole::Member && line.presence == Presence::Present)
            present.append(line.person);
    }
    return present;
}

QString VoteEditor::kindName(VoteKind kind)
{
    switch (kind) {
    case VoteKind::None:
        return tr("No vote recorded");
    case VoteKind::Counts:
        return tr("Counts (Rozi, Qarshi, Betaraf)");
    case VoteKind::Unanimous:
        return tr("Unanimously (bir ovozdan)");
    case VoteKind::RollCall:
        return tr("Roll call (nomma-nom)");
    }
    return {};
}

QString VoteEditor::choiceName(VoteChoice choice)
{
    switch (choice) {
    case VoteChoice::For:
        return tr("For (Rozi)");
    case VoteChoice::Against:
        return tr("Against (Qarshi)");
    case VoteChoice::Abstained:
        return tr("Abstained (Betaraf)");
    }
    return {};
}

void VoteEditor::retranslate()
{
    m_kindLabel->setText(tr("&Vote:"));
    m_kindCombo->setAccessibleName(tr("How the members voted"));
    m_forLabel->setText(tr("R&ozi (for):"));
    m_againstLabel->setText(tr("&Qarshi (against):"));
    m_abstainedLabel->setText(tr("Betara&f (abstained):"));
    m_opinionsLabel->setText(tr("Dissenting o&pinions:"));
    m_opinionsEdit->setPlaceholderText(tr("Alohida fikr, as printed under the vote"));
    m_memberHeader->setText(tr("Member present"));
    m_choiceHeader->setText(tr("Vote"));
    m_opinionHeader->setText(tr("Dissenting opinion (alohida fikr)"));
    m_rollCallArea->setAccessibleName(tr("Roll call"));
    m_messageLabel->setAccessibleName(tr("Vote check"));
    m_previewEdit->setAccessibleName(tr("Vote as printed"));
    fillKinds();
    rebuildRows();
}

void VoteEditor::fillKinds()
{
    const bool wasUpdating = std::exchange(m_updating, true);
    m_kindCombo->clear();
    for (const VoteKind kind :
        {VoteKind::None, VoteKind::Counts, VoteKind::Unanimous, VoteKind::RollCall})
        m_kindCombo->addItem(kindName(kind), int(kind));
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(m_vote.kind)));
    m_updating = wasUpdating;
}

void VoteEditor::setMembers(const QList<Person>& present)
{
    if (present == m_members)
        return;
    m_members = present;
    rebuildRows();
}

void VoteEditor::setVote(const Vote& vote)
{
    const bool samePeople = [&] {
        const QList<Person> before = rollCallPeople();
        const Vote old = std::exchange(m_vote, vote);
        const bool same = rollCallPeople() == before;
        m_vote = old;
        return same;
    }();
    m_vote = vote;
    if (samePeople)
        refresh();
    else
        rebuildRows();
}

void VoteEditor::setMessage(const QString& message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
    QWidget* field = m_vote.kind == VoteKind::Counts ? static_cast<QWidget*>(m_forSpin)
                                                     : static_cast<QWidget*>(m_kindCombo);
    for (QWidget* other : {static_cast<QWidget*>(m_kindCombo), static_cast<QWidget*>(m_forSpin),
             static_cast<QWidget*>(m_againstSpin), static_cast<QWidget*>(m_abstainedSpin)})
        ValidationStyle::mark(other, QString());
    if (m_vote.kind == VoteKind::Counts) {
        ValidationStyle::mark(m_againstSpin, message);
        ValidationStyle::mark(m_abstainedSpin, message);
    }
    ValidationStyle::mark(field, message);
}

QString VoteEditor::message() const
{
    return m_messageLabel->text();
}

void VoteEditor::setPreview(const QString& printed)
{
    if (m_previewEdit->toPlainText() != printed)
        m_previewEdit->setPlainText(printed);
    m_previewEdit->setToolTip(
        printed.isEmpty() ? QString() : tr("As the protocol prints the vote"));
    m_previewEdit->setVisible(!printed.isEmpty());
}

QString VoteEditor::preview() const
{
    return m_previewEdit->toPlainText();
}

void VoteEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void VoteEditor::setUndoFilter(UndoShortcutFilter* filter)
{
    m_undoFilter = filter;
    for (QWidget* field : {static_cast<QWidget*>(m_forSpin), static_cast<QWidget*>(m_againstSpin),
             static_cast<QWidget*>(m_abstainedSpin), static_cast<QWidget*>(m_opinionsEdit)})
        filter->watch(field);
    for (const Row& row : std::as_const(m_rows))
        filter->watch(row.opinion);
}

QList<Person> VoteEditor::rollCallPeople() const
{
    // The members present, then anyone the stored roll call names who is not
    // among them, so that nothing stored is hidden (the validator explains it).
    QList<Person> people = m_members;
    for (const RollCallEntry& entry : m_vote.rollCall) {
        const bool known = std::any_of(people.cbegin(), people.cend(),
            [&](const Person& p) { return samePerson(p, entry.member); });
        if (!known)
            people.append(entry.member);
    }
    return people;
}

void VoteEditor::rebuildRows()
{
    // Later: a row's own signal may have led here.
    for (const Row& row : std::as_const(m_rows)) {
        for (QWidget* widget : {static_cast<QWidget*>(row.name), static_cast<QWidget*>(row.choice),
                 static_cast<QWidget*>(row.opinion)}) {
            m_rollCallGrid->removeWidget(widget);
            widget->hide();
            widget->deleteLater();
        }
    }
    m_rows.clear();
    QWidget* area = m_rollCallArea->widget();
    const QList<Person> people = rollCallPeople();
    QWidget* previous = m_opinionsEdit;
    for (int i = 0; i < people.size(); ++i) {
        Row row;
        row.member = people.at(i);
        const QString name = row.member.printedName().simplified();
        row.name = new QLabel(name, area);
        row.choice = new QComboBox(area);
        row.choice->addItem(tr("— (did not vote)"), noChoice);
        for (const VoteChoice choice :
            {VoteChoice::For, VoteChoice::Against, VoteChoice::Abstained})
            row.choice->addItem(choiceName(choice), int(choice));
        row.choice->setAccessibleName(tr("Vote of %1").arg(name));
        row.name->setBuddy(row.choice);
        row.opinion = new QLineEdit(area);
        row.opinion->setAccessibleName(tr("Dissenting opinion of %1").arg(name));
        m_rollCallGrid->addWidget(row.name, i + 1, 0);
        m_rollCallGrid->addWidget(row.choice, i + 1, 1);
        m_rollCallGrid->addWidget(row.opinion, i + 1, 2);
        connect(row.choice, &QComboBox::activated, this, [this, i] { rowEdited(i); });
        connect(row.opinion, &QLineEdit::editingFinished, this, [this, i] { rowEdited(i); });
        if (m_undoFilter)
            m_undoFilter->watch(row.opinion);
        setTabOrder(previous, row.choice);
        setTabOrder(row.choice, row.opinion);
        previous = row.opinion;
        m_rows.append(row);
    }
    m_rollCallGrid->setRowStretch(int(people.size()) + 1, 1);
    refresh();
}

void VoteEditor::refreshRows()
{
    for (const Row& row : std::as_const(m_rows)) {
        const RollCallEntry* entry = entryOf(m_vote, row.member);
        row.choice->setCurrentIndex(row.choice->findData(entry ? int(entry->choice) : noChoice));
        const QString opinion = entry ? entry->opinion : QString();
        if (row.opinion->text() != opinion) {
            row.opinion->setText(opinion);
            // The start of a long opinion says what it is about.
            row.opinion->setCursorPosition(0);
        }
        row.opinion->setToolTip(opinion);
        row.choice->setEnabled(!m_readOnly);
        row.opinion->setReadOnly(m_readOnly);
        row.opinion->setEnabled(!m_readOnly && entry != nullptr);
    }
}

void VoteEditor::refresh()
{
    const bool wasUpdating = std::exchange(m_updating, true);
    const VoteKind kind = m_vote.kind;
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    m_kindCombo->setEnabled(!m_readOnly);
    m_countsPanel->setVisible(kind == VoteKind::Counts || kind == VoteKind::RollCall);
    m_forSpin->setValue(m_vote.count(VoteChoice::For));
    m_againstSpin->setValue(m_vote.count(VoteChoice::Against));
    m_abstainedSpin->setValue(m_vote.count(VoteChoice::Abstained));
    // A roll call counts its lines: the numbers follow the table.
    const bool countsEditable = kind == VoteKind::Counts && !m_readOnly;
    for (QSpinBox* spin : {m_forSpin, m_againstSpin, m_abstainedSpin}) {
        spin->setEnabled(countsEditable);
        spin->setFocusPolicy(kind == VoteKind::Counts ? Qt::StrongFocus : Qt::NoFocus);
    }
    m_rollCallArea->setVisible(kind == VoteKind::RollCall);
    m_trailingSpace->changeSize(0, 0, QSizePolicy::Minimum,
        kind == VoteKind::RollCall ? QSizePolicy::Minimum : QSizePolicy::Expanding);
    this->layout()->invalidate();
    const bool opinions = kind == VoteKind::Counts || kind == VoteKind::Unanimous;
    m_opinionsLabel->setVisible(opinions);
    m_opinionsEdit->setVisible(opinions);
    if (m_opinionsEdit->text() != m_vote.opinions)
        m_opinionsEdit->setText(m_vote.opinions);
    m_opinionsEdit->setEnabled(!m_readOnly);
    refreshRows();
    m_updating = wasUpdating;
}

void VoteEditor::change(const Vote& changed)
{
    if (m_updating || m_readOnly || changed == m_vote)
        return;
    emit edited(changed);
}

void VoteEditor::kindChosen()
{
    if (m_updating)
        return;
    Vote changed = m_vote;
    changed.kind = VoteKind(m_kindCombo->currentData().toInt());
    const int present = int(m_members.size());
    // A first guess the user sees and corrects: everyone present for.
    if (changed.kind == VoteKind::Counts && changed.forCount == 0 && changed.againstCount == 0
        && changed.abstainedCount == 0)
        changed.forCount = present;
    if (changed.kind == VoteKind::RollCall && changed.rollCall.isEmpty()) {
        for (const Person& member : std::as_const(m_members))
            changed.rollCall.append({member, VoteChoice::For, {}});
    }
    change(changed);
    // The document may refuse (read-only): show what is stored.
    refresh();
}

void VoteEditor::rowEdited(int index)
{
    if (m_updating || index < 0 || index >= m_rows.size())
        return;
    const Row& row = m_rows.at(index);
    Vote changed = m_vote;
    const int choice = row.choice->currentData().toInt();
    qsizetype at = -1;
    for (qsizetype k = 0; k < changed.rollCall.size(); ++k) {
        if (samePerson(changed.rollCall.at(k).member, row.member)) {
            at = k;
            break;
        }
    }
    if (choice == noChoice) {
        if (at >= 0)
            changed.rollCall.removeAt(at);
    } else {
        const QString opinion = row.opinion->text().trimmed();
        if (at >= 0) {
            changed.rollCall[at].choice = VoteChoice(choice);
            changed.rollCall[at].opinion = opinion;
        } else {
            // In the order of the attendance, as the protocol lists them.
            qsizetype insertAt = 0;
            for (int r = 0; r < index; ++r) {
                if (entryOf(changed, m_rows.at(r).member))
                    ++insertAt;
            }
            changed.rollCall.insert(insertAt, {row.member, VoteChoice(choice), opinion});
        }
    }
    change(changed);
    refresh();
}

void VoteEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Bayon
