#include "decisionregistermodel.h"

#include "domain/partpath.h"
#include "gui/widgets/enumnames.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace Bayon {

namespace {

// Meetings in date order, then by number; resolutions inside their meeting.
qint64 meetingKey(const DecisionEntry& entry)
{
    const qint64 day = entry.meetingDate.isValid() ? entry.meetingDate.toJulianDay() : 0;
    return day * 100000 + entry.meetingNumber;
}

} // namespace

DecisionRegisterModel::DecisionRegisterModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DecisionRegisterModel::setEntries(const QList<DecisionEntry>& entries, QDate today)
{
    beginResetModel();
    m_entries = entries;
    m_today = today.isValid() ? today : QDate::currentDate();
    endResetModel();
}

int DecisionRegisterModel::rowOf(qint64 meetingId, const QUuid& resolutionUid) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).meetingId == meetingId
            && m_entries.at(row).resolutionUid == resolutionUid)
            return row;
    }
    return -1;
}

int DecisionRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DecisionRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionRegisterModel::dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString DecisionRegisterModel::deadlineText(const DecisionEntry& entry)
{
    switch (entry.deadline.kind) {
    case DeadlineKind::None:
        return {};
    case DeadlineKind::Date:
        return dateText(entry.deadline.date);
    case DeadlineKind::NextMeeting:
        return entry.due.isValid() ? tr("next meeting (%1)").arg(dateText(entry.due))
                                   : tr("next meeting");
    }
    return {};
}

QString DecisionRegisterModel::statusText(const DecisionEntry& entry, QDate today)
{
    const QString status = EnumNames::name(entry.followUpStatus);
    return entry.isOverdue(today) ? tr("%1, overdue").arg(status) : status;
}

QVariant DecisionRegisterModel::display(const DecisionEntry& entry, int column) const
{
    switch (column) {
    case MeetingColumn:
        return QStringLiteral("№ %1").arg(entry.meetingNumber);
    case DateColumn:
        return dateText(entry.meetingDate);
    case ResolutionColumn:
        return entry.resolutionNumber;
    case TextColumn:
        return entry.firstLine();
    case KindColumn:
        return EnumNames::name(entry.kind);
    case AddresseeColumn:
        return entry.addressee;
    case ResponsibleColumn:
        return entry.responsible.join(QStringLiteral(", "));
    case DueColumn:
        return deadlineText(entry);
    case FollowUpColumn:
        return statusText(entry, m_today);
    case NoteColumn:
        return entry.statusNote;
    case OverdueColumn: {
        const qint64 days = entry.daysOverdue(m_today);
        return days > 0 ? QVariant(days) : QVariant(QString());
    }
    }
    return {};
}

QVariant DecisionRegisterModel::sortValue(const DecisionEntry& entry, int column) const
{
    switch (column) {
    case MeetingColumn:
    case DateColumn:
        return meetingKey(entry);
    case ResolutionColumn:
        return meetingKey(entry) * 1000 + entry.resolutionNumber;
    case DueColumn:
        return entry.due;
    case FollowUpColumn:
        return int(entry.followUpStatus);
    case OverdueColumn:
        return entry.daysOverdue(m_today);
    default:
        return display(entry, column);
    }
}

QVariant DecisionRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionEntry& entry = m_entries.at(index.row());
    const bool overdue = entry.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case SortRole:
        return sortValue(entry, index.column());
    case OverdueRole:
        return overdue;
    case MeetingIdRole:
        return entry.meetingId;
    case PartRole:
        return PartPath::resolution(entry.resolutionNumber).toString();
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return entry.fullText();
        if (overdue
            && (index.column() == DueColumn || index.column() == OverdueColumn
                || index.column() == FollowUpColumn))
            return tr("Overdue by %n day(s): due %1", nullptr, int(entry.daysOverdue(m_today)))
                .arg(dateText(entry.due));
        if (index.column() == NoteColumn || index.column() == ResponsibleColumn
            || index.column() == AddresseeColumn || index.column() == DueColumn
            || index.column() == KindColumn)
            return display(entry, index.column());
        return {};
    case Qt::AccessibleTextRole:
        if (overdue && index.column() == DueColumn)
            return tr("%1, overdue").arg(deadlineText(entry));
        return {};
    case Qt::DecorationRole:
        if (overdue && index.column() == DueColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        // A light red under the whole line; the words and the icon say it too.
        return overdue ? QVariant(QColor(0xfb, 0xe3, 0xe1)) : QVariant();
    case Qt::ForegroundRole:
        return overdue ? QVariant(QColor(0x8a, 0x10, 0x10)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ResolutionColumn || index.column() == OverdueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant DecisionRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ResolutionColumn:
            return tr("The resolution's number in its meeting");
        case DueColumn:
            return tr("The deadline; “next meeting” shows the date once that meeting exists");
        case OverdueColumn:
            return tr("Days past the deadline of a decision not yet done");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MeetingColumn:
        return tr("Meeting");
    case DateColumn:
        return tr("Date");
    case ResolutionColumn:
        return tr("No.");
    case TextColumn:
        return tr("Resolution");
    case KindColumn:
        return tr("Kind");
    case AddresseeColumn:
        return tr("Addressee");
    case ResponsibleColumn:
        return tr("Responsible");
    case DueColumn:
        return tr("Deadline");
    case FollowUpColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Status note");
    case OverdueColumn:
        return tr("Days late");
    }
    return {};
}

} // namespace Bayon
