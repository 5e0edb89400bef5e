#pragma once

#include "gui/editing/changereportcommand.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>
#include <memory>

namespace Ui {
class ReportEditor;
}

class QAbstractItemModel;

namespace Bayon {

class BodyBinding;
class KpiTableModel;
class MeetingDocument;
class TextBinding;
class UndoShortcutFilter;

// Edits one speaker report: the speaker, the lead sentence, the body (with
// paragraphs, section headings and bullets) and its KPI tables, each a
// spreadsheet with keyboard editing and paste from a spreadsheet.
class ReportEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReportEditor(QWidget* parent = nullptr);
    ~ReportEditor() override;

    void setDocument(MeetingDocument* document);
    void setReport(const QUuid& reportUid);
    QUuid report() const { return m_reportUid; }
    void setUndoFilter(UndoShortcutFilter* filter);
    // Completion for the speaker: the person directory.
    void setPersonModel(QAbstractItemModel* persons);
    void setKnownPersons(std::function<QList<Person>()> known) { m_known = std::move(known); }
    KpiTableModel* kpiModel() const { return m_kpi; }
    // Shows KPI row number row (from 1, counted across the report's tables).
    void showKpiRow(int row);
    // Pastes the clipboard's tab-separated rows at the current KPI cell.
    void pasteKpiRows();

signals:
    void partFocused(const QString& part);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void refreshTables();
    void refreshReadOnly();
    void selectTable(int table);
    void pushText(ChangeReportCommand::Field field,
        const std::function<void(SpeakerReport&)>& change, EditKind kind);
    void addTable();
    void removeTable();
    void addRow();
    void removeRows();
    void updateKpiStatus();

    std::unique_ptr<Ui::ReportEditor> ui;
    QPointer<MeetingDocument> m_document;
    QUuid m_reportUid;
    KpiTableModel* m_kpi = nullptr;
    TextBinding* m_speaker = nullptr;
    TextBinding* m_lead = nullptr;
    TextBinding* m_caption = nullptr;
    BodyBinding* m_body = nullptr;
    std::function<QList<Person>()> m_known;
    QList<QMetaObject::Connection> m_connections;
    bool m_updating = false;
};

} // namespace Bayon
