#include "attendancemodel.h"

#include "domain/partpath.h"
#include "gui/editing/changeattendeecommand.h"
#include "gui/widgets/enumnames.h"
#include "gui/widgets/validationstyle.h"

namespace Bayon {

AttendanceModel::AttendanceModel(QObject* parent)
    : DocumentTableModel(parent)
{
}

std::optional<MeetingDocument::ListRef> AttendanceModel::list() const
{
    return MeetingDocument::ListRef {MeetingDocument::ListKind::Attendance};
}

int AttendanceModel::listSize() const
{
    return int(document()->meeting().attendance.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attendance& a = document()->meeting().attendance.at(index.row());
    const bool nameMissing = a.person.isEmpty()
        && (index.column() == FullNameColumn || index.column() == ShortNameColumn);
    const QString problem = nameMissing
        ? ValidationStyle::message(
            document(), PartPath::attendance(index.row() + 1).toString(), QStringLiteral("name"))
        : QString();
    if (const QVariant marked = ValidationStyle::cellData(role, problem); marked.isValid())
        return marked;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case FullNameColumn:
            return a.person.fullName;
        case ShortNameColumn:
            return a.person.shortName;
        case PositionColumn:
            return a.person.position;
        case OrganisationColumn:
            return a.person.organisation;
        case RoleColumn:
            return role == Qt::EditRole ? QVariant(int(a.role)) : QVariant(EnumNames::name(a.role));
        case PresenceColumn:
            return role == Qt::EditRole ? QVariant(int(a.presence))
                                        : QVariant(EnumNames::name(a.presence));
        case NoteColumn:
            return a.note;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PositionColumn)
            return a.person.position;
        if (index.column() == OrganisationColumn)
            return a.person.organisation;
        break;
    default:
        break;
    }
    return {};
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || isReadOnly()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Attendance a = document()->meeting().attendance.at(index.row());
    switch (index.column()) {
    case FullNameColumn:
        a.person.fullName = value.toString();
        break;
    case ShortNameColumn:
        a.person.shortName = value.toString();
        break;
    case PositionColumn:
        a.person.position = value.toString();
        break;
    case OrganisationColumn:
        a.person.organisation = value.toString();
        break;
    case RoleColumn:
        a.role = AttendanceRole(value.toInt());
        break;
    case PresenceColumn:
        a.presence = Bayon::Presence(value.toInt());
        break;
    case NoteColumn:
        a.note = value.toString();
        break;
    default:
        return false;
    }
    if (a == document()->meeting().attendance.at(index.row()))
        return true;
    return document()->push(new ChangeAttendeeCommand(document(), index.row(), a, index.column()));
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case FullNameColumn:
        return tr("Full name");
    case ShortNameColumn:
        return tr("As printed");
    case PositionColumn:
        return tr("Position");
    case OrganisationColumn:
        return tr("Organisation");
    case RoleColumn:
        return tr("Role");
    case PresenceColumn:
        return tr("Presence");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    if (index.isValid() && !isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

void AttendanceModel::headerChanged()
{
    emitAllChanged();
}

} // namespace Bayon
