// Qt's own strings that Bayon's windows and dialogs show, by the context and
// source text Qt 6.4 looks them up with (qplatformtheme.cpp,
// qgenericunixthemes.cpp, qlineedit.cpp, qwidgettextcontrol.cpp,
// qabstractspinbox.cpp, qmessagebox.cpp, qfiledialog.cpp/.ui,
// qfilesystemmodel.cpp, qabstractfileiconprovider.cpp, qprintpreviewdialog.cpp),
// character for character: a translation under any other text is never asked
// for. Why Bayon carries them: Qt has no Uzbek translation (see qtstrings.h).
// The Russian ones say what Qt's own qtbase_ru.qm says, for when that file is
// not installed.
#include "qtstrings.h"

#include <QCoreApplication>

namespace Bayon {

namespace {

struct Text
{
    const char* source;
    const char* comment;
};

struct Disambiguated
{
    const char* context;
    Text text;
};

// clang-format off
const QtStrings::Message plain[] = {
    // Standard buttons of QDialogButtonBox and QMessageBox.
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")},
    // The same on a GNOME desktop, where Qt takes GTK's words for some.
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")},
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")},
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")},
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")},
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving")},
    // The context menu of a line edit (and of the date, time and number fields).
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")},
    {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")},
    {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All")},
    {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")},
    {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")},
    // The context menu of QTextEdit and QPlainTextEdit (discussion, reports, remarks).
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")},
    {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")},
    {"QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")},
    {"QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")},
    // Qt's own file dialog (opening a database, exporting, attaching a file),
    // used where the desktop offers no native one.
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Look in:")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go back")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go forward")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Sidebar")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of type:")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Find Directory")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Open")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Save As")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Choose")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory:")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "New Folder")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directories")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Recent Places")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Remove")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Delete")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory.")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given.")},
    {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given.")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Name")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Size")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")},
    {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")},
    {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")},
    {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown")},
    // The print preview of the protocol, the register and the extracts.
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print Preview")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Next page")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Previous page")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "First page")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Last page")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit width")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit page")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom in")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom out")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Portrait")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Landscape")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show single page")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show facing pages")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show overview of all pages")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page setup")},
    {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page Setup")},
};

// Those Qt looks up with a disambiguating comment.
const Disambiguated disambiguated[] = {
    {"QFileSystemModel", QT_TRANSLATE_NOOP3("QFileSystemModel", "Type", "All other platforms")},
    {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms")},
    {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms")},
};
// clang-format on

} // namespace

QList<QtStrings::Message> QtStrings::all()
{
    QList<Message> messages(std::cbegin(plain), std::cend(plain));
    for (const Disambiguated& message : disambiguated)
        messages.append({message.context, message.text.source, message.text.comment});
    return messages;
}

} // namespace Bayon
