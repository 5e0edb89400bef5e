#include "gui/app/languagemanager.h"
#include "gui/app/mainwindow.h"
#include "gui/app/preferences.h"
#include "gui/editing/meetingdocument.h"
#include "gui/preview/previewwidget.h"
#include "gui/register/decisionregisterwidget.h"
#include "storage/database.h"
#include "text/typingreplacement.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScreen>
#include <QTimer>

using namespace Bayon;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Bayon"));
    QApplication::setApplicationName(QStringLiteral("bayon"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bayon"));
    QApplication::setApplicationVersion(QStringLiteral(BAYON_VERSION));
    LanguageManager::install(Preferences::language());
    TypingReplacement::setEnabled(Preferences::typingReplacement());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Minutes of council meetings in Uzbek."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "The database to open (created when missing)."),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window and quit."),
        QStringLiteral("PNG"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption partOption(QStringLiteral("part"),
        QApplication::translate("main", "Open the meeting at this part (\"agenda 1\")."),
        QStringLiteral("PART"));
    partOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(partOption);
    QCommandLineOption registerOption(QStringLiteral("register"),
        QApplication::translate(
            "main", "Show the decisions register (with --screenshot: its picture)."));
    registerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(registerOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QApplication::translate("main",
            "A database or a review copy (.bayon, opened read-only) to open, or a meeting (.json) "
            "to import."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    const QString file = parser.positionalArguments().value(0);
    const bool fileIsMeeting = file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    QString path = parser.value(dbOption);
    if (path.isEmpty() && !file.isEmpty() && !fileIsMeeting)
        path = file;
    if (path.isEmpty())
        path = qEnvironmentVariable("BAYON_DB");
    if (path.isEmpty())
        path = Preferences::lastDatabase();
    if (path.isEmpty())
        path = Database::defaultPath();

    MainWindow window;
    if (parser.isSet(screenshotOption))
        window.setGeometry(window.screen()->availableGeometry());
    window.show();
    window.openDatabase(path);
    if (fileIsMeeting)
        window.importMeeting(file);
    if (parser.isSet(partOption) && window.session())
        window.openMeeting(window.session()->document()->meeting().id, parser.value(partOption));
    QWidget* pictured = &window;
    if (parser.isSet(registerOption)) {
        pictured = window.decisionRegister();
        pictured->show();
    }

    if (parser.isSet(screenshotOption)) {
        const QString png = parser.value(screenshotOption);
        QTimer::singleShot(1500, &window, [&window, pictured, png] {
            window.preview()->flush();
            QTimer::singleShot(500, &window, [pictured, png] {
                pictured->grab().save(png);
                QApplication::quit();
            });
        });
    }
    return app.exec();
}
