#include "guitestsupport.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace Bayon::GuiTest {

void answerMessageBox(QMessageBox::StandardButton button, QString* text)
{
    whenShown<QMessageBox>([button, text](QMessageBox* box) {
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

std::unique_ptr<MainWindow> showMainWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1366, 768);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

void isolateSettings(const QString& settingsDir, const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    QCoreApplication::setOrganizationName(QStringLiteral("BayonTest"));
    QCoreApplication::setApplicationName(applicationName);
}

QAbstractButton* dialogButton(QWidget* dialog, const QString& text)
{
    const auto* box = dialog->findChild<QDialogButtonBox*>();
    if (box) {
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(u'&') == text)
                return button;
        }
    }
    qFatal("no %s button", qPrintable(text));
}

} // namespace Bayon::GuiTest
