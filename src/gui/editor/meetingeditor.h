#pragma once

#include "domain/enums.h"

#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class MeetingEditor;
}

class QAction;

namespace Bayon {

class AgendaPage;
class AppendicesPage;
class MeetingDocument;
class MeetingPage;
class PersonRepository;
class ResolutionsPage;
class UndoShortcutFilter;

// The editor of one meeting, in the centre of the main window: three pages
// (meeting and attendance, agenda and reports, resolutions) over one
// MeetingDocument. A final or signed meeting is shown read-only under a banner
// whose Reopen button asks before it turns the meeting back into a draft. In a
// review copy every editing field is read-only and says so when pointed at.
class MeetingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingEditor(QWidget* parent = nullptr);
    ~MeetingEditor() override;

    MeetingDocument* document() const { return m_document; }
    void setDocument(MeetingDocument* document);
    void setPersonDirectory(PersonRepository* persons);
    // The filter that keeps Ctrl+Z for the meeting's undo stack.
    UndoShortcutFilter* undoFilter() const { return m_undoFilter; }

    // Opens the page of a part: "meeting", "attendance N", "agenda N",
    // "report N.M", "kpi N.M.K", "resolution N", "appendix N".
    void showPart(const QString& part);
    // The part the user is on, as a remark names it (RemarkPart): the KPI row,
    // speaker report, agenda item, resolution or appendix selected on the page
    // on show, whichever was used last; else "meeting".
    QString currentPart() const;
    // An action about the current part (Add remark…), offered when the user
    // right-clicks a part's list, table or text.
    void addPartAction(QAction* action);
    // The words every editing field of a review copy says when pointed at.
    static QString reviewCopyReason();

    MeetingPage* meetingPage() const;
    AgendaPage* agendaPage() const;
    ResolutionsPage* resolutionsPage() const;
    AppendicesPage* appendicesPage() const;

signals:
    // The part being edited, which the preview follows.
    void partFocused(const QString& part);
    void message(const QString& text);
    // The Reopen button of the read-only banner.
    void reopenRequested();
    void statusChangeRequested(Bayon::MeetingStatus status);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshReadOnly();
    // Widgets that change the meeting (not those that only choose what is shown).
    QList<QWidget*> editingWidgets() const;
    void showPartMenu(QWidget* widget, const QPoint& at);

    std::unique_ptr<Ui::MeetingEditor> ui;
    QPointer<MeetingDocument> m_document;
    UndoShortcutFilter* m_undoFilter = nullptr;
    QMetaObject::Connection m_readOnlyConnection;
    QPointer<QWidget> m_lastFocus;
    QList<QAction*> m_partActions;
};

} // namespace Bayon
