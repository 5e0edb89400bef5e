#include "kpitablemodel.h"

#include "domain/partpath.h"
#include "gui/editing/addremovekpirowscommand.h"
#include "gui/editing/changekpirowscommand.h"
#include "gui/editor/models/kpichangetext.h"
#include "gui/widgets/validationstyle.h"
#include "text/apostrophes.h"
#include "text/uzbeknumbers.h"

namespace Bayon {

KpiTableModel::KpiTableModel(QObject* parent)
    : DocumentTableModel(parent)
{
}

void KpiTableModel::setTable(const QUuid& reportUid, int table)
{
    if (reportUid == m_reportUid && table == m_table)
        return;
    reset([&] {
        m_reportUid = reportUid;
        m_table = table;
        m_invalid.clear();
    });
    emit invalidCellsChanged(0);
}

const KpiTable* KpiTableModel::currentTable() const
{
    return document() ? document()->kpiTable(m_reportUid, m_table) : nullptr;
}

std::optional<MeetingDocument::ListRef> KpiTableModel::list() const
{
    if (!currentTable())
        return std::nullopt;
    return MeetingDocument::ListRef {MeetingDocument::ListKind::KpiRows, m_reportUid, m_table};
}

int KpiTableModel::listSize() const
{
    return int(currentTable()->rows.size());
}

void KpiTableModel::listAboutToShrink(const MeetingDocument::ListRef& l, int first, int last)
{
    using Kind = MeetingDocument::ListKind;
    if (!currentTable())
        return;
    bool lost = false;
    if (l.kind == Kind::KpiTables && l.owner == m_reportUid) {
        lost = true; // the index of this table may shift or it goes
    } else if (l.kind == Kind::Reports) {
        const auto at = document()->reportPosition(m_reportUid);
        lost = l.owner == document()->meeting().agenda.at(at.item).uid && at.report >= first
            && at.report <= last;
    } else if (l.kind == Kind::Agenda) {
        const auto at = document()->reportPosition(m_reportUid);
        lost = at.item >= first && at.item <= last;
    }
    if (lost)
        setTable({}, -1);
}

void KpiTableModel::listAboutToGrow(const MeetingDocument::ListRef& l, int first, int)
{
    if (l.kind == MeetingDocument::ListKind::KpiTables && l.owner == m_reportUid
        && first <= m_table)
        setTable({}, -1);
}

void KpiTableModel::structureChanged()
{
    // Typed-but-invalid cells are keyed by row; after rows moved they would be misplaced.
    if (!m_invalid.isEmpty()) {
        m_invalid.clear();
        emit invalidCellsChanged(0);
    }
    emitAllChanged();
}

void KpiTableModel::headerChanged()
{
    emitAllChanged();
}

int KpiTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KpiTableModel::part(int row) const
{
    const auto at = document()->reportPosition(m_reportUid);
    const SpeakerReport* report = document()->report(m_reportUid);
    int number = row + 1;
    for (int t = 0; t < m_table; ++t)
        number += int(report->kpiTables.at(t).rows.size());
    return PartPath::kpi(at.item + 1, at.report + 1, number).toString();
}

QVariant KpiTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiRow& row = currentTable()->rows.at(index.row());
    const auto invalid = m_invalid.constFind({index.row(), index.column()});
    const bool isInvalid = invalid != m_invalid.cend();

