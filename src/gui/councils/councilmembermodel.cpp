#include "councilmembermodel.h"

#include "gui/widgets/enumnames.h"
#include "gui/widgets/validationstyle.h"
#include "text/apostrophes.h"
#include "text/personnames.h"

#include <algorithm>

namespace Bayon {

namespace {
const QString shownDateFormat = QStringLiteral("dd.MM.yyyy");
} // namespace

CouncilMemberModel::CouncilMemberModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CouncilMemberModel::setMembers(QList<CouncilMember> members)
{
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

void CouncilMemberModel::insertMember(int row, const CouncilMember& member)
{
    row = std::clamp(row, 0, int(m_members.size()));
    beginInsertRows({}, row, row);
    m_members.insert(row, member);
    endInsertRows();
}

void CouncilMemberModel::removeMember(int row)
{
    if (row < 0 || row >= m_members.size())
        return;
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    endRemoveRows();
}

std::optional<QDate> CouncilMemberModel::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"—")
        return QDate();
    for (const QString& format : {shownDateFormat, QStringLiteral("d.M.yyyy")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    const QDate iso = QDate::fromString(trimmed, Qt::ISODate);
    if (iso.isValid())
        return iso;
    return std::nullopt;
}

QString CouncilMemberModel::problemOf(const CouncilMember& member)
{
    if (member.person.fullName.trimmed().isEmpty())
        return tr("A member needs a name.");
    if (member.termFrom.isValid() && member.termTo.isValid() && member.termTo < member.termFrom)
        return tr("The term of %1 ends before it begins.").arg(member.person.printedName());
    return {};
}

int CouncilMemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int CouncilMemberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CouncilMemberModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CouncilMember& member = m_members.at(index.row());
    const auto date = [&](const QDate& day) -> QVariant {
        if (role == Qt::EditRole)
            return day.isValid() ? day.toString(shownDateFormat) : QString();
        return day.isValid() ? day.toString(shownDateFormat) : QStringLiteral("—");
    };
    const bool badTerm = (index.column() == FromColumn || index.column() == ToColumn)
        && !problemOf(member).isEmpty() && !member.person.fullName.trimmed().isEmpty();
    const bool noName = index.column() == NameColumn && member.person.fullName.trimmed().isEmpty();
    const QString problem = badTerm || noName ? problemOf(member) : QString();
    if (const QVariant marked = ValidationStyle::cellData(role, problem); marked.isValid())
        return marked;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case NameColumn:
            return member.person.fullName;
        case ShortNameColumn:
            return member.person.shortName;
        case PositionColumn:
            return member.person.position;
        case OrganisationColumn:
            return member.person.organisation;
        case RoleColumn:
            return role == Qt::EditRole ? QVariant(int(member.role))
                                        : QVariant(EnumNames::name(member.role));
        case FromColumn:
            return date(member.termFrom);
        case ToColumn:
            return date(member.termTo);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FromColumn || index.column() == ToColumn)
            return tr("dd.mm.yyyy; empty: no limit");
        if (index.column() <= PositionColumn || index.column() == OrganisationColumn)
            return data(index, Qt::DisplayRole); // the whole text of an elided cell
        return {};
    default:
        return {};
    }
}

bool CouncilMemberModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    CouncilMember& member = m_members[index.row()];
    const QString text = Apostrophes::normalize(value.toString().simplified());
    switch (Column(index.column())) {
    case NameColumn:
        // A short name made from the old full name follows the new one.
        if (member.person.shortName.isEmpty()
            || member.person.shortName == PersonNames::shortForm(member.person.fullName))
            member.person.shortName = PersonNames::shortForm(text);
        member.person.fullName = text;
        break;
    case ShortNameColumn:
        member.person.shortName = text;
        break;
    case PositionColumn:
        member.person.position = text;
        break;
    case OrganisationColumn:
        member.person.organisation = text;
        break;
    case RoleColumn:
        member.role = CouncilRole(std::clamp(value.toInt(), 0, int(CouncilRole::Secretary)));
        break;
    case FromColumn:
    case ToColumn: {
        const auto date = parseDate(value.toString());
        if (!date)
            return false;
        (index.column() == FromColumn ? member.termFrom : member.termTo) = *date;
        break;
    }
    case ColumnCount:
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags CouncilMemberModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant CouncilMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case NameColumn:
        return tr("Full name");
    case ShortNameColumn:
        return tr("Printed as");
    case PositionColumn:
        return tr("Position");
    case OrganisationColumn:
        return tr("Organisation");
    case RoleColumn:
        return tr("Role");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Bayon
