#pragma once

#include "domain/council.h"
#include "domain/meeting.h"
#include "domain/result.h"

#include <QDialog>
#include <QPointer>
#include <memory>
#include <optional>

namespace Ui {
class CouncilSettingsDialog;
}

namespace Bayon {

class CouncilMemberModel;
class CouncilRepository;
class PersonListModel;
class PreviewWidget;

// Council settings: the bodies of the database, one at a time — its names,
// city, emblem, members with their terms, quorum rule, default form and the
// template its protocols are printed with — beside a live preview of a
// sample protocol of that body (the meeting open in the editor when it is one
// of the body's drafts, else the body's next meeting) printed with the
// template as edited. Save stores the body through CouncilRepository::save
// (one transaction; its drafts follow at once); Cancel stores nothing.
class CouncilSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CouncilSettingsDialog(CouncilRepository& councils, QWidget* parent = nullptr);
    ~CouncilSettingsDialog() override;

    // The meeting open in the editor (with its unsaved edits): the preview's
    // sample when it is a draft of the body shown; its body is shown first.
    void setOpenMeeting(const Meeting& meeting);
    // The person directory, to add members by name.
    void setPersons(const QList<Person>& persons);

    // Shows another body; with unsaved changes, asks to save them first.
    // False when the user stayed (or the body cannot be loaded).
    bool selectCouncil(qint64 id);
    // A new body (not stored until saved), with the usual template.
    bool addCouncil();

    // The body as edited so far.
    const Council& council() const { return m_council; }
    bool isModified() const;
    // What keeps the body from being saved, in a sentence; empty when nothing.
    QString problem() const;
    // Takes a PNG or JPEG file as the emblem (other image files become PNG).
    Status setEmblemFromFile(const QString& path);
    PreviewWidget* preview() const;
    // The sample protocol the preview shows, with the edited settings.
    Meeting sampleMeeting() const;

    // Saves and closes; on bad input or a failed save, says why and stays open.
    void accept() override;

signals:
    // After a successful save, with the body as stored.
    void saved(const Bayon::Council& council);

private:
    struct Problem
    {
        QString message;
        QWidget* field = nullptr;
    };

    void reloadList(qint64 select);
    void showCouncil(const Council& council);
    void readWidgets();
    void refresh();
    void refreshEmblem();
    void refreshQuorumNote();
    void addMember();
    void removeMember();
    void chooseEmblem();
    // Asks what to do with unsaved changes; false when the user cancels.
    bool settleChanges();
    bool save();
    std::optional<Problem> findProblem() const;
    static QString itemText(const QString& shortName, const QString& fullName);

    std::unique_ptr<Ui::CouncilSettingsDialog> ui;
    CouncilRepository& m_councils;
    CouncilMemberModel* m_members = nullptr;
    PersonListModel* m_persons = nullptr;
    Council m_council; // as edited
    Council m_stored; // as loaded or last saved
    Meeting m_next; // the body's next meeting, for the preview's number and date
    std::optional<Meeting> m_openMeeting;
    bool m_updating = false;
};

} // namespace Bayon
