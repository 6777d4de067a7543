#pragma once

#include "importers/importer.h"

#include <QWizard>

class QLabel;

namespace goodwill::state {
class AppSettings;
}

namespace goodwill::ui {

class ImportWizardOptionsPage;
class ImportWizardRunPage;
class ImportWizardSourcePage;

// File > Import…: an export (a ZIP, a folder or a single file) into the open database or
// a new one, in four steps — source, options, a preview that is the real import rolled
// back, the import itself. The import runs off the GUI thread and is all or nothing, so a
// cancel or an error leaves the database as it was.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SourcePageId,
        OptionsPageId,
        PreviewPageId,
        ImportPageId
    };
    // What the database open in the main window is to an import.
    enum class OpenDatabase
    {
        None,       // nothing is open
        Importable, // a Goodwill database: offered, and chosen by default
        Demo,       // the demo organisation: offered, but a new database is the default
        ReadOnly    // not a Goodwill file: never changed, so not offered
    };

    explicit ImportWizard(state::AppSettings &settings, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setOpenDatabase(const QString &path, OpenDatabase kind);
    // Pre-fills the export (from a drop); the format is detected in the background.
    void setSource(const QString &path);
    QString source() const;

    // The import as chosen so far, as Importer takes it.
    importers::ImportRequest request() const;
    // The database an import was made into, once one succeeded; empty before.
    QString importedDatabase() const { return m_importedDatabase; }

    ImportWizardSourcePage *sourcePage() const { return m_source; }
    ImportWizardOptionsPage *optionsPage() const { return m_options; }
    ImportWizardRunPage *previewPage() const { return m_preview; }
    ImportWizardRunPage *importPage() const { return m_import; }
    state::AppSettings &settings() const { return m_settings; }

    // Shows a label's text in the palette's error colour (readable on light and dark).
    static void styleAsError(QLabel *label);

    void reject() override;

Q_SIGNALS:
    // An import into `database` succeeded (the main window reloads it when the wizard
    // closes).
    void imported(const QString &database);

private:
    void importFinished(bool succeeded);

    state::AppSettings &m_settings;
    ImportWizardSourcePage *m_source;
    ImportWizardOptionsPage *m_options;
    ImportWizardRunPage *m_preview;
    ImportWizardRunPage *m_import;
    QString m_importedDatabase;
    bool m_closeWhenStopped = false; // closing waits for a running import to stop
};

} // namespace goodwill::ui
