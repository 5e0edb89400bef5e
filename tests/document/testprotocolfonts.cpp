#include "document/protocolfonts.h"
#include "resourcepaths.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestProtocolFonts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundled()
    {
        for (const QString& face : {u"Regular"_s, u"Bold"_s, u"Italic"_s, u"BoldItalic"_s}) {
            QFile font(ResourcePaths::fonts() + u"/LiberationSerif-"_s + face + u".ttf"_s);
            QVERIFY2(font.open(QIODevice::ReadOnly), qPrintable(font.fileName()));
            QVERIFY(font.size() > 100000);
            QCOMPARE(font.read(4), QByteArray("\0\1\0\0", 4)); // a TrueType font
        }
    }

    void registered()
    {
        const Status status = ProtocolFonts::ensureLoaded();
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
        QVERIFY(ProtocolFonts::ensureLoaded().ok()); // again: the same outcome
        QCOMPARE(ProtocolFonts::family(), u"Liberation Serif"_s);
        QVERIFY(QFontDatabase::families().contains(ProtocolFonts::family()));
        const QStringList styles = QFontDatabase::styles(ProtocolFonts::family());
        for (const QString& style : {u"Regular"_s, u"Bold"_s, u"Italic"_s, u"Bold Italic"_s})
            QVERIFY2(styles.contains(style), qPrintable(styles.join(u", "_s)));
        QFont font(ProtocolFonts::family());
        font.setBold(true);
        QVERIFY(QFontInfo(font).exactMatch());
    }
};

QTEST_MAIN(TestProtocolFonts)
#include "testprotocolfonts.moc"
