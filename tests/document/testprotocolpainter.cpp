#include "document/protocollayout.h"
#include "document/protocolpainter.h"
#include "poppler.h"
#include "protocolsamples.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

// How many pixels of a rectangle are not white.
int inked(const QImage& image, const QRect& rect)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 200)
                ++count;
        }
    }
    return count;
}

QRect mm(qreal dpi, qreal left, qreal top, qreal width, qreal height)
{
    const qreal f = dpi / 25.4;
    return QRectF(left * f, top * f, width * f, height * f).toRect();
}

} // namespace

class TestProtocolPainter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProtocolLayout> m_layout;

private Q_SLOTS:
    void initTestCase()
    {
        auto layout = ProtocolLayout::create(ProtocolSamples::built());
        QVERIFY(layout);
        m_layout = std::move(layout).value();
        QCOMPARE(m_layout->pageCount(), 2);
    }

    void renderPageWithinTheMargins()
    {
        const qreal dpi = 50;
        const QImage page = ProtocolPainter(*m_layout).renderPage(0, dpi);
        QCOMPARE(page.size(), QSize(413, 585));
        QVERIFY(inked(page, mm(dpi, 30, 20, 165, 257)) > 2000);
        // The margins are blank, but for the footer in the bottom one.
        QCOMPARE(inked(page, mm(dpi, 0, 0, 29, 297)), 0);
        QCOMPARE(inked(page, mm(dpi, 196, 0, 14, 297)), 0);
        QCOMPARE(inked(page, mm(dpi, 0, 0, 210, 19)), 0);
        QVERIFY(inked(page, mm(dpi, 95, 282, 20, 8)) > 10); // "1 / 2"
        QCOMPARE(inked(page, mm(dpi, 30, 282, 60, 15)), 0);
    }

    void paintPageIntoAnyRectangle()
    {
        QImage image(300, 300, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        ProtocolPainter(*m_layout).paintPage(painter, 1, QRectF(50, 0, 200, 300), true);
        ProtocolPainter(*m_layout).paintPage(
            painter, 7, QRectF(0, 0, 300, 300), true); // no such page
        painter.end();
        // A sheet in the aspect of A4: 200 × 283 from x = 50, on white paper.
        QCOMPARE(image.pixelColor(10, 10).alpha(), 0);
        QCOMPARE(image.pixelColor(60, 5), QColor(Qt::white));
        QCOMPARE(image.pixelColor(60, 290).alpha(), 0);
        QVERIFY(inked(image, QRect(50, 0, 200, 283)) > 100);
    }

    void printOntoAPagedDevice()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            const Status status = ProtocolPainter(*m_layout).print(writer);
            QVERIFY(status.ok());
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"print.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const QStringList pages = Poppler::pages(path, false);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(Poppler::lines(pages.at(0)).last(), u"1 / 2"_s);
        QCOMPARE(Poppler::lines(pages.at(1)).last(), u"2 / 2"_s);
        QVERIFY(pages.at(0).contains(u"YIGʻILISH BAYONI"_s));
    }

    void printARange()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&buffer);
            QVERIFY(ProtocolPainter(*m_layout).print(writer, 1, 1).ok());
        }
        QTemporaryDir dir;
        QFile file(dir.filePath(u"range.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const QStringList pages = Poppler::pages(file.fileName(), false);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(Poppler::lines(pages.first()).last(), u"2 / 2"_s);

        QBuffer other;
        QVERIFY(other.open(QIODevice::WriteOnly));
        QPdfWriter writer(&other);
        const Status status = ProtocolPainter(*m_layout).print(writer, 2, 3);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Code::Usage);
    }
};

QTEST_MAIN(TestProtocolPainter)
#include "testprotocolpainter.moc"
