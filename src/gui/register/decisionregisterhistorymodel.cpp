#include "decisionregisterhistorymodel.h"

#include "gui/widgets/enumnames.h"

#include <algorithm>

namespace Bayon {

DecisionRegisterHistoryModel::DecisionRegisterHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DecisionRegisterHistoryModel::setHistory(const QList<FollowUpEntry>& history)
{
    beginResetModel();
    m_steps = history;
    std::reverse(m_steps.begin(), m_steps.end());
    endResetModel();
}

int DecisionRegisterHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int DecisionRegisterHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionRegisterHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpEntry& step = m_steps.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return step.date.toString(QStringLiteral("dd.MM.yyyy"));
        case StatusColumn:
            return EnumNames::name(step.status);
        case NoteColumn:
            return step.note;
        case AuthorColumn:
            return step.author;
        }
    }
    if (role == Qt::ToolTipRole) {
        const QString recorded
            = tr("Written down %1")
                  .arg(step.recordedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
        if (index.column() == NoteColumn && !step.note.isEmpty())
            return QString(step.note + u'\n' + recorded);
        return recorded;
    }
    return {};
}

QVariant DecisionRegisterHistoryModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("By");
    }
    return {};
}

} // namespace Bayon
