#include "importwizardrunpage.h"

#include "importwizard.h"
#include "importwizardreportview.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace goodwill::ui {

ImportWizardRunPage::ImportWizardRunPage(Mode mode, QWidget *parent)
    : QWizardPage(parent), m_mode(mode), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(mode == Mode::Preview ? tr("Cancel &Preview") : tr("Cancel &Import"),
                               this)),
      m_error(new QLabel(this)), m_retry(new QPushButton(tr("&Try Again"), this)),
      m_report(new ImportWizardReportView(this)), m_copy(new QPushButton(tr("C&opy Report"), this))
{
    if (mode == Mode::Preview) {
        setTitle(tr("Preview"));
        setSubTitle(tr("What the import adds, worked out by running it without keeping "
                       "anything."));
        // Past this page the database is changed: there is no going back to edit choices.
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Import"));
    } else {
        setTitle(tr("Import"));
        setSubTitle(tr("All or nothing: a cancel or an error leaves the database as it was."));
    }

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setAccessibleDescription(
        mode == Mode::Preview ? tr("Stop working out the preview")
                              : tr("Stop the import and leave the database as it was"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setAccessibleName(tr("Error"));
    ImportWizard::styleAsError(m_error);
    m_retry->setAccessibleDescription(mode == Mode::Preview ? tr("Work out the preview again")
                                                            : tr("Run the import again"));
    m_copy->setAccessibleDescription(tr("Copy the import report as text"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_retry);
    buttonRow->addStretch();
    buttonRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_error);
    layout->addWidget(m_report);
    layout->addStretch(); // keeps the status and progress at the top while working
    layout->addLayout(buttonRow);

    connect(m_cancel, &QPushButton::clicked, this, &ImportWizardRunPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &ImportWizardRunPage::start);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(reportText()); });
    setState(State::Idle);
}

ImportWizardRunPage::~ImportWizardRunPage()
{
    // The worker keeps running until it sees this; an import then rolls back.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

QString ImportWizardRunPage::statusText() const
{
    return m_status->text();
}

QString ImportWizardRunPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

int ImportWizardRunPage::progressValue() const
{
    return m_progress->value();
}

QString ImportWizardRunPage::reportText() const
{
    QStringList parts;
    for (const importers::ImportReport &report : m_result.reports)
        parts << report.toText();
    return parts.join(QLatin1Char('\n'));
}

void ImportWizardRunPage::initializePage()
{
    start();
}

void ImportWizardRunPage::cleanupPage()
{
    // Back to change the choices: the running preview is of no use any more.
    ++m_generation;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancelFlag.reset();
    setState(State::Idle);
}

bool ImportWizardRunPage::isComplete() const
{
    // The import page's Finish closes the wizard whatever the outcome, once it is known.
    if (m_mode == Mode::Import)
        return m_state != State::Running && m_state != State::Idle;
    return m_state == State::Succeeded;
}

void ImportWizardRunPage::start()
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    if (!importWizard || isRunning())
        return;
    const quint64 generation = ++m_generation;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_request = importWizard->request();
    m_result = {};
    setState(State::Running);

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this, generation](int permille) {
                if (generation == m_generation)
                    m_progress->setValue(permille);
            });
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return; // superseded: the user went back or started again
        finish(watcher->result());
    });
    const bool preview = m_mode == Mode::Preview;
    watcher->setFuture(QtConcurrent::run(
        [request = m_request, preview, cancel = m_cancelFlag](QPromise<Outcome> &promise) {
            promise.setProgressRange(0, 1000);
            // QPromise limits how often progress reaches the GUI thread.
            const auto progress = [&](int permille) {
                promise.setProgressValue(permille);
                return !cancel->load();
            };
            auto done = preview ? importers::Importer::preview(request, progress)
                                : importers::Importer::run(request, progress);
            Outcome outcome;
            outcome.ok = done.ok();
            if (done) {
                outcome.result = std::move(done).value();
            } else {
                outcome.error = done.error().message;
                outcome.cancelled = cancel->load();
            }
            promise.addResult(std::move(outcome));
        }));
}

void ImportWizardRunPage::cancel()
{
    if (!isRunning() || !m_cancelFlag)
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_status->setText(m_mode == Mode::Preview ? tr("Cancelling the preview…")
                                              : tr("Cancelling the import…"));
}

void ImportWizardRunPage::finish(const Outcome &outcome)
{
    // An import cancelled after its last check still completed: it is reported as done.
    if (outcome.ok) {
        m_result = outcome.result;
        m_report->setReport(m_result.total);
        m_progress->setValue(1000);
        setState(State::Succeeded);
    } else {
        m_error->setText(outcome.error);
        setState(outcome.cancelled ? State::Cancelled : State::Failed);
    }
    Q_EMIT stopped(outcome.ok);
}

QString ImportWizardRunPage::targetName() const
{
    return QFileInfo(m_request.target).fileName();
}

void ImportWizardRunPage::setState(State state)
{
    m_state = state;
    const bool running = state == State::Running;
    const bool succeeded = state == State::Succeeded;
    const bool failed = state == State::Failed;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_error->setVisible(failed);
    m_retry->setVisible(failed || state == State::Cancelled);
    m_report->setVisible(succeeded);
    m_copy->setVisible(succeeded);
    if (running)
        m_progress->setValue(0);

    const bool created = !m_request.target.isEmpty() && !QFileInfo::exists(m_request.target);
    const QString name = targetName();
    const importers::ImportReport &total = m_result.total;
    const bool addsNothing = total.posts + total.replies + total.reactions + total.recognitions +
                                 total.people + total.channels + total.stints ==
                             0;
    QString text;
    switch (state) {
    case State::Idle:
        break;
    case State::Running:
        text = m_mode == Mode::Preview
                   ? tr("Reading the export to work out what it adds to %1…").arg(name)
                   : tr("Importing into %1…").arg(name);
        break;
    case State::Succeeded:
        if (m_mode == Mode::Preview)
            text = addsNothing
                       ? tr("Everything in this export is already in %1: importing it adds "
                            "nothing.")
                             .arg(name)
                       : tr("Importing adds this to %1. Nothing has been written yet.").arg(name);
        else
            text = tr("Imported into %1. Finish shows it in the main window.").arg(name);
        break;
    case State::Failed:
        text = m_mode == Mode::Preview ? tr("This export cannot be imported as it is:")
               : created               ? tr("The import failed and no database was created:")
                                       : tr("The import failed; %1 is unchanged:").arg(name);
        break;
    case State::Cancelled:
        text = m_mode == Mode::Preview ? tr("The preview was cancelled.")
               : created               ? tr("The import was cancelled; no database was created.")
                                       : tr("The import was cancelled; %1 is unchanged.").arg(name);
        break;
    }
    m_status->setText(text);
    if (m_mode == Mode::Import && wizard())
        wizard()->setButtonText(QWizard::FinishButton, succeeded ? tr("&Finish") : tr("&Close"));
    Q_EMIT completeChanged();
}

} // namespace goodwill::ui
