#pragma once

#include "importers/importer.h"

#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace goodwill::ui {

class ImportWizardReportView;

// Steps 3 and 4: runs Importer::preview (what the import would add, nothing written) or
// Importer::run off the GUI thread, with progress and cancel, then shows the report or
// the error. A result that arrives after the user moved on is dropped.
class ImportWizardRunPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Mode
    {
        Preview,
        Import
    };
    enum class State
    {
        Idle,
        Running,
        Succeeded,
        Failed,
        Cancelled
    };

    explicit ImportWizardRunPage(Mode mode, QWidget *parent = nullptr);
    ~ImportWizardRunPage() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QString statusText() const;
    QString errorText() const;
    int progressValue() const;
    const importers::ImportResult &result() const { return m_result; }
    // The request the current or last run was given.
    const importers::ImportRequest &runRequest() const { return m_request; }
    ImportWizardReportView *reportView() const { return m_report; }
    // The report as plain text, as Copy Report puts it on the clipboard.
    QString reportText() const;

    void start();
    void cancel();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // A run ended: `succeeded` false for an error or a cancel.
    void stopped(bool succeeded);

private:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        importers::ImportResult result;
    };

    void finish(const Outcome &outcome);
    void setState(State state);
    QString targetName() const;

    Mode m_mode;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_error;
    QPushButton *m_retry;
    ImportWizardReportView *m_report;
    QPushButton *m_copy;

    State m_state = State::Idle;
    quint64 m_generation = 0; // every start or cleanup makes earlier runs stale
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    importers::ImportRequest m_request; // what the current or last run was asked
    importers::ImportResult m_result;
};

} // namespace goodwill::ui
