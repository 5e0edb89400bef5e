#include "protocolfonts.h"

#include "resourcepaths.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QStringList>

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
