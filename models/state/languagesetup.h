#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

#include <QTranslator>

namespace goodwill::state {

// The user interface's language (issue 7): the system's unless the user chose one
// (AppSettings Key::Language, or `--lang` of `goodwill shots`). Installs Goodwill's own
// translations (compiled in from translations/*.ts) and Qt's for the standard dialogs
// (qt6-translations-l10n), and makes the chosen locale the default for QLocale(), so that
// numbers, percentages and dates follow the language.
class LanguageSetup
{
public:
    // The languages Goodwill is translated into, as BCP 47 names ("en" first).
    static QStringList available();
    // "de" -> "Deutsch": the language's own name, for the Preferences list.
    static QString nativeName(const QString &language);
    // The language a choice resolves to: `choice` when Goodwill has it, otherwise the
    // system's first UI language Goodwill has, otherwise English.
    static QString resolve(const QString &choice);

    // Installs the translators for `choice` ("" = follow the system) on the running
    // application and sets QLocale's default; replaces what an earlier install put in.
    // Returns the language now in use.
    QString install(const QString &choice);
    ~LanguageSetup();

private:
    // Takes out what install() put in (nothing to take out once the application is gone).
    void removeInstalled();

    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace goodwill::state
