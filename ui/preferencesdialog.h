#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QPushButton;

namespace goodwill::state {
class AppSettings;
}

namespace goodwill::ui {

// Edit > Preferences…: the interface language ("System default (…)" or one of
// state::LanguageSetup::available(), each in its own name). A choice is stored in
// AppSettings Key::Language at once and takes effect when Goodwill restarts
// (docs/decisions.md); the dialog says so and offers to restart now.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(state::AppSettings &settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    // The language the running interface uses ("en", "de" ...), from QLocale's default,
    // which state::LanguageSetup::install set at start-up.
    static QString languageInUse();
    // The stored choice resolves to another language than the one in use.
    bool restartNeeded() const;

Q_SIGNALS:
    // The user asked to restart now so that the new language applies.
    void restartRequested();

private:
    void choose(int index);
    void updateRestartNote();

    state::AppSettings &m_settings;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QPushButton *m_restart;
};

} // namespace goodwill::ui
