// ProtocolFonts::useOnlyBundledFonts must run before the QGuiApplication
// exists, so this test has its own main().
#include "document/protocolfonts.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QRawFont>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestProtocolFontsOnly : public QObject
{
    Q_OBJECT

public:
    bool isolated = false;

private Q_SLOTS:
    void onlyTheBundledFonts()
    {
        QVERIFY(isolated);
        QVERIFY(!ProtocolFonts::useOnlyBundledFonts()); // too late now
        QVERIFY(ProtocolFonts::ensureLoaded().ok());
        // The machine's fonts (DejaVu, Noto, … on Debian) are not listed: only the
        // bundled family and Qt's generic names.
        const QStringList families = QFontDatabase::families();
        QVERIFY(families.contains(ProtocolFonts::family()));
        for (const QString& family : families) {
            const bool generic
                = family == u"Serif"_s || family == u"Sans Serif"_s || family == u"Monospace"_s;
            QVERIFY2(generic || family == ProtocolFonts::family(), qPrintable(family));
        }
        const QStringList styles = QFontDatabase::styles(ProtocolFonts::family());
        for (const QString& style : {u"Regular"_s, u"Bold"_s, u"Italic"_s, u"Bold Italic"_s})
            QVERIFY2(styles.contains(style), qPrintable(styles.join(u", "_s)));
        // Every face is itself, not one made up from another.
        for (const bool bold : {false, true}) {
            for (const bool italic : {false, true}) {
                QFont font(ProtocolFonts::family());
                font.setPixelSize(200);
                font.setBold(bold);
                font.setItalic(italic);
                QVERIFY(QFontInfo(font).exactMatch());
                const QRawFont raw = QRawFont::fromFont(font);
                QVERIFY(raw.isValid());
                QCOMPARE(raw.familyName(), ProtocolFonts::family());
                QCOMPARE(raw.weight() >= QFont::Bold, bold);
                QCOMPARE(raw.style() != QFont::StyleNormal, italic);
                // Uzbek letters and the modifier letters are in the font itself.
                QVERIFY(raw.supportsCharacter(U'\u02BB'));
                QVERIFY(raw.supportsCharacter(U'\u02BC'));
                QVERIFY(raw.supportsCharacter(U'\u049B')); // қ
            }
        }
    }
};

int main(int argc, char** argv)
{
    TestProtocolFontsOnly test;
    test.isolated = ProtocolFonts::useOnlyBundledFonts();
    QGuiApplication app(argc, argv);
    return QTest::qExec(&test, argc, argv);
}

#include "testprotocolfontsonly.moc"
