#pragma once

#include "domain/meeting.h"
#include "domain/result.h"

#include <QDialog>
#include <QHash>
#include <memory>

namespace Ui {
class HistoryDialog;
}

namespace Bayon {

class AuditLogModel;
class LifecycleRepository;
class RevisionListModel;

// The history of one meeting: its kept revisions (number, time, author, what
// happened) and its audit log, newest first. Any two revisions, or one and
// the text on screen, are compared part by part with the words marked; the
// selected revision can be restored (the window does it, through
// restoreRequested, so that the restore lands on the editor's undo stack).
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // What the compare boxes hold for the text on screen.
    static constexpr int currentText = 0;

    explicit HistoryDialog(LifecycleRepository& lifecycle, QWidget* parent = nullptr);
    ~HistoryDialog() override;

    // Reads the history of this meeting (its text on screen is "the current
    // text") and compares the newest kept change with it.
    Status setMeeting(const Meeting& current);

    // Compares two states: revision numbers, or currentText.
    void compare(int from, int to);
    // The revision the Restore button would restore, or 0.
    int selectedRevision() const;
    // The changes shown, as plain text.
    QString changesText() const;

    RevisionListModel* revisions() const { return m_revisions; }
    AuditLogModel* audit() const { return m_audit; }

signals:
    void restoreRequested(int revision);

protected:
    void changeEvent(QEvent* event) override;

private:
    Result<Meeting> state(int revision);
    void fillCombos();
    void selectionChanged();
    void showComparison();
    void updateRestore();
    void askRestore();
    QString stateName(int revision) const;

    std::unique_ptr<Ui::HistoryDialog> ui;
    LifecycleRepository& m_lifecycle;
    RevisionListModel* m_revisions = nullptr;
    AuditLogModel* m_audit = nullptr;
    Meeting m_current;
    QHash<int, Meeting> m_loaded;
    bool m_updating = false;
};

} // namespace Bayon
