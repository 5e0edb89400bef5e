#include "agendamodel.h"

#include "domain/partpath.h"
#include "gui/editing/changeagendaitemtitlecommand.h"
#include "gui/editing/moveagendaitemcommand.h"
#include "gui/widgets/validationstyle.h"
#include "text/romannumeral.h"

namespace Bayon {

AgendaModel::AgendaModel(QObject* parent)
    : DocumentTableModel(parent)
{
}

std::optional<MeetingDocument::ListRef> AgendaModel::list() const
{
    return MeetingDocument::ListRef {MeetingDocument::ListKind::Agenda};
}

int AgendaModel::listSize() const
{
    return int(document()->meeting().agenda.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem& item = document()->meeting().agenda.at(index.row());
    const QString numeral = RomanNumeral::fromInt(index.row() + 1);
    const QString problem
        = document()->issue(PartPath::agenda(index.row() + 1).toString(), QStringLiteral("title"));
    if (const QVariant marked = ValidationStyle::cellData(role, problem); marked.isValid())
        return marked;
    switch (role) {
    case Qt::DisplayRole: {
        // The numeral is drawn by NumberedDelegate from NumeralRole.
        const QString title = item.title.simplified();
        return title.isEmpty() ? tr("(untitled)") : title;
    }
    case Qt::EditRole:
        return item.title;
    case Qt::ToolTipRole:
        return item.title;
    case Qt::AccessibleTextRole:
        return QString(numeral + u". " + item.title);
    case NumeralRole:
        return numeral;
    case UidRole:
        return item.uid;
    default:
        break;
    }
    return {};
}

bool AgendaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || isReadOnly()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const AgendaItem& item = document()->meeting().agenda.at(index.row());
    if (item.title == value.toString())
        return true;
    return document()->push(
        new ChangeAgendaItemTitleCommand(document(), item.uid, value.toString(), EditKind::Single));
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal && section == 0)
        return tr("Agenda item");
    if (role == Qt::DisplayRole && orientation == Qt::Vertical)
        return RomanNumeral::fromInt(section + 1);
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    return rowFlags(index);
}

bool AgendaModel::move(int from, int to)
{
    const int size = rowCount();
    if (isReadOnly() || from < 0 || to < 0 || from >= size || to >= size || from == to)
        return false;
    return pushMove(from, to);
}

bool AgendaModel::pushMove(int from, int to)
{
    return document()->push(new MoveAgendaItemCommand(document(), from, to));
}

void AgendaModel::structureChanged()
{
    // Every numeral after the change moved.
    emitAllChanged();
    const int rows = rowCount();
    if (rows > 0)
        emit headerDataChanged(Qt::Vertical, 0, rows - 1);
}

void AgendaModel::headerChanged()
{
    emitAllChanged();
}

} // namespace Bayon
