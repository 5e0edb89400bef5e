#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTranslator;

namespace Bayon {

// The interface languages Bayon carries (translations/bayon_*.ts compiled into
// the program) and the installing of one: Bayon's own translator and Qt's for
// its standard dialogs, as Tiled's LanguageManager does.
class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(LanguageManager)

public:
    struct Language
    {
        QString code; // "uz_Latn"
        QString nativeName; // "Oʻzbekcha"
    };

    static QList<Language> languages();
    // Replaces the installed translators; false when code is not one of languages().
    static bool install(const QString& code);
    static QString current();
};

} // namespace Bayon
