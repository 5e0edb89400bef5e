#include "auditlogmodel.h"

#include "gui/widgets/enumnames.h"

using namespace Qt::StringLiterals;

namespace Bayon {

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionText(AuditAction action)
{
    switch (action) {
    case AuditAction::Transition:
        return tr("Status changed");
    case AuditAction::Reopen:
        return tr("Reopened");
    case AuditAction::Restore:
        return tr("Revision restored");
    case AuditAction::Attach:
        return tr("File attached");
    case AuditAction::Detach:
        return tr("File removed");
    case AuditAction::Import:
        return tr("Imported");
    }
    return {};
}

QString AuditLogModel::statusText(const AuditEntry& entry)
{
    if (!entry.from && !entry.to)
        return {};
    const QString from = entry.from ? EnumNames::name(*entry.from).toLower() : u"—"_s;
    const QString to = entry.to ? EnumNames::name(*entry.to).toLower() : u"—"_s;
    return from + u" → "_s + to;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        case UserColumn:
            return entry.user;
        case ActionColumn:
            return actionText(entry.action);
        case StatusColumn:
            return statusText(entry);
        case RevisionColumn:
            return entry.revision > 0 ? QVariant(entry.revision) : QVariant();
        case NoteColumn:
            return QString(entry.note).replace(u'\n', u' ');
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn && !entry.note.isEmpty())
            return entry.note;
        if (!entry.controlHash.isEmpty())
            return tr("Control hash stored: %1").arg(entry.controlHash);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RevisionColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case StatusColumn:
        return tr("Status");
    case RevisionColumn:
        return tr("Revision");
    case NoteColumn:
        return tr("Note or reason");
    }
    return {};
}

} // namespace Bayon
