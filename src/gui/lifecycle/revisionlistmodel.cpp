#include "revisionlistmodel.h"

#include "gui/widgets/enumnames.h"

namespace Bayon {

RevisionListModel::RevisionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RevisionListModel::setRevisions(QList<RevisionInfo> revisions)
{
    beginResetModel();
    m_revisions = std::move(revisions);
    endResetModel();
}

int RevisionListModel::rowOf(int revision) const
{
    for (int row = 0; row < m_revisions.size(); ++row) {
        if (m_revisions.at(row).revision == revision)
            return row;
    }
    return -1;
}

int RevisionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RevisionListModel::kindText(const RevisionInfo& revision)
{
    switch (revision.kind) {
    case RevisionKind::Create:
        return tr("Created");
    case RevisionKind::Save:
        return tr("Saved");
    case RevisionKind::Autosave:
        return revision.autosaves > 1 ? tr("Autosaved (%n saves)", nullptr, revision.autosaves)
                                      : tr("Autosaved");
    case RevisionKind::Transition:
        return tr("Status changed");
    case RevisionKind::Reopen:
        return tr("Reopened");
    case RevisionKind::Restore:
        return tr("Restored");
    }
    return {};
}

QVariant RevisionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RevisionInfo& revision = m_revisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RevisionColumn:
            return revision.revision;
        case SavedColumn:
            return revision.savedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        case AuthorColumn:
            return revision.author;
        case KindColumn:
            return kindText(revision);
        case StatusColumn:
            return EnumNames::name(revision.status);
        }
        break;
    case Qt::ToolTipRole:
        if (revision.autosaves > 1)
            return tr("Autosaves from %1 to %2")
                .arg(revision.firstSavedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                    revision.savedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RevisionColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RevisionRole:
        return revision.revision;
    default:
        break;
    }
    return {};
}

QVariant RevisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RevisionColumn:
        return tr("Revision");
    case SavedColumn:
        return tr("Saved");
    case AuthorColumn:
        return tr("Author");
    case KindColumn:
        return tr("What happened");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace Bayon
