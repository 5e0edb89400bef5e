#pragma once

#include "document/protocolcontent.h"
#include "domain/meeting.h"
#include "domain/result.h"
#include "text/script.h"

#include <QSizeF>
#include <QStringView>
#include <memory>

class QPaintDevice;
class QTextDocument;

namespace Bayon {

class TableRowObject;

// The printed protocol laid out on A4 pages: the one layout behind the GUI's
// preview, its printout and the PDF, so that all three agree line for line.
//
// The text is laid out at a fixed resolution (layoutDpi) with the font's design
// metrics, whatever the device it is later painted on. Then the rules a typist
// keeps and QTextDocument does not know are applied by page breaks
// (ProtocolPaginator): no heading is the last line of a page, no paragraph
// leaves one line alone, a table going on over a page break goes on under its
// header row, and the signatures never stand alone.
//
// Needs a QGuiApplication (fonts). ProtocolPainter paints its pages.
class ProtocolLayout
{
public:
    static constexpr int layoutDpi = 1200;

    static Result<std::unique_ptr<ProtocolLayout>> create(
        const Meeting& meeting, Script script = Script::Latin);
    static Result<std::unique_ptr<ProtocolLayout>> create(ProtocolContent content);
    ~ProtocolLayout();

    const ProtocolContent& content() const { return m_content; }
    // The paginated document, in layout units (1/layoutDpi inch). Read only:
    // a change would undo the pagination.
    const QTextDocument& document() const { return *m_document; }
    int pageCount() const;
    // The size of a page in layout units; page k spans y from k·height to (k+1)·height.
    QSizeF pageSize() const;
    // The page (from 0) on which a part begins ("item:2", "resolution:3", see
    // ProtocolBlock::anchor), or -1 when the protocol has no such part.
    int pageOf(QStringView anchor) const;
    // How many page breaks the typist's rules added.
    int addedPageBreaks() const { return m_addedBreaks; }
    // How many of them the planned pagination did not foresee and Qt's layout
    // needed besides (0 unless PlannedPageFlow and Qt disagree).
    int unplannedPageBreaks() const { return m_unplannedBreaks; }

private:
    explicit ProtocolLayout(ProtocolContent content);
    void paginate();

    ProtocolContent m_content;
    // Before m_document: its layout refers to both.
    std::unique_ptr<QPaintDevice> m_device;
    std::unique_ptr<TableRowObject> m_rows;
    std::unique_ptr<QTextDocument> m_document;
    int m_addedBreaks = 0;
    int m_unplannedBreaks = 0;
};

} // namespace Bayon
