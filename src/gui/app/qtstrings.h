#pragma once

#include <QList>

namespace Bayon {

// The strings of Qt's own widgets that Bayon's windows and dialogs show:
// standard buttons, the context menus of text fields and spin boxes, the file
// dialog and the print preview. Qt carries no Uzbek translation of them
// (qt6-translations-l10n has Russian, not Uzbek), so Bayon translates them in
// its own .ts files under Qt's context names, and its translator answers for
// Qt. They are listed here so that lupdate finds them.
class QtStrings
{
public:
    struct Message
    {
        const char* context;
        const char* source;
        const char* comment = nullptr; // Qt's disambiguation, when it gives one
    };

    static QList<Message> all();
};

} // namespace Bayon