    QString problem;
    if (isInvalid) {
        problem = index.column() == ValueColumn
            ? tr("“%1” is not a number. Write it the Uzbek way: 1 152 or 11,2.").arg(*invalid)
            : tr("“%1” is not a change. Write a factor (1,4 barobar) or a percentage (+25 %).")
                  .arg(*invalid);
    } else if (index.column() == IndicatorColumn) {
        problem = document()->issue(part(index.row()), QStringLiteral("indicator"));
    } else if (index.column() == ValueColumn) {
        problem = document()->issue(part(index.row()), QStringLiteral("value"));
    } else if (index.column() == ChangeColumn) {
        problem = document()->issue(part(index.row()), QStringLiteral("change"));
    }
    if (const QVariant marked = ValidationStyle::cellData(role, problem); marked.isValid())
        return marked;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (isInvalid)
            return *invalid;
        switch (index.column()) {
        case IndicatorColumn:
            return row.indicator;
        case ValueColumn:
            return row.value ? UzbekNumbers::format(*row.value) : QString();
        case UnitColumn:
            return row.unit;
        case PeriodColumn:
            return row.period;
        case ChangeColumn:
            return KpiChangeText::format(row.change);
        case NoteColumn:
            return row.note;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == ChangeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

void KpiTableModel::setInvalid(int row, int column, const QString& text)
{
    m_invalid.insert({row, column}, text);
    emit invalidCellsChanged(invalidCellCount());
}

void KpiTableModel::clearInvalid(int row, int column)
{
    if (m_invalid.remove({row, column}) > 0)
        emit invalidCellsChanged(invalidCellCount());
}

bool KpiTableModel::applyCell(KpiRow& row, int rowIndex, int column, const QString& input)
{
    const QString text = m_normalize ? Apostrophes::normalize(input.trimmed()) : input.trimmed();
    switch (column) {
    case IndicatorColumn:
        row.indicator = text;
        break;
    case UnitColumn:
        row.unit = text;
        break;
    case PeriodColumn:
        row.period = text;
        break;
    case NoteColumn:
        row.note = text;
        break;
    case ValueColumn:
        if (text.isEmpty()) {
            row.value.reset();
        } else if (const auto number = UzbekNumbers::parse(text)) {
            row.value = *number;
        } else {
            setInvalid(rowIndex, column, text);
            return false;
        }
        break;
    case ChangeColumn:
        if (const auto change = KpiChangeText::parse(text)) {
            row.change = *change;
        } else {
            setInvalid(rowIndex, column, text);
            return false;
        }
        break;
    default:
        return false;
    }
    clearInvalid(rowIndex, column);
    return true;
}

bool KpiTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || isReadOnly()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const KpiRow before = currentTable()->rows.at(index.row());
    KpiRow row = before;
    const bool read = applyCell(row, index.row(), index.column(), value.toString());
    if (!read) {
        emit dataChanged(index, index);
        return true; // kept as typed and marked, not lost
    }
    if (row == before) {
        emit dataChanged(index, index);
        return true;
    }
    return document()->push(
        new ChangeKpiRowsCommand(document(), m_reportUid, m_table, index.row(), {row}));
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case PeriodColumn:
        return tr("Period");
    case ChangeColumn:
        return tr("Change");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags KpiTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    if (index.isValid() && !isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool KpiTableModel::addRow(int row)
{
    if (isReadOnly() || !currentTable() || row < 0 || row > rowCount())
        return false;
    return document()->push(new AddRemoveKpiRowsCommand(
        document(), ListAction::Add, m_reportUid, m_table, row, {KpiRow {}}));
}

bool KpiTableModel::removeRowsAt(int first, int count)
{
    if (isReadOnly() || !currentTable() || first < 0 || count <= 0 || first + count > rowCount())
        return false;
    return document()->push(new AddRemoveKpiRowsCommand(
        document(), ListAction::Remove, m_reportUid, m_table, first, {}, count));
}

int KpiTableModel::paste(int row, int column, const QString& text)
{
    if (isReadOnly() || !currentTable() || row < 0 || column < 0 || column >= ColumnCount)
        return 0;
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return 0;

    const int existing = rowCount();
    const int first = std::min(row, existing);
    QList<KpiRow> changed;
    QList<KpiRow> added;
    QList<QPair<QPair<int, int>, QString>> invalid;
    for (int i = 0; i < lines.size(); ++i) {
        const int target = first + i;
        KpiRow value = target < existing ? currentTable()->rows.at(target) : KpiRow {};
        const QStringList cells = lines.at(i).split(u'\t');
        for (int c = 0; c < cells.size() && column + c < ColumnCount; ++c) {
            if (!applyCell(value, target, column + c, cells.at(c)))
                invalid.append({{target, column + c}, cells.at(c).trimmed()});
        }
        (target < existing ? changed : added).append(value);
    }

    auto* macro = new QUndoCommand(tr("Paste KPI rows"));
    if (!changed.isEmpty())
        new ChangeKpiRowsCommand(document(), m_reportUid, m_table, first, changed, macro);
    if (!added.isEmpty())
        new AddRemoveKpiRowsCommand(
            document(), ListAction::Add, m_reportUid, m_table, existing, added, 0, macro);
    document()->push(macro);
    // The rows pasted at the end cleared the marks on insertion; put them back.
    for (const auto& [cell, raw] : std::as_const(invalid))
        setInvalid(cell.first, cell.second, raw);
    emitAllChanged();
    return int(invalid.size());
}

} // namespace Bayon
