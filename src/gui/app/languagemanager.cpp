#include "languagemanager.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace Bayon {

namespace {
std::unique_ptr<QTranslator> appTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString installed;
} // namespace

QList<LanguageManager::Language> LanguageManager::languages()
{
    // Each language names itself, so a user who cannot read the current one finds theirs.
    return {
        {QStringLiteral("uz_Latn"), QStringLiteral("Oʻzbekcha (lotin)")},
        {QStringLiteral("uz_Cyrl"), QStringLiteral("Ўзбекча (кирилл)")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
}

QString LanguageManager::current()
{
    return installed;
}

bool LanguageManager::install(const QString& code)
{
    const auto all = languages();
    if (std::none_of(all.cbegin(), all.cend(), [&](const Language& l) { return l.code == code; }))
        return false;
    if (appTranslator)
        QCoreApplication::removeTranslator(appTranslator.get());
    if (qtTranslator)
        QCoreApplication::removeTranslator(qtTranslator.get());

    appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(QStringLiteral(":/i18n/bayon_") + code))
        return false;
    QCoreApplication::installTranslator(appTranslator.get());

    // Qt's own strings (standard buttons, print dialogs) where Qt has them:
    // qtbase_ru.qm of qt6-translations-l10n. Qt has no Uzbek; Bayon's own
    // catalogue carries those Qt strings the editor shows (qtstrings.cpp).
    // Installed last, Qt's translator is asked first.
    qtTranslator = std::make_unique<QTranslator>();
    const QString qtLanguage = code.section(u'_', 0, 0);
    if (qtTranslator->load(QStringLiteral("qtbase_") + qtLanguage,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    else
        qtTranslator.reset();
    installed = code;
    QLocale::setDefault(QLocale(code == u"uz_Cyrl" ? QStringLiteral("uz_Cyrl_UZ")
            : code == u"uz_Latn"                   ? QStringLiteral("uz_Latn_UZ")
                                                   : code));
    return true;
}

} // namespace Bayon
