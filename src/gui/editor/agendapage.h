#pragma once

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>
#include <memory>

namespace Ui {
class AgendaPage;
}

class QAbstractItemModel;
class QAction;

namespace Bayon {

struct PartPath;
class AgendaModel;
class MeetingDocument;
class ReportEditor;
class ReportListModel;
class TextBinding;
class UndoShortcutFilter;
struct Person;

// The agenda page: the ordered items with their Roman numerals (add, remove,
// move up/down, drag to reorder) and, for the selected item, its title, its
// speaker reports, its discussion and the vote on it as a whole.
class AgendaPage : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaPage(QWidget* parent = nullptr);
    ~AgendaPage() override;

    void setDocument(MeetingDocument* document);
    void setUndoFilter(UndoShortcutFilter* filter);
    void setPersonModel(QAbstractItemModel* persons);
    // Shows a part: "agenda N", "report N.M" or "kpi N.M.K"; nothing for another.
    void showPart(const PartPath& part);
    QUuid currentItem() const { return m_itemUid; }
    ReportEditor* reportEditor() const;
    AgendaModel* agendaModel() const { return m_agenda; }
    // The index of the selected agenda item, or -1.
    int currentItemIndex() const;
    // An action about the selected item (an extract of it), offered when the
    // user right-clicks an item of the agenda list.
    void addItemAction(QAction* action);

    void addItem();
    void removeItem();
    void moveItem(int delta);
    void addReport();
    void removeReport();

signals:
    void partFocused(const QString& part);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showItem(const QUuid& itemUid);
    void refreshItem();
    void refreshReadOnly();
    void refreshVote();
    void selectReport(int row);
    QList<Person> knownPersons() const;

    std::unique_ptr<Ui::AgendaPage> ui;
    QPointer<MeetingDocument> m_document;
    AgendaModel* m_agenda = nullptr;
    ReportListModel* m_reports = nullptr;
    TextBinding* m_title = nullptr;
    TextBinding* m_participants = nullptr;
    TextBinding* m_summary = nullptr;
    QUuid m_itemUid;
    QList<QMetaObject::Connection> m_connections;
    // The printed vote is composed once typing pauses, not on every key.
    QTimer* m_votePreviewTimer = nullptr;
    QList<QAction*> m_itemActions;
    bool m_updating = false;
};

} // namespace Bayon
