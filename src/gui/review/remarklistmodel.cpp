#include "remarklistmodel.h"

#include "text/romannumeral.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Bayon {

RemarkListModel::RemarkListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RemarkListModel::setRemarks(const QList<ImportedRemark>& remarks)
{
    beginResetModel();
    m_remarks = remarks;
    endResetModel();
}

void RemarkListModel::setAppendixNumbers(const QList<int>& numbers)
{
    if (numbers == m_appendixNumbers)
        return;
    m_appendixNumbers = numbers;
    if (!m_remarks.isEmpty())
        emit dataChanged(
            index(0, PartColumn), index(rowCount() - 1, PartColumn), {Qt::DisplayRole});
}

int RemarkListModel::rowOf(const QUuid& uid) const
{
    for (int row = 0; row < m_remarks.size(); ++row) {
        if (m_remarks.at(row).remark.uid == uid)
            return row;
    }
    return -1;
}

void RemarkListModel::setCurrentPart(const QString& part)
{
    const auto parsed = RemarkPart::parse(part);
    std::optional<RemarkPart> current;
    if (parsed)
        current = *parsed;
    if (current == m_currentPart)
        return;
    m_currentPart = current;
    if (!m_remarks.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

bool RemarkListModel::concernsCurrentPart(int row) const
{
    if (!m_currentPart || row < 0 || row >= m_remarks.size())
        return false;
    const ImportedRemark& remark = m_remarks.at(row);
    if (remark.location.placement == RemarkLocation::Placement::Gone)
        return false;
    const RemarkPart& part = remark.location.current;
    const QList<int>& shown = m_currentPart->position;
    if (part.kind == m_currentPart->kind)
        return part.position == shown;
    // An agenda item holds its reports and their KPI rows; a report its KPI rows.
    const bool holds
        = (m_currentPart->kind == RemarkPartKind::Agenda
              && (part.kind == RemarkPartKind::Report || part.kind == RemarkPartKind::Kpi))
        || (m_currentPart->kind == RemarkPartKind::Report && part.kind == RemarkPartKind::Kpi);
    return holds && part.position.size() > shown.size()
        && part.position.mid(0, shown.size()) == shown;
}

QString RemarkListModel::partTitle(const RemarkPart& part, const QList<int>& appendixNumbers)
{
    const QList<int>& at = part.position;
    const auto roman = [&at] { return at.isEmpty() ? QString() : RomanNumeral::fromInt(at.at(0)); };
    switch (part.kind) {
    case RemarkPartKind::Meeting:
        return tr("The meeting");
    case RemarkPartKind::Agenda:
        return tr("Agenda item %1").arg(roman());
    case RemarkPartKind::Report:
        return at.size() < 2 ? part.name() : tr("Report %1.%2").arg(roman()).arg(at.at(1));
    case RemarkPartKind::Kpi:
        return at.size() < 3 ? part.name()
                             : tr("KPI row %1.%2.%3").arg(roman()).arg(at.at(1)).arg(at.at(2));
    case RemarkPartKind::Resolution:
        return tr("Resolution %1").arg(at.value(0));
    case RemarkPartKind::Appendix: {
        const int printed = appendixNumbers.value(at.value(0) - 1);
        return tr("Appendix %1").arg(printed > 0 ? printed : at.value(0));
    }
    }
    return part.name();
}

QString RemarkListModel::placementText(
    const ImportedRemark& remark, const QList<int>& appendixNumbers)
{
    const QString now = partTitle(remark.location.current, appendixNumbers);
    switch (remark.location.placement) {
    case RemarkLocation::Placement::Unchanged:
        return now;
    case RemarkLocation::Placement::Moved:
        return tr("%1 (moved; was %2)").arg(now, partTitle(remark.remark.part));
    case RemarkLocation::Placement::Changed:
        return remark.remark.part.position == remark.location.current.position
            ? tr("%1 (changed since)").arg(now)
            : tr("%1 (changed since; was %2)").arg(now, partTitle(remark.remark.part));
    case RemarkLocation::Placement::Gone:
        return tr("%1 (no longer in the meeting)").arg(partTitle(remark.remark.part));
    }
    return now;
}

QString RemarkListModel::stateName(RemarkState state)
{
    switch (state) {
    case RemarkState::Open:
        return tr("open");
    case RemarkState::Accepted:
        return tr("accepted");
    case RemarkState::Rejected:
        return tr("rejected");
    case RemarkState::Noted:
        return tr("noted");
    }
    return {};
}

int RemarkListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_remarks.size());
}

int RemarkListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemarkListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportedRemark& imported = m_remarks.at(index.row());
    const Remark& remark = imported.remark;
    const auto placement = imported.location.placement;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PartColumn:
            return placementText(imported, m_appendixNumbers);
        case ReviewerColumn:
            return remark.reviewer;
        case RevisionColumn:
            return remark.revision;
        case StateColumn:
            return stateName(remark.state);
        case TextColumn:
            return remark.text;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PartColumn && !remark.part.text.isEmpty())
            return tr("As reviewed in revision %1:\n%2").arg(remark.revision).arg(remark.part.text);
        if (index.column() == TextColumn)
            return remark.text;
        break;
    case Qt::ForegroundRole:
        // What no longer stands as the member read it is told at a glance.
        if (index.column() == PartColumn && placement != RemarkLocation::Placement::Unchanged)
            return QBrush(placement == RemarkLocation::Placement::Gone ? QColor(0xa4, 0x00, 0x0f)
                                                                       : QColor(0x8a, 0x4b, 0x00));
        break;
    case Qt::FontRole:
        if (concernsCurrentPart(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case UidRole:
        return remark.uid;
    case PartRole:
        return placement == RemarkLocation::Placement::Gone ? QString()
                                                            : imported.location.current.name();
    case PlacementRole:
        return int(placement);
    }
    return {};
}

QVariant RemarkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartColumn:
        return tr("Part");
    case ReviewerColumn:
        return tr("Reviewer");
    case RevisionColumn:
        return tr("Revision");
    case StateColumn:
        return tr("State");
    case TextColumn:
        return tr("Remark");
    }
    return {};
}

} // namespace Bayon
