#pragma once

#include "gui/editing/changeresolutioncommand.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class ResolutionsPage;
}

namespace Bayon {

struct PartPath;
class MeetingDocument;
class ResolutionModel;
class TextBinding;
class UndoShortcutFilter;

// The resolutions page: the numbered list (add, remove, move, drag) and, for
// the selected resolution, its text and sub-points, kind, addressee,
// responsible persons, deadline, follow-up status and note, agenda item and vote.
class ResolutionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResolutionsPage(QWidget* parent = nullptr);
    ~ResolutionsPage() override;

    void setDocument(MeetingDocument* document);
    void setUndoFilter(UndoShortcutFilter* filter);
    // Shows "resolution N".
    void showPart(const PartPath& part);
    ResolutionModel* resolutionModel() const { return m_model; }

    void addResolution();
    void removeResolution();
    void moveResolution(int delta);

signals:
    void partFocused(const QString& part);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showResolution(const QUuid& uid);
    void refresh();
    void refreshAgendaItems();
    void refreshReadOnly();
    void refreshVote();
    void push(ChangeResolutionCommand::Field field, const std::function<void(Resolution&)>& change,
        EditKind kind);
    const Resolution* current() const;

    std::unique_ptr<Ui::ResolutionsPage> ui;
    QPointer<MeetingDocument> m_document;
    ResolutionModel* m_model = nullptr;
    TextBinding* m_text = nullptr;
    TextBinding* m_subPoints = nullptr;
    TextBinding* m_addressee = nullptr;
    TextBinding* m_responsible = nullptr;
    TextBinding* m_statusNote = nullptr;
    QUuid m_uid;
    QList<QMetaObject::Connection> m_connections;
    // The printed vote is composed once typing pauses, not on every key.
    QTimer* m_votePreviewTimer = nullptr;
    bool m_updating = false;
};

} // namespace Bayon
