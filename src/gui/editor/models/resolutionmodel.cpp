#include "resolutionmodel.h"

#include "domain/partpath.h"
#include "gui/editing/moveresolutioncommand.h"
#include "gui/widgets/enumnames.h"
#include "gui/widgets/validationstyle.h"
#include "text/uzbekdates.h"

#include <QLocale>

namespace Bayon {

ResolutionModel::ResolutionModel(QObject* parent)
    : DocumentTableModel(parent)
{
}

std::optional<MeetingDocument::ListRef> ResolutionModel::list() const
{
    return MeetingDocument::ListRef {MeetingDocument::ListKind::Resolutions};
}

int ResolutionModel::listSize() const
{
    return int(document()->meeting().resolutions.size());
}

int ResolutionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResolutionModel::summary(const Resolution& resolution)
{
    const QString text = resolution.text.simplified();
    if (!text.isEmpty())
        return text;
    return resolution.subPoints.isEmpty() ? QString() : resolution.subPoints.first().simplified();
}

QString ResolutionModel::deadlineText(const Deadline& deadline)
{
    switch (deadline.kind) {
    case DeadlineKind::None:
        return {};
    case DeadlineKind::Date:
        return deadline.date.isValid() ? UzbekDates::formatLong(deadline.date) : QString();
    case DeadlineKind::NextMeeting:
        return EnumNames::name(DeadlineKind::NextMeeting);
    }
    return {};
}

QVariant ResolutionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Resolution& r = document()->meeting().resolutions.at(index.row());
    const QString part = PartPath::resolution(index.row() + 1).toString();
    QString problem;
    if (index.column() == TextColumn)
        problem = document()->issue(part, QStringLiteral("text"));
    if (index.column() == DeadlineColumn)
        problem = document()->issue(part, QStringLiteral("deadline"));
    if (const QVariant marked = ValidationStyle::cellData(role, problem); marked.isValid())
        return marked;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TextColumn: {
            const QString s = summary(r);
            return s.isEmpty() ? tr("(no text)") : s;
        }
        case KindColumn:
            return EnumNames::name(r.kind);
        case AddresseeColumn:
            return r.addressee;
        case ResponsibleColumn:
            return r.responsible.join(QStringLiteral(", "));
        case DeadlineColumn:
            return deadlineText(r.deadline);
        case FollowUpColumn:
            return EnumNames::name(r.followUpStatus);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return (QStringList {r.text} + r.subPoints).join(u'\n').trimmed();
        break;
    case UidRole:
        return r.uid;
    default:
        break;
    }
    return {};
}

QVariant ResolutionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    // The number 1., 2., … follows the order: the vertical header shows it.
    if (orientation == Qt::Vertical)
        return QStringLiteral("%1.").arg(section + 1);
    switch (section) {
    case TextColumn:
        return tr("Resolution");
    case KindColumn:
        return tr("Kind");
    case AddresseeColumn:
        return tr("Addressee");
    case ResponsibleColumn:
        return tr("Responsible");
    case DeadlineColumn:
        return tr("Deadline");
    case FollowUpColumn:
        return tr("Follow-up");
    }
    return {};
}

Qt::ItemFlags ResolutionModel::flags(const QModelIndex& index) const
{
    return rowFlags(index);
}

bool ResolutionModel::move(int from, int to)
{
    const int size = rowCount();
    if (isReadOnly() || from < 0 || to < 0 || from >= size || to >= size || from == to)
        return false;
    return pushMove(from, to);
}

bool ResolutionModel::pushMove(int from, int to)
{
    return document()->push(new MoveResolutionCommand(document(), from, to));
}

void ResolutionModel::structureChanged()
{
    emitAllChanged();
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void ResolutionModel::headerChanged()
{
    emitAllChanged();
}

} // namespace Bayon
