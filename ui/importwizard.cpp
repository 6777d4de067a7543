#include "importwizard.h"

#include "importwizardoptionspage.h"
#include "importwizardrunpage.h"
#include "importwizardsourcepage.h"
#include "state/appsettings.h"

#include <QLabel>

namespace goodwill::ui {

ImportWizard::ImportWizard(state::AppSettings &settings, QWidget *parent)
    : QWizard(parent), m_settings(settings), m_source(new ImportWizardSourcePage(this)),
      m_options(new ImportWizardOptionsPage(this)),
      m_preview(new ImportWizardRunPage(ImportWizardRunPage::Mode::Preview, this)),
      m_import(new ImportWizardRunPage(ImportWizardRunPage::Mode::Import, this))
{
    setWindowTitle(tr("Import Activity"));
    setAccessibleName(tr("Import wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePageId, m_source);
    setPage(OptionsPageId, m_options);
    setPage(PreviewPageId, m_preview);
    setPage(ImportPageId, m_import);
    setStartId(SourcePageId);
    setMinimumSize(680, 540);
    resize(760, 600);

    m_options->setDepartmentField(
        m_settings.value(state::AppSettings::Key::SlackDepartmentField).toString());
    connect(m_import, &ImportWizardRunPage::stopped, this, &ImportWizard::importFinished);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setOpenDatabase(const QString &path, OpenDatabase kind)
{
    m_source->setOpenDatabase(path, kind);
}

void ImportWizard::setSource(const QString &path)
{
    m_source->setSource(path);
}

QString ImportWizard::source() const
{
    return m_source->source();
}

importers::ImportRequest ImportWizard::request() const
{
    importers::ImportRequest request;
    request.target = m_source->target();
    const importers::ImportFormat format = m_source->format();
    if (format == importers::ImportFormat::Roster) {
        request.roster = m_source->source();
        return request;
    }
    request.sources = QStringList{m_source->source()};
    request.format = format;
    request.roster = m_options->roster();
    if (format == importers::ImportFormat::Slack)
        request.options.slackDepartmentField = m_options->departmentField();
    return request;
}

void ImportWizard::styleAsError(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
    label->setForegroundRole(QPalette::WindowText);
}

void ImportWizard::reject()
{
    // Closing while the import writes: stop it first (it rolls back), then close.
    if (m_import->isRunning()) {
        m_closeWhenStopped = true;
        m_import->cancel();
        return;
    }
    m_preview->cancel();
    QWizard::reject();
}

void ImportWizard::importFinished(bool succeeded)
{
    if (succeeded) {
        const importers::ImportRequest &done = m_import->runRequest();
        m_importedDatabase = done.target;
        if (done.format == importers::ImportFormat::Slack)
            m_settings.setValue(state::AppSettings::Key::SlackDepartmentField,
                                done.options.slackDepartmentField);
        Q_EMIT imported(m_importedDatabase);
    }
    if (m_closeWhenStopped)
        QWizard::reject();
}

} // namespace goodwill::ui
