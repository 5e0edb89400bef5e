#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class AppendicesPage;
}

namespace Bayon {

struct PartPath;
class MeetingDocument;
class TextBinding;
class UndoShortcutFilter;

// The documents attached to the protocol ("(ilova qilinadi)"): their list
// with the numbers they print under ("2-ilova"), each one's title and text,
// added, removed and reordered as single undo steps; beside the list, the
// check that the text's mentions and the documents match.
class AppendicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit AppendicesPage(QWidget* parent = nullptr);
    ~AppendicesPage() override;

    void setDocument(MeetingDocument* document);
    void setUndoFilter(UndoShortcutFilter* filter);
    // Shows a part: "appendix N" (from 1, as the validator names it).
    void showPart(const PartPath& part);
    // The appendix being edited, from 0, or -1.
    int currentAppendix() const;

signals:
    // The part the user works in, for the preview.
    void partFocused(const QString& part);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void refreshEditors();
    void refreshReadOnly();
    void addAppendix();
    void removeAppendix();
    void moveAppendix(int by);

    std::unique_ptr<Ui::AppendicesPage> ui;
    QPointer<MeetingDocument> m_document;
    TextBinding* m_title = nullptr;
    TextBinding* m_body = nullptr;
    QList<QMetaObject::Connection> m_connections;
    // The row to show after the next refresh (a document added or moved), or -1.
    int m_pendingRow = -1;
    bool m_updating = false;
    // A change came while the page was hidden: numbering the documents
    // composes the whole protocol, so it waits until the page is shown
    // instead of running on every edit elsewhere.
    bool m_stale = false;
};

} // namespace Bayon
