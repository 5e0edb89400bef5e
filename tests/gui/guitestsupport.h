#pragma once

#include "gui/app/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

// What the GUI tests share to drive the real widgets as a user does, on the
// offscreen platform: the shown main window, answering a modal dialog, typing
// Uzbek text, and keeping each test's settings away from the user's.
namespace Bayon::GuiTest {

// The name of the timers whenShown() leaves on qApp (direct children), so that
// a test's cleanup() can find those whose dialog never came.
inline QString whenShownTimerName()
{
    return QStringLiteral("whenShown");
}

// Acts on the next visible top-level dialog of type T from inside its exec(),
// as a user would: exec() blocks the test, so a timer polls for the dialog.
template<typename T> void whenShown(std::function<void(T*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setObjectName(whenShownTimerName());
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<T*>(widget);
            if (dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(dialog);
                return;
            }
        }
    });
    timer->start();
}

// Answers the next message box with `button`, keeping its text in `text` (when
// given) for the test to read.
void answerMessageBox(QMessageBox::StandardButton button, QString* text = nullptr);

// Types `text` key by key into `widget`. QTest::keyClicks takes Latin-1 only;
// Uzbek needs ʻ and ʼ as a keyboard layout sends them.
void type(QWidget* widget, const QString& text);

// A main window at a laptop's size, shown and active as the user's window is
// (shortcuts and focus need that); it has no database open yet.
std::unique_ptr<MainWindow> showMainWindow();

// Keeps the test's QSettings (INI files under `settingsDir`) and
// QStandardPaths (test mode) away from the user's, under the test's own
// organization and application name. Call it from initTestCase().
void isolateSettings(const QString& settingsDir, const QString& applicationName);

// The button of a dialog's button box whose text, without its mnemonic, is
// `text` ("Export"); the test stops when there is none.
QAbstractButton* dialogButton(QWidget* dialog, const QString& text);

} // namespace Bayon::GuiTest
