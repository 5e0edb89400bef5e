#pragma once

#include "domain/enums.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class MeetingEditor;
}

namespace Bayon {

class AgendaPage;
class MeetingDocument;
class MeetingPage;
class PersonRepository;
class ResolutionsPage;
class UndoShortcutFilter;

// The editor of one meeting, in the centre of the main window: three pages
// (meeting and attendance, agenda and reports, resolutions) over one
// MeetingDocument. A final or signed meeting is shown read-only under a banner
// whose Reopen button asks before it turns the meeting back into a draft.
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
    // "report N.M", "kpi N.M.K", "resolution N".
    void showPart(const QString& part);

    MeetingPage* meetingPage() const;
    AgendaPage* agendaPage() const;
    ResolutionsPage* resolutionsPage() const;

signals:
    // The part being edited, which the preview follows.
    void partFocused(const QString& part);
    void message(const QString& text);
    // The Reopen button of the read-only banner.
    void reopenRequested();
    void statusChangeRequested(Bayon::MeetingStatus status);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshReadOnly();

    std::unique_ptr<Ui::MeetingEditor> ui;
    QPointer<MeetingDocument> m_document;
    UndoShortcutFilter* m_undoFilter = nullptr;
    QMetaObject::Connection m_readOnlyConnection;
};

} // namespace Bayon
