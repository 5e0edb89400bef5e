#pragma once

#include "domain/meeting.h"
#include "domain/remark.h"
#include "domain/result.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class RemarksPanel;
}

class QAction;

namespace Bayon {

class RemarkListModel;
class RemarkRepository;
class RemarkStore;

// The remarks on the meeting open in the editor, in a dock beside it.
// In a review copy (a member's), the member's own remarks kept in the
// member's data folder (RemarkStore), with Add remark…, Take back and
// Send remarks…. In the secretary's database, the remarks imported from
// members (RemarkRepository), each with the part it concerns as it stands
// now, and the buttons that mark it accepted, rejected or noted. Choosing a
// remark asks the editor to show its part.
class RemarksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RemarksPanel(QWidget* parent = nullptr);
    ~RemarksPanel() override;

    // Where the remarks come from: a member's store or the secretary's
    // repository (one of them, or neither: nothing to show).
    void setMemberStore(RemarkStore* store);
    void setRepository(RemarkRepository* repository);
    // The meeting the panel shows the remarks of; none: empty.
    void setMeeting(const std::optional<Meeting>& meeting);
    // Reads the remarks anew.
    void refresh();
    // The part the editor shows: its remarks stand out.
    void setCurrentPart(const QString& part);
    // The actions whose buttons the panel shows: Add remark…, Send remarks…,
    // Import remarks….
    void setActions(QAction* add, QAction* send, QAction* import);

    RemarkListModel* model() const { return m_model; }
    // The remark selected; null when none is.
    const Remark* currentRemark() const;
    bool selectRemark(const QUuid& uid);
    // Marks the selected remark (the secretary's side).
    Status markCurrent(RemarkState state);
    // Takes the selected remark back (the member's side).
    Status removeCurrent();

signals:
    void partRequested(const QString& part);
    void errorOccurred(const QString& title, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();
    void updateSummary();

    std::unique_ptr<Ui::RemarksPanel> ui;
    RemarkListModel* m_model = nullptr;
    RemarkStore* m_store = nullptr;
    RemarkRepository* m_repository = nullptr;
    std::optional<Meeting> m_meeting;
    QString m_error;
};

} // namespace Bayon
