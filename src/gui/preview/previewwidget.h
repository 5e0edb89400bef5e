#pragma once

#include "domain/meeting.h"

#include <QScrollArea>
#include <QTimer>
#include <memory>

namespace Bayon {

class ProtocolLayout;
class PreviewCanvas;

// The live preview on the right of the main window: the pages of the printed
// protocol, from the same ProtocolLayout as the printer and the PDF, redrawn a
// moment after each edit and scrolled to the part being edited.
class PreviewWidget : public QScrollArea
{
    Q_OBJECT

public:
    explicit PreviewWidget(QWidget* parent = nullptr);
    ~PreviewWidget() override;

    // Lays the meeting out again after a short pause (edits come in bursts).
    void setMeeting(const Meeting& meeting);
    void clear();
    // Lays out now instead of after the pause (tests, screenshots).
    void flush();
    // Scrolls to a part: "meeting", "agenda N", "report N.M", "resolution N", "resolutions".
    void showPart(const QString& part);
    int pageCount() const;
    const ProtocolLayout* layout() const { return m_layout.get(); }
    // The page shown at the top of the view.
    int currentPage() const;

signals:
    void pageCountChanged(int pages);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    // The y of a part in layout units, or -1.
    qreal partPosition(const QString& part) const;

    std::unique_ptr<ProtocolLayout> m_layout;
    PreviewCanvas* m_canvas = nullptr;
    QTimer m_rebuild;
    Meeting m_meeting;
    bool m_hasMeeting = false;
    QString m_part;
};

} // namespace Bayon
