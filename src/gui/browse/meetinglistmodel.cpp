#include "meetinglistmodel.h"

#include "gui/widgets/enumnames.h"

#include <QLocale>

namespace Bayon {

MeetingListModel::MeetingListModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

MeetingSummary MeetingListModel::summaryOf(const Meeting& meeting)
{
    return {meeting.id, meeting.revision, meeting.councilName, meeting.number, meeting.date,
        meeting.status, meeting.title()};
}

void MeetingListModel::setMeetings(const QList<MeetingSummary>& meetings)
{
    beginResetModel();
    m_years.clear();
    for (const MeetingSummary& summary : meetings) {
        const int year = summary.date.isValid() ? summary.date.year() : 0;
        auto found = std::find_if(
            m_years.begin(), m_years.end(), [&](const Year& y) { return y.year == year; });
        if (found == m_years.end()) {
            m_years.append(Year {year, {}});
            found = m_years.end() - 1;
        }
        found->meetings.append(summary);
    }
    // Newest year first; meetings without a date last.
    std::stable_sort(m_years.begin(), m_years.end(), [](const Year& a, const Year& b) {
        if ((a.year == 0) != (b.year == 0))
            return b.year == 0;
        return a.year > b.year;
    });
    endResetModel();
}

QList<MeetingSummary> MeetingListModel::all() const
{
    QList<MeetingSummary> meetings;
    for (const Year& year : m_years)
        meetings += year.meetings;
    return meetings;
}

int MeetingListModel::meetingCount() const
{
    int count = 0;
    for (const Year& year : m_years)
        count += int(year.meetings.size());
    return count;
}

void MeetingListModel::updateMeeting(const MeetingSummary& summary)
{
    const QModelIndex at = indexOf(summary.id);
    if (at.isValid()) {
        MeetingSummary& current = m_years[int(at.internalId()) - 1].meetings[at.row()];
        if (current.date == summary.date && current.number == summary.number) {
            current = summary;
            emit dataChanged(
                index(at.row(), 0, at.parent()), index(at.row(), ColumnCount - 1, at.parent()));
            return;
        }
    }
    // New, or moved in the order: sort it in among the others.
    QList<MeetingSummary> meetings = all();
    meetings.removeIf([&](const MeetingSummary& m) { return m.id == summary.id; });
    meetings.append(summary);
    std::stable_sort(
        meetings.begin(), meetings.end(), [](const MeetingSummary& a, const MeetingSummary& b) {
            if (a.date != b.date)
                return a.date > b.date;
            if (a.number != b.number)
                return a.number > b.number;
            return a.id > b.id;
        });
    setMeetings(meetings);
}

QModelIndex MeetingListModel::indexOf(qint64 id) const
{
    for (int y = 0; y < m_years.size(); ++y) {
        for (int m = 0; m < m_years.at(y).meetings.size(); ++m) {
            if (m_years.at(y).meetings.at(m).id == id)
                return createIndex(m, 0, quintptr(y + 1));
        }
    }
    return {};
}

QModelIndex MeetingListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MeetingListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_years.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_years.at(parent.row()).meetings.size());
    return 0;
}

int MeetingListModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Year& year = m_years.at(index.row());
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            && index.column() == TitleColumn)
            return year.year == 0 ? tr("Without a date") : QString::number(year.year);
        if (role == YearRole)
            return year.year;
        return {};
    }
    const MeetingSummary& m = m_years.at(int(index.internalId()) - 1).meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            // Two lines, so that a narrow list still shows all four facts.
            QStringList facts;
            if (m.number > 0)
                facts << QStringLiteral("№ %1").arg(m.number);
            if (m.date.isValid())
                facts << m.date.toString(QStringLiteral("dd.MM.yyyy"));
            facts << EnumNames::name(m.status);
            return QString(facts.join(QStringLiteral(" · ")) + u'\n'
                + (m.title.isEmpty() ? tr("(untitled meeting)") : m.title));
        }
        case NumberColumn:
            return m.number > 0 ? QStringLiteral("№ %1").arg(m.number) : QString();
        case DateColumn:
            return m.date.isValid() ? m.date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
        case StatusColumn:
            return EnumNames::name(m.status);
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(m.councilName, m.title);
    case Qt::AccessibleTextRole:
        return tr("Meeting %1 of %2: %3, %4")
            .arg(m.number)
            .arg(m.date.toString(QStringLiteral("dd.MM.yyyy")), m.title, EnumNames::name(m.status));
    case IdRole:
        return m.id;
    default:
        break;
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Meeting");
    case NumberColumn:
        return tr("No.");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace Bayon
