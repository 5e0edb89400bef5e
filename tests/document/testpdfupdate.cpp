#include "document/pdfupdate.h"
#include "poppler.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestPdfUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A two-page PDF as QPdfWriter writes it.
    static QByteArray qtPdf()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(u"Birinchi"_s);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), u"Oʻzbekiston"_s);
        writer.newPage();
        painter.drawText(QPointF(100, 100), u"maʼlumot"_s);
        painter.end();
        return bytes;
    }

    QString saved(const QByteArray& bytes, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void readsWhatQtWrote()
    {
        const QByteArray pdf = qtPdf();
        const Result<PdfUpdate> update = PdfUpdate::read(pdf);
        QVERIFY2(update.ok(), update.ok() ? "" : qPrintable(update.error().message));
        QVERIFY(update->objectNumbers().size() > 5);
        QVERIFY(update->infoObject() > 0);
        QVERIFY(update->object(update->infoObject()).contains("/Title"));
        QVERIFY(update->object(9999).isEmpty());
        // A stream as stored: the font program, deflated.
        int fontFile = -1;
        for (const int number : update->objectNumbers()) {
            const auto match = QRegularExpression(u"/FontFile2\\s+(\\d+)\\s+0\\s+R"_s)
                                   .match(QString::fromLatin1(update->object(number)));
            if (match.hasMatch())
                fontFile = match.captured(1).toInt();
        }
        QVERIFY(fontFile > 0);
        const QByteArray stored = update->streamData(fontFile);
        QVERIFY(stored.size() > 100);
        QVERIFY(pdf.contains(stored));
        QVERIFY(update->streamData(update->infoObject()).isEmpty()); // not a stream
        // Nothing replaced: the file as it was.
        QCOMPARE(update->write(), pdf);
    }

    void replacesObjectsAndKeepsTheFileSound()
    {
        const QByteArray pdf = qtPdf();
        Result<PdfUpdate> update = PdfUpdate::read(pdf);
        QVERIFY(update.ok());
        update.value().replace(
            update->infoObject(), "<<\n/Title (Ikkinchi)\n/Author (Kengash)\n>>");
        const QByteArray written = update->write();
        QVERIFY(written.startsWith(pdf)); // Qt's bytes untouched
        const QString path = saved(written, u"updated.pdf"_s);
        QCOMPARE(Poppler::complaints(path), QString());
        const auto info = Poppler::info(path);
        QCOMPARE(info.value(u"Title"_s), u"Ikkinchi"_s);
        QCOMPARE(info.value(u"Author"_s), u"Kengash"_s);
        QCOMPARE(info.value(u"Pages"_s), u"2"_s);
        // The updated file reads again, with the new value.
        const Result<PdfUpdate> again = PdfUpdate::read(written);
        QVERIFY(again.ok());
        QVERIFY(again->object(again->infoObject()).contains("Ikkinchi"));
    }

    void refusesWhatIsNoPdf()
    {
        QVERIFY(!PdfUpdate::read(QByteArray("not a PDF")).ok());
        QByteArray broken = qtPdf();
        broken.replace("\nxref\n", "\nxref\n1 2\nrubbish\n");
        QVERIFY(!PdfUpdate::read(broken).ok());
    }
};

QTEST_MAIN(TestPdfUpdate)
#include "testpdfupdate.moc"
