#include "languagesetup.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

namespace goodwill::state {

QStringList LanguageSetup::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString LanguageSetup::nativeName(const QString &language)
{
    // CLDR names "en" and "es" after their default territories ("American English",
    // "español de España"); the list offers the languages themselves.
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")},
                                               {QStringLiteral("es"), QStringLiteral("Español")}};
    if (names.contains(language))
        return names.value(language);
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = locale.toUpper(name.left(1)).at(0);
    return name;
}

QString LanguageSetup::resolve(const QString &choice)
{
    const QStringList languages = available();
    if (languages.contains(choice))
        return choice;
    // "de-CH", "fr_CA" ... : the language part decides.
    for (const QString &wanted : QLocale::system().uiLanguages()) {
        const QString language = QLocale(wanted).name().section(QLatin1Char('_'), 0, 0);
        if (languages.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void LanguageSetup::removeInstalled()
{
    if (QCoreApplication::instance() != nullptr) {
        for (const auto &translator : m_installed)
            QCoreApplication::removeTranslator(translator.get());
    }
    m_installed.clear();
}

QString LanguageSetup::install(const QString &choice)
{
    removeInstalled();

    const QString language = resolve(choice);
    // A chosen language formats in that language's default country ("de" -> de_DE); the
    // system's own language keeps the system's locale (de_AT stays de_AT, and the C locale
    // of a bare system or a test stays C for English).
    const QLocale system = QLocale::system();
    const bool systemSpeaksIt =
        system.language() == QLocale(language).language() ||
        (language == QStringLiteral("en") && system.language() == QLocale::C);
    const QLocale locale = systemSpeaksIt ? system : QLocale(language);
    QLocale::setDefault(locale);
    if (language == QStringLiteral("en"))
        return language;

    const auto load = [this](const QString &file, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, folder) && QCoreApplication::installTranslator(translator.get()))
            m_installed.push_back(std::move(translator));
    };
    // Qt's own strings (standard dialogs and buttons), when the system has them.
    load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("goodwill_") + language, QStringLiteral(":/i18n"));
    return language;
}

LanguageSetup::~LanguageSetup()
{
    removeInstalled();
}

} // namespace goodwill::state
