#include "searchresultmodel.h"

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
    const QString kind = part.section(u' ', 0, 0);
    const QStringList numbers = part.section(u' ', 1, 1).split(u'.');
    const QString numeral = RomanNumeral::fromInt(numbers.value(0).toInt());
    if (kind == u"agenda")
        return tr("Agenda item %1").arg(numeral);
    if (kind == u"report")
        return tr("Report %1.%2").arg(numeral, numbers.value(1));
    if (kind == u"kpi")
        return tr("KPI row %1.%2.%3").arg(numeral, numbers.value(1), numbers.value(2));
    if (kind == u"resolution")
        return tr("Resolution %1").arg(numbers.value(0));
    if (kind == u"attendance")
        return tr("Attendance %1").arg(numbers.value(0));
    if (kind == u"appendix")
        return tr("Appendix %1").arg(numbers.value(0));
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
