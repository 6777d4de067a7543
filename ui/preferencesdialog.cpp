#include "preferencesdialog.h"

#include "state/appsettings.h"
#include "state/languagesetup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace goodwill::ui {

using state::AppSettings;
using state::LanguageSetup;

PreferencesDialog::PreferencesDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)),
      m_restartNote(new QLabel(this)), m_restart(new QPushButton(tr("&Restart Now"), this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(
        tr("System default (%1)").arg(LanguageSetup::nativeName(LanguageSetup::resolve({}))),
        QString());
    for (const QString &language : LanguageSetup::available())
        m_language->addItem(LanguageSetup::nativeName(language), language);
    const QString stored = m_settings.value(AppSettings::Key::Language).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(stored)));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setText(tr("The new language takes effect when Goodwill restarts."));
    m_restartNote->setWordWrap(true);
    m_restart->setObjectName(QStringLiteral("restart"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restart, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT restartRequested();
    });
    updateRestartNote();
}

QString PreferencesDialog::languageInUse()
{
    const QLocale locale;
    // The C locale (no language installed, as in tests) is English.
    if (locale.language() == QLocale::C)
        return QStringLiteral("en");
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

bool PreferencesDialog::restartNeeded() const
{
    return LanguageSetup::resolve(m_settings.value(AppSettings::Key::Language).toString()) !=
           languageInUse();
}

void PreferencesDialog::choose(int index)
{
    m_settings.setValue(AppSettings::Key::Language, m_language->itemData(index).toString());
    updateRestartNote();
}

void PreferencesDialog::updateRestartNote()
{
    const bool needed = restartNeeded();
    m_restartNote->setVisible(needed);
    m_restart->setVisible(needed);
}

} // namespace goodwill::ui
