#include "reportlistmodel.h"

#include "domain/partpath.h"
#include "gui/widgets/validationstyle.h"

namespace Bayon {

ReportListModel::ReportListModel(QObject* parent)
    : DocumentTableModel(parent)
{
}

void ReportListModel::setAgendaItem(const QUuid& itemUid)
{
    if (itemUid == m_itemUid)
        return;
    reset([&] { m_itemUid = itemUid; });
}

std::optional<MeetingDocument::ListRef> ReportListModel::list() const
{
    if (m_itemUid.isNull() || !document() || document()->agendaIndex(m_itemUid) < 0)
        return std::nullopt;
    return MeetingDocument::ListRef {MeetingDocument::ListKind::Reports, m_itemUid};
}

int ReportListModel::listSize() const
{
    return int(document()->meeting().agenda.at(document()->agendaIndex(m_itemUid)).reports.size());
}

void ReportListModel::listAboutToShrink(const MeetingDocument::ListRef& l, int first, int last)
{
    if (l.kind != MeetingDocument::ListKind::Agenda || m_itemUid.isNull())
        return;
    const int index = document()->agendaIndex(m_itemUid);
    if (index >= first && index <= last)
        setAgendaItem({});
}

int ReportListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ReportListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int item = document()->agendaIndex(m_itemUid);
    const SpeakerReport& report = document()->meeting().agenda.at(item).reports.at(index.row());
    const QString problem = document()->issue(
        PartPath::report(item + 1, index.row() + 1).toString(), QStringLiteral("speaker"));
    if (const QVariant marked = ValidationStyle::cellData(role, problem); marked.isValid())
        return marked;
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = report.speaker.printedName();
        return name.isEmpty() ? tr("(no speaker)") : name;
    }
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1. %2").arg(index.row() + 1).arg(report.speaker.printedName());
    case NumeralRole:
        return QString::number(index.row() + 1);
    case Qt::ToolTipRole:
        return report.lead;
    case UidRole:
        return report.uid;
    default:
        break;
    }
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal && section == 0)
        return tr("Reports");
    if (role == Qt::DisplayRole && orientation == Qt::Vertical)
        return section + 1;
    return {};
}

Qt::ItemFlags ReportListModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index);
}

void ReportListModel::structureChanged()
{
    emitAllChanged();
}

} // namespace Bayon
