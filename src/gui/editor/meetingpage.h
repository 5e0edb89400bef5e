#pragma once

#include "gui/editing/changeheadercommand.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class MeetingPage;
}

namespace Bayon {

struct PartPath;
class AttendanceModel;
class MeetingDocument;
class PersonListModel;
class PersonRepository;
class TextBinding;
class UndoShortcutFilter;

// The first page of the meeting editor: the header (council, number, date,
// time, place, form, status, chair, secretary), the opening (end time, who
// convened it and on what basis, the notice, the members' count) and the
// attendance with its quorum line as printed, with persons added from the
// directory (completion in Uzbek order) or created there inline.
class MeetingPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingPage(QWidget* parent = nullptr);
    ~MeetingPage() override;

    void setDocument(MeetingDocument* document);
    void setPersonDirectory(PersonRepository* persons);
    void setUndoFilter(UndoShortcutFilter* filter);
    // The person directory, for completion elsewhere too.
    PersonListModel* directoryModel() const { return m_directory; }
    // Shows a part: "meeting" or "attendance N".
    void showPart(const PartPath& part);

signals:
    // The part the user works in, for the preview.
    void partFocused(const QString& part);
    // A message for the status bar (a person could not be added to the directory).
    void message(const QString& text);
    // The user picked another status: the main window carries it out through
    // the lifecycle (audited, perhaps asking first) and reloads the meeting.
    void statusChangeRequested(Bayon::MeetingStatus status);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshHeader();
    void refreshPersonCombos();
    void refreshReadOnly();
    void refreshValidation();
    void refreshQuorum();
    void pushHeader(ChangeHeaderCommand::Field field,
        const std::function<void(MeetingHeader&)>& change, EditKind kind);
    void addAttendee();
    void removeAttendee();
    void reloadDirectory();
    QList<Person> attendeePersons() const;

    std::unique_ptr<Ui::MeetingPage> ui;
    QPointer<MeetingDocument> m_document;
    PersonRepository* m_persons = nullptr;
    AttendanceModel* m_attendance = nullptr;
    PersonListModel* m_directory = nullptr;
    TextBinding* m_council = nullptr;
    TextBinding* m_place = nullptr;
    TextBinding* m_convenedBy = nullptr;
    TextBinding* m_basis = nullptr;
    TextBinding* m_notification = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_updating = false;
};

} // namespace Bayon
