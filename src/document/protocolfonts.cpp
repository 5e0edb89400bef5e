#include "protocolfonts.h"

#include "resourcepaths.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QStringList>
#include <fontconfig/fontconfig.h>

namespace Bayon {

namespace {

Status loadFaces()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return Error::failed(QStringLiteral(
            "The printed protocol needs a QGuiApplication (fonts); none is running."));
    const QStringList faces {QStringLiteral("Regular"), QStringLiteral("Bold"),
        QStringLiteral("Italic"), QStringLiteral("BoldItalic")};
    for (const QString& face : faces) {
        const QString path = ResourcePaths::fonts() + QStringLiteral("/LiberationSerif-") + face
            + QStringLiteral(".ttf");
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0)
            return Error::failed(
                QStringLiteral("The font %1 bundled with Bayon cannot be loaded.").arg(path));
        if (!QFontDatabase::applicationFontFamilies(id).contains(ProtocolFonts::family()))
            return Error::failed(
                QStringLiteral("The font %1 is not %2.").arg(path, ProtocolFonts::family()));
    }
    return {};
}

} // namespace

QString ProtocolFonts::family()
{
    return QStringLiteral("Liberation Serif");
}

bool ProtocolFonts::useOnlyBundledFonts()
{
    if (QCoreApplication::instance() != nullptr)
        return false;
    // Qt's font database on Linux is fontconfig's. An empty configuration
    // knows no folder of fonts; Qt finds it current and does not load the
    // system's. Its rendering rules are those Debian's configuration gives
    // (slight hinting, antialiasing), so that glyph metrics, and with them
    // the protocol, come out the same as in a full session.
    FcConfig* config = FcConfigCreate();
    if (config == nullptr)
        return false;
    static const char rules[] = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <match target="pattern"><edit name="hintstyle" mode="append"><const>hintslight</const></edit></match>
  <match target="pattern"><edit name="antialias" mode="append"><bool>true</bool></edit></match>
  <match target="pattern"><edit name="lcdfilter" mode="append"><const>lcddefault</const></edit></match>
</fontconfig>
)";
    const bool made
        = FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(rules), FcTrue)
        && FcConfigSetCurrent(config);
    // The current configuration holds its own reference.
    FcConfigDestroy(config);
    return made;
}

Status ProtocolFonts::ensureLoaded()
{
    // Registered once: adding the same font again would only grow the database.
    static QMutex mutex;
    static bool done = false;
    static Status outcome;
    const QMutexLocker locker(&mutex);
    if (!done) {
        outcome = loadFaces();
        // A missing QGuiApplication may be created later; try again then.
        done = outcome.ok() || qobject_cast<QGuiApplication*>(QCoreApplication::instance());
    }
    return outcome;
}

} // namespace Bayon
