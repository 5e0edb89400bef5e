#pragma once

#include <QHash>
#include <QImage>
#include <QWidget>

namespace Bayon {

class ProtocolLayout;

// The sheets of the preview, one under the other on a grey desk, each painted
// by ProtocolPainter and kept as an image until the layout or the width changes.
class PreviewCanvas : public QWidget
{
    Q_OBJECT

public:
    static constexpr int gap = 12;

    explicit PreviewCanvas(QWidget* parent = nullptr);

    void setProtocol(const ProtocolLayout* layout);
    // Fits the sheets to this width.
    void setSheetWidth(int width);
    // The top of page `page` in widget coordinates, and the scale from layout units.
    int pageTop(int page) const;
    qreal scale() const;
    int sheetHeight() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateSize();

    const ProtocolLayout* m_protocol = nullptr;
    int m_sheetWidth = 400;
    QHash<int, QImage> m_cache;
};

} // namespace Bayon
