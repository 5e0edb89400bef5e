#pragma once

#include "domain/person.h"
#include "domain/vote.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpacerItem;
class QSpinBox;

namespace Bayon {

struct Meeting;
class UndoShortcutFilter;

// Shows and edits one Vote: how it was taken (no vote recorded,
// counts, "bir ovozdan", roll call), the counts "Rozi", "Qarshi", "Betaraf",
// and for a roll call each member present with their choice and dissenting
// opinion ("alohida fikr"); under it the validator's message. It never
// changes a meeting itself: each change the user makes is one edited() signal,
// which the page turns into one undo command.
class VoteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit VoteEditor(QWidget* parent = nullptr);
    ~VoteEditor() override;

    // The members who can vote in a meeting: present members, in attendance order.
    static QList<Person> presentMembers(const Meeting& meeting);
    // The members who can vote: those present at the meeting, in attendance order.
    void setMembers(const QList<Person>& present);
    void setVote(const Vote& vote);
    const Vote& vote() const { return m_vote; }
    // The validator's message about this vote, or empty.
    void setMessage(const QString& message);
    QString message() const;
    // The vote as the protocol prints it (VotePreview), or empty.
    void setPreview(const QString& printed);
    QString preview() const;
    void setReadOnly(bool readOnly);
    // Ctrl+Z in the text fields undoes on the meeting's stack.
    void setUndoFilter(UndoShortcutFilter* filter);

    // The choice names as the editor shows them (also for tests).
    static QString kindName(VoteKind kind);
    static QString choiceName(VoteChoice choice);

signals:
    void edited(const Bayon::Vote& vote);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        Person member;
        QLabel* name = nullptr;
        QComboBox* choice = nullptr;
        QLineEdit* opinion = nullptr;
    };

    void retranslate();
    void fillKinds();
    void refresh();
    void rebuildRows();
    void refreshRows();
    QList<Person> rollCallPeople() const;
    void change(const Vote& changed);
    void kindChosen();
    void rowEdited(int row);

    QList<Person> m_members;
    Vote m_vote;
    bool m_updating = false;
    bool m_readOnly = false;
    QPointer<UndoShortcutFilter> m_undoFilter;

    QLabel* m_kindLabel = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QWidget* m_countsPanel = nullptr;
    QLabel* m_forLabel = nullptr;
    QLabel* m_againstLabel = nullptr;
    QLabel* m_abstainedLabel = nullptr;
    QSpinBox* m_forSpin = nullptr;
    QSpinBox* m_againstSpin = nullptr;
    QSpinBox* m_abstainedSpin = nullptr;
    QLabel* m_opinionsLabel = nullptr;
    QLineEdit* m_opinionsEdit = nullptr;
    QScrollArea* m_rollCallArea = nullptr;
    QGridLayout* m_rollCallGrid = nullptr;
    QLabel* m_memberHeader = nullptr;
    QLabel* m_choiceHeader = nullptr;
    QLabel* m_opinionHeader = nullptr;
    QList<Row> m_rows;
    QLabel* m_messageLabel = nullptr;
    QPlainTextEdit* m_previewEdit = nullptr;
    QSpacerItem* m_trailingSpace = nullptr;
};

} // namespace Bayon
