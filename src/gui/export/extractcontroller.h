#pragma once

#include <QObject>

class QAction;

namespace Bayon {

class MainWindow;

// Extracts of the open meeting in the main window: Meeting ▸ Extract of an
// agenda item… (also on the Agenda page's items) and Meeting ▸ Extract for an
// addressee…. The actions stay in the window's form; the window hands them over.
class ExtractController : public QObject
{
    Q_OBJECT

public:
    ExtractController(MainWindow* window, QAction* itemAction, QAction* addresseeAction);

    // The window tells: its actions are being updated.
    void updateActions();

    // An extract of an agenda item of the open meeting (-1: the item selected
    // on the Agenda page), or for one addressee: asks for the date and the
    // file, and writes it. True when a file was written.
    bool extractItem(int item = -1);
    bool extractForAddressee();

private:
    void showError(const QString& title, const QString& message);

    MainWindow* m_window = nullptr;
    QAction* m_itemAction = nullptr;
    QAction* m_addresseeAction = nullptr;
};

} // namespace Bayon
