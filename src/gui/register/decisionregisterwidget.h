#pragma once

#include "document/decisionreport.h"
#include "domain/decisionfilter.h"
#include "domain/meeting.h"
#include "domain/result.h"

#include <QUuid>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class DecisionRegisterWidget;
}

class QPrinter;
class QTableView;
class QTimer;

namespace Bayon {

class Database;
class DecisionRegisterHistoryModel;
class DecisionRegisterModel;
class DecisionRegisterProxy;

// The decisions register of the open database: every resolution of every
// meeting with its follow-up, filtered by status, person, period, council and
// words (the storage's DecisionFilter), sorted by any column. The selected
// decision shows its whole text and its dated follow-up history, and takes a
// new follow-up step (also on signed meetings). What is shown prints and
// exports through DecisionReport, the same report `bayon-cli decisions`
// writes. Enter or a double-click asks to open the meeting at the resolution.
class DecisionRegisterWidget : public QWidget
{
    Q_OBJECT

public:
    enum class ExportKind { Pdf, Odt, Csv };

    explicit DecisionRegisterWidget(QWidget* parent = nullptr);
    ~DecisionRegisterWidget() override;

    // Null: nothing to show. The register reads the database anew on each
    // change of the filter, on refresh(), on scheduleReload() and whenever its
    // window is activated.
    void setDatabase(Database* database);
    // Asked before a follow-up step is written to a meeting (the editor saves
    // the meeting it holds first); false stops the write.
    void setBeforeWrite(std::function<bool(qint64 meetingId)> check);
    void refresh();
    // What the register shows changed in the database (a meeting saved, its
    // status or a follow-up changed): it reads it anew once control is back in
    // the event loop, several changes in a row once, or when next shown if it
    // is hidden. The selected decision and the sort order stay.
    void scheduleReload();

    // The filter the controls say.
    DecisionFilter filter() const;
    // The decisions shown, in the order shown.
    QList<DecisionEntry> shownEntries() const;
    // The report's heading for what is shown: council, period, filter in words.
    DecisionReport::Heading heading() const;
    Status exportTo(const QString& path, ExportKind kind) const;

    DecisionRegisterModel* model() const { return m_model; }
    DecisionRegisterProxy* proxy() const { return m_proxy; }
    QTableView* view() const;
    // The selected decision; null when none is.
    const DecisionEntry* currentEntry() const;
    bool selectEntry(qint64 meetingId, const QUuid& resolutionUid);

signals:
    void openRequested(qint64 meetingId, const QString& part);
    // A follow-up step was written; `stored` is the meeting as it is now.
    void followUpChanged(const Meeting& stored, const QString& part);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void fillChoices();
    void reloadChoices();
    void showCurrent();
    void updateCount();
    void fitColumns();
    void openCurrent();
    void recordStep();
    void clearFilters();
    void chooseExport(ExportKind kind);
    void printPreview();
    void print();
    void paint(QPrinter* printer);
    void setupPrinter(QPrinter& printer) const;
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Ui::DecisionRegisterWidget> ui;
    Database* m_database = nullptr;
    std::function<bool(qint64)> m_beforeWrite;
    DecisionRegisterModel* m_model = nullptr;
    DecisionRegisterProxy* m_proxy = nullptr;
    DecisionRegisterHistoryModel* m_history = nullptr;
    QTimer* m_typing = nullptr;
    QTimer* m_reload = nullptr;
    QUuid m_shownUid;
    qint64 m_shownMeeting = 0;
    bool m_sized = false;
    bool m_updating = false;
    // A change came while hidden: read anew when shown.
    bool m_stale = false;
};

} // namespace Bayon
