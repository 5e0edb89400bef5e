#include "previewwidget.h"

#include "document/protocollayout.h"
#include "domain/partpath.h"
#include "gui/preview/previewcanvas.h"
#include "text/romannumeral.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <functional>

namespace Bayon {

PreviewWidget::PreviewWidget(QWidget* parent)
    : QScrollArea(parent)
    , m_canvas(new PreviewCanvas)
{
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);
    setAccessibleName(tr("Preview of the printed protocol"));
    setFocusPolicy(Qt::StrongFocus);
    m_rebuild.setSingleShot(true);
    // Laying out the protocol takes a noticeable moment: wait for a pause in the typing.
    m_rebuild.setInterval(500);
    connect(&m_rebuild, &QTimer::timeout, this, &PreviewWidget::rebuild);
}

PreviewWidget::~PreviewWidget()
{
    m_canvas->setProtocol(nullptr);
}

void PreviewWidget::setMeeting(const Meeting& meeting)
{
    m_meeting = meeting;
    m_hasMeeting = true;
    m_rebuild.start();
}

void PreviewWidget::clear()
{
    m_rebuild.stop();
    m_hasMeeting = false;
    m_canvas->setProtocol(nullptr);
    m_layout.reset();
    emit pageCountChanged(0);
}

void PreviewWidget::flush()
{
    if (m_rebuild.isActive()) {
        m_rebuild.stop();
        rebuild();
    }
}

int PreviewWidget::pageCount() const
{
    return m_layout ? m_layout->pageCount() : 0;
}

void PreviewWidget::rebuild()
{
    if (!m_hasMeeting)
        return;
    auto created = ProtocolLayout::create(m_meeting);
    if (!created) {
        // The preview says why it is blank rather than showing nothing silently.
        setToolTip(created.error().message);
        return;
    }
    setToolTip({});
    const int scroll = verticalScrollBar()->value();
    auto layout = std::move(created).value();
    m_canvas->setProtocol(layout.get());
    m_layout = std::move(layout);
    m_canvas->setSheetWidth(viewport()->width() - 2 * PreviewCanvas::gap);
    verticalScrollBar()->setValue(scroll);
    emit pageCountChanged(pageCount());
    if (!m_part.isEmpty())
        showPart(m_part);
}

void PreviewWidget::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    m_canvas->setSheetWidth(viewport()->width() - 2 * PreviewCanvas::gap);
}

int PreviewWidget::currentPage() const
{
    const int height = m_canvas->sheetHeight() + PreviewCanvas::gap;
    return height > 0 ? verticalScrollBar()->value() / height : 0;
}

qreal PreviewWidget::partPosition(const QString& part) const
{
    if (!m_layout)
        return -1;
    const QTextDocument& document = m_layout->document();
    // "resolutions" is the resolutions' heading, the page of them all.
    const bool allResolutions = part == u"resolutions";
    const std::optional<PartPath> path = PartPath::parse(part);
    const PartKind kind = path ? path->kind : PartKind::Meeting;
    const int number = path ? path->numbers.at(0) : 0;
    // Agenda items and resolutions are printed in order near the end, each
    // beginning with its number ("II. …", "3. …"); the agenda list at the top
    // and the report bodies may begin lines so too. So walk back from the end:
    // find the last one, then the one before it, down to the one wanted.
    std::function<QString(int)> prefix;
    int last = 0;
    int wanted = 0;
    if (kind == PartKind::Agenda || kind == PartKind::Report || kind == PartKind::Kpi) {
        prefix = [](int n) -> QString { return RomanNumeral::fromInt(n) + u". "; };
        last = int(m_meeting.agenda.size());
        wanted = number;
    } else if (allResolutions || kind == PartKind::Resolution) {
        prefix = [](int n) -> QString { return QString::number(n) + u". "; };
        last = int(m_meeting.resolutions.size());
        wanted = allResolutions ? 1 : number;
    } else if (kind == PartKind::Appendix) {
        // Its page comes after the signatures, under a number only the
        // composer knows (AppendixNumbers): the preview stays where it is.
        return -1;
    } else {
        return 0;
    }
    if (wanted < 1 || wanted > last)
        return -1;
    QTextBlock block = document.lastBlock();
    for (int n = last; n >= wanted && block.isValid(); --n) {
        while (block.isValid() && !block.text().startsWith(prefix(n)))
            block = block.previous();
        if (n > wanted && block.isValid())
            block = block.previous();
    }
    if (!block.isValid())
        return -1;
    if (allResolutions && block.previous().isValid())
        block = block.previous(); // the resolution formula above the first one
    return document.documentLayout()->blockBoundingRect(block).top();
}

void PreviewWidget::showPart(const QString& part)
{
    m_part = part;
    const qreal y = partPosition(part);
    if (y < 0 || !m_layout)
        return;
    const qreal pageHeight = m_layout->pageSize().height();
    const int page = int(y / pageHeight);
    const qreal within = y - page * pageHeight;
    const int target
        = m_canvas->pageTop(page) + qRound(within * m_canvas->scale()) - PreviewCanvas::gap * 2;
    verticalScrollBar()->setValue(std::max(0, target));
}

} // namespace Bayon
