#pragma once

#include "gui/editing/meetingdocument.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Bayon {

// The base of the models over one list of the open meeting. It follows the
// document's structural signals for its list (insert, remove, move, change)
// with the matching begin/end calls, so that views keep their selection and
// current cell while the user edits, and QAbstractItemModelTester is content.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DocumentTableModel(QObject* parent = nullptr);

    MeetingDocument* document() const { return m_document; }
    void setDocument(MeetingDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    // After a change of the interface language: headers and names anew.
    void retranslate();

    // Reordering by drag and drop within the view, for models that allow it.
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) override;
    // What QListView and QTableView call for an internal move; one row at a time.
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
        const QModelIndex& destinationParent, int destinationChild) override;

protected:
    // The list this model shows, or nullopt while it shows nothing.
    virtual std::optional<MeetingDocument::ListRef> list() const = 0;
    // The number of rows of that list in the current meeting.
    virtual int listSize() const = 0;
    // Called after rows were inserted, removed or moved: numbered models
    // refresh their numbers.
    virtual void structureChanged();
    // The header changed (status, so read-only): flags may differ.
    virtual void headerChanged() { }
    // Some list is about to lose rows: a model whose owner (an agenda item, a
    // report, a table) is among them lets go of it here.
    virtual void listAboutToShrink(const MeetingDocument::ListRef& list, int first, int last);
    // Some list is about to grow: a model showing a table by its index follows.
    virtual void listAboutToGrow(const MeetingDocument::ListRef& list, int first, int last);
    bool isReadOnly() const { return !m_document || m_document->isReadOnly(); }
    // A model whose rows can be reordered pushes the move command here
    // (to: the row's place after the move) and says so by returning true.
    virtual bool pushMove(int from, int to);
    // The flags of a row, with the drag flag when the model reorders.
    Qt::ItemFlags rowFlags(const QModelIndex& index) const;
    // Resets the model after the owner of its list changed.
    void reset(const std::function<void()>& change);
    void emitAllChanged();

private:
    bool mine(const MeetingDocument::ListRef& list) const;

    QPointer<MeetingDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    bool m_moving = false;
};

} // namespace Bayon
