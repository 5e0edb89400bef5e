#include "searchresultmodel.h"

#include "domain/partpath.h"
#include "text/romannumeral.h"

namespace Bayon {

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultModel::partName(const QString& part)
{
    const std::optional<PartPath> path = PartPath::parse(part);
    if (!path)
        return tr("Header");
    const QString numeral = RomanNumeral::fromInt(path->numbers.at(0));
    const QString second = QString::number(path->numbers.at(1));
    switch (path->kind) {
    case PartKind::Agenda:
        return tr("Agenda item %1").arg(numeral);
    case PartKind::Report:
        return tr("Report %1.%2").arg(numeral, second);
    case PartKind::Kpi:
        return tr("KPI row %1.%2.%3").arg(numeral, second, QString::number(path->numbers.at(2)));
    case PartKind::Resolution:
        return tr("Resolution %1").arg(path->numbers.at(0));
    case PartKind::Attendance:
        return tr("Attendance %1").arg(path->numbers.at(0));
    case PartKind::Appendix:
        return tr("Appendix %1").arg(path->numbers.at(0));
    case PartKind::Meeting:
        break;
    }
    return tr("Header");
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MeetingColumn:
            return tr("№ %1 of %2")
                .arg(hit.meetingNumber)
                .arg(hit.meetingDate.toString(QStringLiteral("dd.MM.yyyy")));
        case PartColumn:
            return partName(hit.part);
        case SnippetColumn: {
            QString snippet = hit.snippet;
            snippet.replace(u'[', QChar(0x00AB)).replace(u']', QChar(0x00BB));
            return snippet.simplified();
        }
        }
        break;
    case Qt::ToolTipRole:
        return hit.snippet;
    case MeetingIdRole:
        return hit.meetingId;
    case PartRole:
        return hit.part;
    default:
        break;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MeetingColumn:
        return tr("Meeting");
    case PartColumn:
        return tr("Part");
    case SnippetColumn:
        return tr("Found");
    }
    return {};
}

} // namespace Bayon
